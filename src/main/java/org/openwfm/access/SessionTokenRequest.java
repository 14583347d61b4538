package org.openwfm.access;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The token a page session's cookie carries, to be turned back into its user. */
class SessionTokenRequest extends BaseAuthenticationRequest {

    private final String token;

    SessionTokenRequest(String token) {
        this.token = token;
    }

    String token() {
        return token;
    }
}
