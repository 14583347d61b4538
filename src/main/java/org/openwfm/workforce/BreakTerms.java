package org.openwfm.workforce;

/** An agent's break rules in minutes: a short break per so many minutes of shift, a meal in long shifts. */
public record BreakTerms(int breakMinutes, int breakEveryMinutes, int mealMinutes, int mealAfterMinutes) {

    /** Whether a shift this long gets any break at all. */
    public boolean anyDue(long shiftMinutes) {
        return (mealMinutes > 0 && shiftMinutes > mealAfterMinutes)
                || (breakMinutes > 0 && breakEveryMinutes > 0 && shiftMinutes >= breakEveryMinutes);
    }
}
