package org.openwfm.forecast.method;

import java.util.List;

/** One method's back-test: its score at each lead day that had actuals, and over all of them together. */
public record MethodScore(String method, List<LeadScore> leadDays, Double wape, Double mase, int points) {

    public MethodScore {
        leadDays = List.copyOf(leadDays);
    }

    /** The score at a lead day, or null when that lead had no actuals. */
    public LeadScore at(int leadDay) {
        return leadDays.stream()
                .filter(score -> score.leadDay() == leadDay)
                .findFirst()
                .orElse(null);
    }
}
