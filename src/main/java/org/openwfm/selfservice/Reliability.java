package org.openwfm.selfservice;

/**
 * An agent's record over the last weeks: hours kept (published shifts that started), hours released,
 * and those released late (with less than the late-release notice). Reliability is kept over kept plus
 * released late; the access tier follows from it.
 *
 * @param reliability null while the agent has neither kept nor released late any hours
 */
public record Reliability(
        String agentId,
        int windowWeeks,
        double hoursKept,
        double hoursReleased,
        double hoursReleasedLate,
        Double reliability,
        int accessTier,
        int accessDelayMinutes) {}
