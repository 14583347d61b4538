package org.openwfm.access;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.openwfm.shared.config.OpenWfmConfig;

/**
 * Turns a live page session back into its user's identity. The user is read again on every request, so a
 * changed role takes effect at once; an ended session, a disabled user, or a demo user outside demo mode
 * yields no identity (the request is then as if signed out).
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionTokenRequest> {

    @Inject
    UserSessions sessions;

    @Inject
    UserIdentities identities;

    @Inject
    OpenWfmConfig config;

    @Override
    public Class<SessionTokenRequest> getRequestType() {
        return SessionTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionTokenRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> sessions.use(request.token())
                .map(identities::find)
                .filter(user -> user.maySignIn(config.demo()))
                .map(identities::identityOf)
                .orElse(null));
    }
}
