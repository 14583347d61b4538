package org.openwfm.hostile;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One request of the corpus under {@code src/test/resources/hostile/}, and what the service must answer.
 *
 * @param name          what the case tries, shown as the test's name
 * @param user          a demo user (password as in {@code Api}), or null for no credentials
 * @param method        POST, PUT or DELETE
 * @param path          the request path, query included
 * @param contentType   defaults to application/json
 * @param body          a JSON string is sent verbatim (so malformed JSON can be written down); any other
 *                      JSON value is sent serialized
 * @param bodyFile      a file next to the corpus, sent byte for byte (CSV uploads)
 * @param generate      the name of a body made in code, for bodies too big to keep in the repository
 * @param headers       extra request headers
 * @param expectedStatus the exact status
 * @param expectField   a refusal must list an error whose field, column or rule is exactly this
 * @param expectLine    a refusal must list an error on this line
 * @param expectAudit   rows the refusal adds to the audit log {@code self_service_log} (409 and 422 of claims
 *                      and releases are logged by design); 0 when left out
 * @param expectJson    for accepted cases: values the answer must hold, by JSON path
 */
@JsonIgnoreProperties(ignoreUnknown = false)
record HostileCase(
        String name,
        String user,
        String method,
        String path,
        String contentType,
        JsonNode body,
        String bodyFile,
        String generate,
        Map<String, String> headers,
        int expectedStatus,
        String expectField,
        Integer expectLine,
        Integer expectAudit,
        Map<String, Object> expectJson) {

    boolean isRefusal() {
        return expectedStatus >= 400;
    }

    int auditRows() {
        return expectAudit == null ? 0 : expectAudit;
    }

    @Override
    public String toString() {
        return name;
    }
}
