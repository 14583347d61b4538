package org.openwfm.staffing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openwfm.client.Channel;
import org.openwfm.staffing.queueing.IntervalLoad;
import org.openwfm.staffing.queueing.QueueModel;
import org.openwfm.staffing.queueing.Requirement;
import org.openwfm.staffing.queueing.ServiceTargets;
import org.openwfm.staffing.queueing.StaffingCalculator;

/**
 * Staffing weeks built without the database, for tests of what reads them (KPIs, coverage): every interval open with
 * the same load, required as the staffing service requires it.
 */
public final class StaffingFixtures {

    /** Voice: 80 % answered within 20 s, Erlang C, no occupancy cap, no shrinkage, no minimum. */
    public static final ServiceTargets PLAIN_VOICE =
            new ServiceTargets(ServiceTargets.Mode.QUEUE, 0.8, 20, 1, 0, 0, 1, null, null);

    private StaffingFixtures() {}

    /** {@code count} open intervals of {@code minutes} from {@code start}, each offered the same contacts. */
    public static WeekStaffing steadyWeek(
            String clientId,
            Channel channel,
            Instant start,
            int minutes,
            int count,
            double contacts,
            double ahtSeconds,
            ServiceTargets rules) {
        List<IntervalStaffing> intervals = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Instant from = start.plusSeconds(i * minutes * 60L);
            IntervalLoad load = new IntervalLoad(contacts, ahtSeconds, minutes);
            QueueModel model = StaffingCalculator.model(load, rules);
            Requirement requirement = StaffingCalculator.require(load, rules);
            intervals.add(new IntervalStaffing(
                    from,
                    from.plusSeconds(minutes * 60L),
                    true,
                    contacts,
                    ahtSeconds,
                    model,
                    requirement,
                    requirement,
                    null,
                    rules.shrinkage()));
        }
        return new WeekStaffing(
                clientId, channel, LocalDate.of(2026, 11, 30), "UTC", minutes, rules.serviceLevelTarget(), intervals);
    }
}
