package org.openwfm.staffing;

import java.time.LocalDate;
import java.util.List;
import org.openwfm.client.Channel;

/** Every interval of one client channel's week (Monday 00:00 to Monday 00:00 in the client's zone). */
public record WeekStaffing(
        String clientId,
        Channel channel,
        LocalDate weekStart,
        String timeZone,
        int intervalMinutes,
        double serviceLevelTarget,
        List<IntervalStaffing> intervals) {}
