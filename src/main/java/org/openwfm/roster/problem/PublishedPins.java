package org.openwfm.roster.problem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openwfm.roster.domain.BreakOffset;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.domain.ShiftOption;
import org.openwfm.workforce.BreakTerms;

/** Published shifts held in place: the solver sees them as pinned assignments it may not move. */
final class PublishedPins {

    private PublishedPins() {}

    /**
     * Published shifts keep their agent-day and option, and the solver may not move them. Their option counts the
     * agent away during the shift's actual breaks where it carries them (published shifts do), else during the
     * nominal breaks of the agent's contract, as unpublished options do.
     */
    static void pin(
            List<ScheduledShift> shifts,
            List<ShiftAssignment> assignments,
            Horizon horizon,
            ShiftOptions options,
            Map<String, BreakTerms> breakTerms) {
        AssignmentIndex index = new AssignmentIndex(assignments);
        for (ScheduledShift shift : shifts) {
            ShiftAssignment assignment = index.find(shift.agentId(), shift.start());
            if (assignment == null || assignment.isPinned()) {
                continue;
            }
            int start = horizon.indexOf(shift.start());
            int length = horizon.indexOf(shift.end()) - start;
            List<BreakOffset> breaks = shift.breaks().isEmpty()
                    ? options.nominalBreaks(length, breakTerms.get(shift.agentId()))
                    : shift.breaks().stream()
                            .map(pause -> new BreakOffset(
                                    minutesAfter(shift.start(), pause.start()),
                                    minutesAfter(shift.start(), pause.end())))
                            .toList();
            assignment.setOption(options.exactly(shift.channel(), start, length, breaks));
            if (!assignment.getOptions().contains(assignment.getOption())) {
                List<ShiftOption> widened = new ArrayList<>(assignment.getOptions());
                widened.add(assignment.getOption());
                assignment.setOptions(widened);
            }
            assignment.setPinned(true);
        }
    }

    private static int minutesAfter(Instant from, Instant to) {
        return (int) ((to.getEpochSecond() - from.getEpochSecond()) / 60);
    }
}
