package org.openwfm.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every operation of the API says what it does, what it answers when it succeeds, and which refusals it can answer. */
@QuarkusTest
class OpenApiDocumentationTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    /** What Quarkus writes for the 401 and 403 of a secured method that documents none. */
    private static final Set<String> AUTO_ADDED_DESCRIPTIONS = Set.of("Not Authorized", "Not Allowed");

    @Test
    void everyOperationHasASummaryItsSuccessAndItsClientErrors() {
        Map<String, Map<String, Map<String, Object>>> paths = paths();
        List<String> undocumented = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/v1")) {
                continue;
            }
            for (var operation : path.getValue().entrySet()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                operations++;
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                Object summary = operation.getValue().get("summary");
                if (!(summary instanceof String text) || text.isBlank()) {
                    undocumented.add(name + ": no summary");
                }
                Map<String, Object> responses = responses(operation.getValue());
                if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                    undocumented.add(name + ": no success response written for it");
                }
                if (responses.entrySet().stream().noneMatch(OpenApiDocumentationTest::writtenClientError)) {
                    undocumented.add(name + ": no 4xx response written for it");
                }
            }
        }

        assertThat(operations).isGreaterThanOrEqualTo(35);
        assertThat(undocumented).isEmpty();
    }

    @Test
    void submittingAScheduleDocumentsItsQuota() {
        Map<String, Object> submit = paths().get("/api/v1/schedules").get("post");

        assertThat(submit.get("summary")).isEqualTo("Start a schedule job for a week; solving runs in the background");
        assertThat(responses(submit).keySet()).containsExactlyInAnyOrder("202", "400", "401", "403", "429");
    }

    /** A 4xx answer with a description of its own, not one Quarkus adds for any secured method. */
    private static boolean writtenClientError(Map.Entry<String, Object> response) {
        Object description = response.getValue() instanceof Map<?, ?> details ? details.get("description") : null;
        return response.getKey().startsWith("4")
                && description instanceof String text
                && !AUTO_ADDED_DESCRIPTIONS.contains(text);
    }

    private static Map<String, Map<String, Map<String, Object>>> paths() {
        return given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("paths");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> responses(Map<String, Object> operation) {
        Object responses = operation.get("responses");
        return responses instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
