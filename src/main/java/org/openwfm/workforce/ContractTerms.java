package org.openwfm.workforce;

/**
 * An agent's contract in planning units (minutes), so the constraints read the data, not constants. Made
 * by {@link Contract#terms()}; the contract rules ({@link org.openwfm.workforce.contract.ContractRule})
 * and the solver's constraints read the same fields.
 */
public record ContractTerms(
        int minWeeklyMinutes,
        int maxWeeklyMinutes,
        int maxDailyMinutes,
        int minShiftMinutes,
        int maxShiftMinutes,
        int minRestMinutes,
        int maxConsecutiveDays) {

    /** These terms less the minutes of the week already worked elsewhere (never below zero). */
    public ContractTerms lessWorkedElsewhere(int minutesWorkedElsewhere) {
        return new ContractTerms(
                Math.max(0, minWeeklyMinutes - minutesWorkedElsewhere),
                Math.max(0, maxWeeklyMinutes - minutesWorkedElsewhere),
                maxDailyMinutes,
                minShiftMinutes,
                maxShiftMinutes,
                minRestMinutes,
                maxConsecutiveDays);
    }
}
