package org.openwfm.schedule;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.runtime.Constituent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.openwfm.shared.config.NodeIdentity;
import org.openwfm.shared.config.OpenWfmConfig;

/**
 * Starts this replica's schedulers, which application.properties keeps halted: the simple one (per-replica
 * timers such as the event feed) always, Quartz (solve jobs) only where {@code openwfm.solver.enabled}. A
 * replica whose Quartz never starts still submits and withdraws jobs in the shared job store, but never
 * takes one, so an API-only replica cannot end up solving.
 */
@Singleton
public class SolverSwitch {

    private static final Logger LOG = Logger.getLogger(SolverSwitch.class);

    @Inject
    @Constituent
    Instance<Scheduler> schedulers;

    @Inject
    OpenWfmConfig config;

    @Inject
    NodeIdentity node;

    void onStart(@Observes StartupEvent event) {
        boolean solves = config.solver().enabled();
        for (Scheduler scheduler : schedulers) {
            if (Scheduled.SIMPLE.equals(scheduler.implementation()) || solves) {
                scheduler.resume();
            }
        }
        LOG.infof(
                solves
                        ? "Replica %s takes solve jobs from the shared queue"
                        : "Replica %s is API-only (openwfm.solver.enabled=false): it never solves",
                node.nodeId());
    }
}
