package org.openwfm.access;

import io.vertx.core.http.HttpServerRequest;

/** The caller's address as the service sees it: behind a trusted proxy (quarkus.http.proxy.*), the forwarded one. */
final class ClientAddress {

    private ClientAddress() {}

    static String of(HttpServerRequest request) {
        return request == null || request.remoteAddress() == null
                ? "unknown"
                : request.remoteAddress().hostAddress();
    }
}
