package org.openwfm.workforce;

/** An agent's contract in planning units (minutes), so the constraints read the data, not constants. */
public record ContractTerms(
        int minWeeklyMinutes,
        int maxWeeklyMinutes,
        int maxDailyMinutes,
        int minShiftMinutes,
        int maxShiftMinutes,
        int minRestMinutes,
        int maxConsecutiveDays) {}
