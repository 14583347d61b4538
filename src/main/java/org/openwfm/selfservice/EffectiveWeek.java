package org.openwfm.selfservice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Predicate;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.time.Weeks;

/**
 * The week an agent's new hours apply from: the first week (Monday to Monday in the agent's zone) that starts at
 * least the notice after now and that no published schedule including the agent covers yet. Hours never change
 * under a published week, and planners get the notice to plan with the new ones.
 */
final class EffectiveWeek {

    /** Published weeks run out long before this; past it something is wrong, and the change is refused. */
    static final int MAX_WEEKS_AHEAD = 520;

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
        for (int i = 0; i < MAX_WEEKS_AHEAD; i++, week = week.plusWeeks(1)) {
            if (!published.test(week)) {
                return week;
            }
        }
        throw ProblemException.conflict(
                "Every week of the next " + MAX_WEEKS_AHEAD + " after the notice is published; the hours cannot apply");
    }
}
