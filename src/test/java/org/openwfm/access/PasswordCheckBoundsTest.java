package org.openwfm.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A flood of password checks waits in a short queue for a few permits; beyond it, callers are told to come back at once. */
@QuarkusTest
class PasswordCheckBoundsTest {

    @Inject
    PasswordHasher hasher;

    private List<String> checkAtOnce(List<String> passwords, String hash) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(passwords.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (String password : passwords) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    return hasher.matches(password, hash) ? "match" : "no match";
                } catch (AuthenticationFailedException refused) {
                    return SignInRefusals.isThrottled(refused) ? "come back" : "failed";
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();
        return results;
    }

    @Test
    void aHundredWrongPasswordsAtOnceFillTheQueueAndTheRestAreToldToComeBackAtOnce() throws Exception {
        String hash = hasher.hash("the-right-password");
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            wrong.add("wrong-password-" + i);
        }

        List<String> results = checkAtOnce(wrong, hash);

        assertThat(results).containsOnly("no match", "come back");
        assertThat(results.stream().filter("come back"::equals).count())
                .as("beyond 4 running and 32 waiting")
                .isGreaterThanOrEqualTo(50);
    }

    @Test
    void theSameCheckAskedManyTimesAtOnceRunsOnceForAll() throws Exception {
        String hash = hasher.hash("shared-demo-password");

        List<String> results = checkAtOnce(java.util.Collections.nCopies(100, "shared-demo-password"), hash);

        assertThat(results).hasSize(100).containsOnly("match");
    }
}
