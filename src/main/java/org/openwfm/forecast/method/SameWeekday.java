package org.openwfm.forecast.method;

/**
 * The history days that fall on the same weekday as a day to forecast, newest first: the day one week before it, or,
 * for a day more than a week past the history, the last such day the history has. Every method that looks back by
 * weeks walks them the same way, so they agree on what "the same slot last week" means.
 */
final class SameWeekday {

    private SameWeekday() {}

    /**
     * The {@code weeksBack}-th (0 = newest) history day on the weekday of forecast day {@code lead} (0 = the day after
     * the history's last day), or -1 when the history does not reach that far back.
     */
    static int day(int historyDays, int lead, int weeksBack) {
        int target = historyDays + lead;
        int newest = target - 7 * (lead / 7 + 1);
        int day = newest - 7 * weeksBack;
        return day >= 0 ? day : -1;
    }

    /** Whether the slot was known on any of the last {@code weeks} same-weekday days before forecast day lead. */
    static boolean seen(DayGrid history, int lead, int slot, int weeks) {
        for (int back = 0; back < weeks; back++) {
            int day = day(history.days(), lead, back);
            if (day < 0) {
                return false;
            }
            if (!Double.isNaN(history.at(day, slot))) {
                return true;
            }
        }
        return false;
    }
}
