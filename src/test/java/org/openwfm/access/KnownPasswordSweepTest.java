package org.openwfm.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Sample users left unmarked by an older version, with the sample's password, become demo users; others stay. */
@QuarkusTest
class KnownPasswordSweepTest {

    @Inject
    KnownPasswordSweep sweep;

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Test
    void aSampleAgentWithTheSamplePasswordIsMarkedAndOneWithItsOwnPasswordIsNot() {
        QuarkusTransaction.requiringNew().run(() -> {
            persist("A901", "agent");
            persist("A902", "a-password-of-its-own");
        });

        int marked = QuarkusTransaction.requiringNew().call(sweep::markKnownPasswords);

        assertThat(marked).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> users.findById("A901").demo))
                .isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> users.findById("A902").demo))
                .isFalse();
    }

    private void persist(String username, String password) {
        AppUser user = new AppUser();
        user.username = username;
        user.passwordHash = hasher.hash(password);
        user.role = Roles.AGENT;
        user.agentId = "A001";
        users.persist(user);
    }
}
