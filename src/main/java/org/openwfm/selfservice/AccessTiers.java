package org.openwfm.selfservice;

import java.util.List;

/**
 * Who sees newly opened hours first: tier 1 at once, later tiers after their delay. An agent's tier
 * follows from its reliability (hours kept over hours kept plus hours released late).
 *
 * @param delayMinutes   per tier, from tier 1
 * @param minReliability the lowest reliability of tier 1, 2, ...; below the last, the last tier
 * @param newAgentTier   the tier of an agent without a record
 */
record AccessTiers(List<Integer> delayMinutes, List<Double> minReliability, int newAgentTier) {

    AccessTiers {
        if (delayMinutes.isEmpty() || minReliability.size() >= delayMinutes.size()) {
            throw new IllegalArgumentException(
                    "Give one delay per tier and one reliability threshold per tier but the last");
        }
    }

    /** @param reliability null for an agent that has neither kept nor released hours */
    int tierFor(Double reliability) {
        if (reliability == null) {
            return Math.max(1, Math.min(newAgentTier, delayMinutes.size()));
        }
        for (int i = 0; i < minReliability.size(); i++) {
            if (reliability >= minReliability.get(i) - 1e-9) {
                return i + 1;
            }
        }
        return delayMinutes.size();
    }

    int delayOf(int tier) {
        return delayMinutes.get(tier - 1);
    }
}
