package org.openwfm.shared.time;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One clock for the service, so tests and replays can substitute their own. */
public class ClockProducer {

    /** Ticks in microseconds: what both databases store, so an instant reads back as it was written. */
    @Produces
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
