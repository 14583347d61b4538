package org.openwfm.bench.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a generated block into BENCHMARKS.md between two marker comments, replacing the previous run's block, so
 * the prose around it stays hand-written and the numbers always come from the last run.
 */
public final class BenchmarksSection {

    private BenchmarksSection() {}

    public static void replace(Path file, String name, String body) throws IOException {
        String begin = "<!-- " + name + ": begin (generated, do not edit) -->";
        String end = "<!-- " + name + ": end -->";
        String text = Files.exists(file) ? Files.readString(file) : "";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        String block = begin + "\n" + body.strip() + "\n" + end;
        String updated = from >= 0 && to > from
                ? text.substring(0, from) + block + text.substring(to + end.length())
                : text.stripTrailing() + "\n\n" + block + "\n";
        Files.writeString(file, updated);
    }
}
