package org.openwfm.hostile;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the corpus: every {@code hostile/*.json} on the test classpath, an array of cases each. */
final class HostileCorpus {

    static final String ROOT = "hostile";
    private static final ObjectMapper JSON = new ObjectMapper();

    private HostileCorpus() {}

    /** Cases of every family, in file-name order, named "family: case". */
    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        for (Path file : families()) {
            String family = file.getFileName().toString().replace(".json", "");
            try {
                for (HostileCase c : JSON.readValue(file.toFile(), new TypeReference<List<HostileCase>>() {})) {
                    cases.add(new HostileCase(
                            family + ": " + c.name(),
                            c.user(),
                            c.method(),
                            c.path(),
                            c.contentType(),
                            c.body(),
                            c.bodyFile(),
                            c.generate(),
                            c.headers(),
                            c.expectedStatus(),
                            c.expectField(),
                            c.expectLine(),
                            c.expectAudit(),
                            c.expectJson()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Corpus file " + file + " is unreadable", e);
            }
        }
        return cases;
    }

    /** The bytes to send: verbatim text, serialized JSON, a file of the corpus, or a generated body. */
    static byte[] body(HostileCase c) {
        if (c.generate() != null) {
            return HostileBodies.generate(c.generate());
        }
        if (c.bodyFile() != null) {
            try (InputStream in = HostileCorpus.class.getClassLoader().getResourceAsStream(ROOT + "/" + c.bodyFile())) {
                if (in == null) {
                    throw new IllegalArgumentException(c.name() + ": no file " + ROOT + "/" + c.bodyFile());
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (c.body() == null) {
            return null;
        }
        String text = c.body().isTextual() ? c.body().textValue() : c.body().toString();
        return HostileFixture.resolve(text).getBytes(StandardCharsets.UTF_8);
    }

    private static List<Path> families() {
        try {
            Path root = Path.of(
                    HostileCorpus.class.getClassLoader().getResource(ROOT).toURI());
            try (Stream<Path> files = Files.list(root)) {
                return files.filter(f -> f.toString().endsWith(".json"))
                        .sorted()
                        .toList();
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot list the corpus", e);
        }
    }
}
