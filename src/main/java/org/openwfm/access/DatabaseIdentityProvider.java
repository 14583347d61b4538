package org.openwfm.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/** Checks a username and password (HTTP Basic or the sign-in form) against the users table (bcrypt). */
@ApplicationScoped
public class DatabaseIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    UserIdentities identities;

    @Inject
    PasswordHasher hasher;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> authenticate(request.getUsername(),
                new String(request.getPassword().getPassword())));
    }

    private SecurityIdentity authenticate(String username, String password) {
        AppUser user = identities.find(username);
        // Unknown users pay for a bcrypt check too, so timing does not tell which usernames exist.
        String hash = user == null ? hasher.unknownUserHash() : user.passwordHash;
        if (!hasher.matches(password, hash) || user == null) {
            throw new AuthenticationFailedException("Unknown user or wrong password");
        }
        return identities.identityOf(user);
    }
}
