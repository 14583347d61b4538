package org.openwfm.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2027-01-04T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final SignInThrottle throttle = new SignInThrottle(3, 5, Duration.ofMinutes(5), clock);

    private void failTimes(int times, String user, String address) {
        for (int i = 0; i < times; i++) {
            throttle.attempt(user, address);
            clock.now = clock.now.plusSeconds(10);
        }
    }

    @Test
    void aUsernameWaitsAfterItsThirdFailureUntilTheFirstLeavesTheWindow() {
        failTimes(2, "ann", "10.0.0.1");
        assertThat(throttle.waitFor("ann", "10.0.0.1")).isEmpty();

        failTimes(1, "ann", "10.0.0.1");

        // failures at 09:00:00, :10, :20; now 09:00:30: the first leaves the window at 09:05:00
        assertThat(throttle.waitFor("ann", "10.0.0.2")).contains(Duration.ofSeconds(270));
        clock.now = Instant.parse("2027-01-04T09:04:59Z");
        assertThat(throttle.waitFor("ann", "10.0.0.1")).contains(Duration.ofSeconds(1));
        clock.now = Instant.parse("2027-01-04T09:05:00Z");
        assertThat(throttle.waitFor("ann", "10.0.0.1")).isEmpty();
    }

    @Test
    void otherUsersFromTheSameAddressMayStillTry() {
        failTimes(3, "ann", "10.0.0.1");

        assertThat(throttle.waitFor("ann", "10.0.0.1")).isPresent();
        assertThat(throttle.waitFor("bob", "10.0.0.1")).isEmpty();
    }

    @Test
    void anAddressWaitsAfterFiveFailuresWhateverTheUsernames() {
        for (String user : new String[] {"u1", "u2", "u3", "u4"}) {
            failTimes(1, user, "10.0.0.9");
        }
        assertThat(throttle.waitFor("someone-new", "10.0.0.9"))
                .as("four failures")
                .isEmpty();

        failTimes(1, "u5", "10.0.0.9");

        assertThat(throttle.waitFor("someone-new", "10.0.0.9")).contains(Duration.ofSeconds(250));
        assertThat(throttle.waitFor("someone-new", "10.0.0.8")).isEmpty();
    }

    @Test
    void anAttemptCountsAsItStartsAndIsForgivenWhenItsPasswordWasRight() {
        Instant first = throttle.attempt("ann", "10.0.0.1");
        throttle.attempt("ann", "10.0.0.1");
        throttle.attempt("ann", "10.0.0.1");
        assertThat(throttle.waitFor("ann", "10.0.0.1")).as("three in flight").isPresent();

        throttle.forgive("ann", "10.0.0.1", first);

        assertThat(throttle.waitFor("ann", "10.0.0.1")).isEmpty();
    }

    @Test
    void aSuccessDoesNotWipeEarlierFailures() {
        failTimes(2, "ann", "10.0.0.1");
        Instant right = throttle.attempt("ann", "10.0.0.2");
        throttle.forgive("ann", "10.0.0.2", right);

        failTimes(1, "ann", "10.0.0.3");

        assertThat(throttle.waitFor("ann", "10.0.0.4")).isPresent();
    }
}
