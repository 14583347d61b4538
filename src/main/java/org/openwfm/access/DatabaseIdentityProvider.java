package org.openwfm.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Checks HTTP Basic credentials against the users table (bcrypt) and grants the user's role. */
@ApplicationScoped
public class DatabaseIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    UserRepository users;

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
        AppUser user = QuarkusTransaction.requiringNew().call(() -> {
            AppUser found = users.findById(username);
            if (found != null) {
                Panache.getEntityManager().detach(found);
            }
            return found;
        });
        // Unknown users pay for a bcrypt check too, so timing does not tell which usernames exist.
        String hash = user == null ? hasher.unknownUserHash() : user.passwordHash;
        if (!hasher.matches(password, hash) || user == null) {
            throw new AuthenticationFailedException("Unknown user or wrong password");
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username))
                .addRole(user.role);
        if (user.agentId != null) {
            identity.addAttribute(Roles.AGENT_ID_ATTRIBUTE, user.agentId);
        }
        return identity.build();
    }
}
