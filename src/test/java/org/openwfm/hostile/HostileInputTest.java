package org.openwfm.hostile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openwfm.support.Api;

/**
 * Sends every request of the hostile corpus ({@code src/test/resources/hostile/*.json}) and checks the exact
 * answer. A refusal must be problem+json with a detail (and for a 400 the error naming the field or line),
 * and must leave every application table exactly as it was; the audit log grows only where the corpus
 * says so. Accepted cases show the service is not stricter than the README promises.
 */
@QuarkusTest
class HostileInputTest {

    /** Bytes leave as written: RestAssured would otherwise add a charset and re-encode text bodies. */
    private static final RestAssuredConfig RAW = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    /** What came back, in one shape for every check. */
    record Answer(int status, String contentType, String body) {}

    @Inject
    DataSource dataSource;

    static List<HostileCase> corpus() {
        return HostileCorpus.all();
    }

    /** Solves started by other test classes write when they finish; wait for them so they are not counted here. */
    @BeforeEach
    void noSolveRunning() {
        Awaitility.await()
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> DatabaseFingerprint.count(
                                dataSource, "select count(*) from schedule where status in ('QUEUED', 'SOLVING')")
                        == 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void answersExactlyAndWritesNothingOnRefusal(HostileCase c) {
        HostileFixture.placeholders();
        TreeMap<String, String> before = DatabaseFingerprint.of(dataSource);
        long auditBefore = auditRows();

        Answer response = send(c);

        assertThat(response.status())
                .as("%s: status; answer was %s", c.name(), response.body())
                .isEqualTo(c.expectedStatus());
        if (c.isRefusal()) {
            assertProblem(c, response);
            assertThat(DatabaseFingerprint.of(dataSource))
                    .as("%s: tables after the refusal", c.name())
                    .isEqualTo(before);
            assertThat(auditRows() - auditBefore)
                    .as("%s: rows added to self_service_log", c.name())
                    .isEqualTo(c.auditRows());
        } else {
            assertAccepted(c, response);
        }
    }

    private static void assertProblem(HostileCase c, Answer response) {
        assertThat(response.contentType()).as("%s: content type", c.name()).startsWith("application/problem+json");
        JsonPath problem = JsonPath.from(response.body());
        assertThat(problem.getInt("status")).isEqualTo(c.expectedStatus());
        assertThat(problem.getString("detail")).isNotBlank();
        List<Map<String, Object>> errors = problem.getList("errors");
        if (c.expectedStatus() == 400) {
            assertThat(errors)
                    .as("%s: a 400 names what is wrong", c.name())
                    .isNotEmpty()
                    .allSatisfy(e -> assertThat((String) e.get("message")).isNotBlank());
        }
        if (c.expectField() != null) {
            assertThat(errors)
                    .as("%s: an error naming %s", c.name(), c.expectField())
                    .anySatisfy(e -> assertThat(List.of(
                                    String.valueOf(e.get("field")),
                                    String.valueOf(e.get("column")),
                                    String.valueOf(e.get("rule"))))
                            .contains(c.expectField()));
        }
        if (c.expectLine() != null) {
            assertThat(errors)
                    .as("%s: an error on line %d", c.name(), c.expectLine())
                    .anySatisfy(e -> assertThat(e.get("line")).isEqualTo(c.expectLine()));
        }
    }

    private static void assertAccepted(HostileCase c, Answer response) {
        if (c.expectJson() == null) {
            return;
        }
        JsonPath answer = JsonPath.from(response.body());
        c.expectJson()
                .forEach((path, expected) -> assertThat(String.valueOf((Object) answer.get(path)))
                        .as("%s: answer at %s", c.name(), path)
                        .isEqualTo(String.valueOf(expected)));
    }

    private static Answer send(HostileCase c) {
        String password = c.user() == null ? null : Api.passwordOf(c.user());
        String contentType = c.contentType() == null ? "application/json" : c.contentType();
        byte[] body = HostileCorpus.body(c);
        String path = HostileFixture.resolve(c.path());
        RequestSpecification request =
                given().config(RAW).contentType(contentType).header(Api.CLIENT_HEADER, "hostile-test");
        if (c.user() != null) {
            request.auth().preemptive().basic(c.user(), password);
        }
        if (c.headers() != null) {
            request.headers(c.headers());
        }
        if (body != null) {
            request.body(body);
        }
        Response response = request.request(c.method(), path);
        return new Answer(response.statusCode(), response.contentType(), response.asString());
    }

    private long auditRows() {
        return DatabaseFingerprint.count(dataSource, "select count(*) from self_service_log");
    }
}
