package org.openwfm.selfservice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.openwfm.schedule.PublishedWeeks;
import org.openwfm.shared.config.OpenWfmConfig;

/** Reliability and access tier, worked out from the published shifts and the audit log when asked. */
@ApplicationScoped
public class ReliabilityRecords {

    @Inject
    PublishedWeeks published;

    @Inject
    SelfServiceLog log;

    @Inject
    OpenWfmConfig config;

    public Reliability of(String agentId, Instant now) {
        OpenWfmConfig.SelfService rules = config.selfService();
        Instant from = now.minus(Duration.ofDays(7L * rules.reliabilityWeeks()));
        long keptMinutes = published.shiftsOfAgent(agentId, from, now).stream()
                .mapToLong(s ->
                        Duration.between(s.shift().start(), s.shift().end()).toMinutes())
                .sum();
        SelfServiceLog.ReleasedMinutes released = log.releasedMinutes(agentId, from, 60L * rules.lateReleaseHours());
        long lateMinutes = released.late();
        Double reliability = keptMinutes + lateMinutes == 0 ? null : (double) keptMinutes / (keptMinutes + lateMinutes);
        AccessTiers tiers = tiers();
        int tier = tiers.tierFor(reliability);
        return new Reliability(
                agentId,
                rules.reliabilityWeeks(),
                keptMinutes / 60.0,
                released.total() / 60.0,
                lateMinutes / 60.0,
                reliability,
                tier,
                tiers.delayOf(tier));
    }

    private AccessTiers tiers() {
        OpenWfmConfig.SelfService rules = config.selfService();
        return new AccessTiers(rules.tierDelayMinutes(), rules.tierMinReliability(), rules.newAgentTier());
    }
}
