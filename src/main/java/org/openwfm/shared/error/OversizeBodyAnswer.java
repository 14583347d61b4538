package org.openwfm.shared.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a body declared larger than {@code quarkus.http.limits.max-body-size} with a problem+json 413, as
 * every other refusal is answered. The HTTP layer's own check (which also counts chunked bodies as they arrive)
 * would answer a bare 413; this route runs just before it and only reads the declared length.
 */
@ApplicationScoped
public class OversizeBodyAnswer {

    /** Quarkus checks the body size in a route of order −2. */
    private static final int BEFORE_THE_BODY_LIMIT = -3;

    void install(
            @Observes Router router,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
            ObjectMapper json)
            throws JsonProcessingException {
        long maxBytes = limit.asLongValue();
        String problem = json.writeValueAsString(Problem.of(
                413, "too-large", "Request too large", "A request body may be at most " + maxBytes + " bytes", null));
        router.route().order(BEFORE_THE_BODY_LIMIT).handler(request -> {
            String declared = request.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null
                    && declared.chars().allMatch(Character::isDigit)
                    && declared.length() < 19
                    && Long.parseLong(declared) > maxBytes) {
                request.response()
                        .setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(problem);
                return;
            }
            request.next();
        });
    }
}
