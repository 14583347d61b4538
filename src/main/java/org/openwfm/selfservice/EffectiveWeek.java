package org.openwfm.selfservice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Predicate;
import org.openwfm.shared.time.Weeks;

/**
 * The week an agent's new hours apply from: the first week (Monday to Monday in the agent's zone) that starts at
 * least the notice after now and after every week a published schedule including the agent covers. The hours then
 * hold from that week on, so they never change under a published week, and planners get the notice to plan with
 * them.
 */
final class EffectiveWeek {

    /** How far past the notice published weeks are looked for: planners publish weeks, not years, ahead. */
    static final int LOOK_AHEAD_WEEKS = 52;

    private EffectiveWeek() {}

    /**
     * @param published whether a week (its Monday) has a published schedule that includes the agent
     */
    static LocalDate first(Instant now, ZoneId zone, Duration notice, Predicate<LocalDate> published) {
        Instant earliest = now.plus(notice);
        LocalDate week = Weeks.mondayOf(earliest, zone);
        if (week.atStartOfDay(zone).toInstant().isBefore(earliest)) {
            week = week.plusWeeks(1);
        }
        LocalDate from = week;
        for (int i = 0; i < LOOK_AHEAD_WEEKS; i++, week = week.plusWeeks(1)) {
            if (published.test(week)) {
                from = week.plusWeeks(1);
            }
        }
        return from;
    }
}
