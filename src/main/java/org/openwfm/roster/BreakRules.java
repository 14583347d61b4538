package org.openwfm.roster;

/** An agent's break rules in minutes: a short break per so many minutes of shift, a meal in long shifts. */
public record BreakRules(int breakMinutes, int breakEveryMinutes, int mealMinutes, int mealAfterMinutes) {
}
