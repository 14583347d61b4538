package org.openwfm.notification;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.openwfm.shared.config.OpenWfmConfig;

/**
 * The e-mail round: every replica looks for due digests each {@code openwfm.notification.send-every} on the simple
 * scheduler (Quartz's threads are solver slots); the per-agent row lock in {@link DigestSender} lets only one of them
 * send an agent's digest. Tests call {@link #sendDue()} instead of waiting for the timer.
 */
@ApplicationScoped
public class EmailDigests {

    private static final Logger LOG = Logger.getLogger(EmailDigests.class);

    @Inject
    DigestSender sender;

    @Inject
    OpenWfmConfig config;

    @Scheduled(
            every = "${openwfm.notification.send-every}",
            delayed = "${openwfm.notification.send-every}",
            executeWith = Scheduled.SIMPLE,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onTimer() {
        sendDue();
    }

    /** Sends the digest of every agent whose notices wait and whose last e-mail is a period old; returns how many. */
    public int sendDue() {
        if (!config.notification().emailEnabled()) {
            return 0;
        }
        int sent = 0;
        for (String agentId : sender.waiting()) {
            try {
                if (sender.sendIfDue(agentId)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                // The address and the text stay out of the log; the agent id says whose digest waits.
                LOG.warnf(
                        "Sending the notification digest of agent %s failed (%s); it is tried again next round",
                        agentId, e.getClass().getSimpleName());
            }
        }
        return sent;
    }
}
