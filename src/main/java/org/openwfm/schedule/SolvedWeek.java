package org.openwfm.schedule;

import java.util.List;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.roster.problem.UnplacedActivity;

/** What a solve hands back: the shifts with their breaks, the sessions it places and those it leaves out. */
record SolvedWeek(List<ScheduledShift> shifts, List<ScheduledActivity> activities, List<UnplacedActivity> unplaced) {}
