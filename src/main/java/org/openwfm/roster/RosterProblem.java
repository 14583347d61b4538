package org.openwfm.roster;

import java.util.Map;

import org.openwfm.roster.domain.ChannelKey;
import org.openwfm.roster.domain.Roster;
import org.openwfm.staffing.WeekStaffing;

/** A roster to solve and the staffing it was built from, which the KPIs read back. */
public record RosterProblem(Roster roster, Map<ChannelKey, WeekStaffing> staffing) {
}
