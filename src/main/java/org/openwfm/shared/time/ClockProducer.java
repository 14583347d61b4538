package org.openwfm.shared.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.openwfm.shared.config.OpenWfmConfig;

/**
 * One clock for the service, so tests and replays can substitute their own. In demo mode,
 * {@code openwfm.demo-now} starts it at another instant (a training scenario, or a test of a date to come);
 * outside demo mode the service always runs on real time.
 */
public class ClockProducer {

    private static final Logger LOG = Logger.getLogger(ClockProducer.class);

    @Inject
    OpenWfmConfig config;

    /** Ticks in microseconds: what both databases store, so an instant reads back as it was written. */
    @Produces
    @Singleton
    Clock clock() {
        Clock real = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
        if (config.demo() && config.demoNow().isPresent()) {
            Instant start = config.demoNow().get();
            LOG.warnf("Demo mode: the service's clock starts at %s instead of the real time", start);
            return Clock.offset(real, Duration.between(real.instant(), start));
        }
        if (config.demoNow().isPresent()) {
            LOG.warn("openwfm.demo-now is set but demo mode is off: the service runs on real time");
        }
        return real;
    }
}
