package org.openwfm.shared.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Headers that make every answer, page or API, safer in a browser: scripts, styles and everything else only
 * from the service itself (no inline script, so an injected tag cannot run), never framed (clickjacking), no
 * content sniffing, no full URLs leaked to other sites. Over HTTPS (directly or as a trusted proxy forwards it)
 * browsers are also told to use HTTPS only from now on (HSTS). Swagger UI runs inline scripts, so it gets
 * the same policy with those allowed.
 */
@Singleton
public class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            HttpServerRequest request = context.request();
            context.addHeadersEndHandler(ignored -> add(request, context.response()));
            context.next();
        });
    }

    private static void add(HttpServerRequest request, HttpServerResponse response) {
        boolean swagger = request.path() != null && request.path().startsWith("/q/swagger-ui");
        response.headers().set("Content-Security-Policy", swagger ? SWAGGER_POLICY : POLICY);
        response.headers().set("X-Content-Type-Options", "nosniff");
        response.headers().set("Referrer-Policy", "same-origin");
        if ("https".equalsIgnoreCase(request.scheme())) {
            response.headers().set("Strict-Transport-Security", HSTS);
        }
    }
}
