package org.openwfm.roster.breaks;

import org.openwfm.workforce.Contract;

/** An agent's break rules in minutes: a short break per so many minutes of shift, a meal in long shifts. */
public record BreakRules(int breakMinutes, int breakEveryMinutes, int mealMinutes, int mealAfterMinutes) {

    /** Whether a shift this long gets any break at all. */
    public boolean anyDue(long shiftMinutes) {
        return (mealMinutes > 0 && shiftMinutes > mealAfterMinutes)
                || (breakMinutes > 0 && breakEveryMinutes > 0 && shiftMinutes >= breakEveryMinutes);
    }

    public static BreakRules of(Contract contract) {
        return new BreakRules(
                contract.breakMinutes, (int) Math.round(contract.breakEveryHours * 60), contract.mealMinutes, (int)
                        Math.round(contract.mealAfterHours * 60));
    }
}
