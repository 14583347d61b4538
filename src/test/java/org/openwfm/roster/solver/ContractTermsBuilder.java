package org.openwfm.roster.solver;

import org.openwfm.workforce.ContractTerms;

/**
 * Contract terms by name rather than by seven positional minutes. Starts from 0–40 h a week, 4–8 h shifts, at most
 * 8 h a day, 11 h rest and 5 days in a row; a test changes only the terms it is about.
 */
public final class ContractTermsBuilder {

    private int minWeeklyHours = 0;
    private int maxWeeklyHours = 40;
    private int maxDailyHours = 8;
    private int minShiftHours = 4;
    private int maxShiftHours = 8;
    private int minRestHours = 11;
    private int maxConsecutiveDays = 5;

    private ContractTermsBuilder() {}

    public static ContractTermsBuilder terms() {
        return new ContractTermsBuilder();
    }

    public ContractTermsBuilder weeklyHours(int min, int max) {
        minWeeklyHours = min;
        maxWeeklyHours = max;
        return this;
    }

    public ContractTermsBuilder maxDailyHours(int hours) {
        maxDailyHours = hours;
        return this;
    }

    public ContractTermsBuilder shiftHours(int min, int max) {
        minShiftHours = min;
        maxShiftHours = max;
        return this;
    }

    public ContractTermsBuilder minRestHours(int hours) {
        minRestHours = hours;
        return this;
    }

    public ContractTermsBuilder maxConsecutiveDays(int days) {
        maxConsecutiveDays = days;
        return this;
    }

    public ContractTerms build() {
        return new ContractTerms(
                minWeeklyHours * 60,
                maxWeeklyHours * 60,
                maxDailyHours * 60,
                minShiftHours * 60,
                maxShiftHours * 60,
                minRestHours * 60,
                maxConsecutiveDays);
    }
}
