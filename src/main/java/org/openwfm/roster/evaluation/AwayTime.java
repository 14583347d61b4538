package org.openwfm.roster.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.shared.time.TimeSpan;

/**
 * When agents are away from their channel while on shift: on their breaks and in the sessions they attend. The two
 * are taken as one union, so a minute on a break and in a session at once (which the solver never plans) is away
 * once, not twice.
 */
final class AwayTime {

    private final Map<String, List<TimeSpan>> sessionsByAgent = new HashMap<>();

    AwayTime(List<ScheduledActivity> sessions) {
        for (ScheduledActivity session : sessions) {
            for (String agentId : session.agentIds()) {
                sessionsByAgent.computeIfAbsent(agentId, k -> new ArrayList<>()).add(session.span());
            }
        }
    }

    /** Seconds of [from, to) the agent is on the shift and neither on one of its breaks nor in a session. */
    long presentSeconds(ScheduledShift shift, Instant from, Instant to) {
        long lo = Math.max(shift.start().getEpochSecond(), from.getEpochSecond());
        long hi = Math.min(shift.end().getEpochSecond(), to.getEpochSecond());
        if (hi <= lo) {
            return 0;
        }
        List<TimeSpan> away = new ArrayList<>(shift.breaks());
        away.addAll(sessionsByAgent.getOrDefault(shift.agentId(), List.of()));
        return (hi - lo) - length(clip(union(away), lo, hi));
    }

    /**
     * Seconds of each agent's sessions outside all of its shifts: a session allowed to extend or add paid time is paid
     * on top of the shifts. Agents with none are absent.
     */
    Map<String, Long> secondsOutsideShifts(List<ScheduledShift> shifts) {
        Map<String, List<TimeSpan>> shiftsByAgent = new HashMap<>();
        shifts.forEach(s -> shiftsByAgent
                .computeIfAbsent(s.agentId(), k -> new ArrayList<>())
                .add(new TimeSpan(s.start(), s.end())));
        Map<String, Long> outside = new HashMap<>();
        sessionsByAgent.forEach((agentId, sessions) -> {
            List<long[]> inSessions = union(sessions);
            long covered = 0;
            for (long[] shift : union(shiftsByAgent.getOrDefault(agentId, List.of()))) {
                covered += length(clip(inSessions, shift[0], shift[1]));
            }
            long seconds = length(inSessions) - covered;
            if (seconds > 0) {
                outside.put(agentId, seconds);
            }
        });
        return outside;
    }

    /** The spans as disjoint [start, end) epoch-second pairs in order. */
    private static List<long[]> union(List<TimeSpan> spans) {
        List<long[]> sorted = new ArrayList<>(spans.size());
        spans.forEach(
                s -> sorted.add(new long[] {s.start().getEpochSecond(), s.end().getEpochSecond()}));
        sorted.sort(Comparator.comparingLong(s -> s[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] span : sorted) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span[0] <= last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else if (span[1] > span[0]) {
                merged.add(new long[] {span[0], span[1]});
            }
        }
        return merged;
    }

    private static List<long[]> clip(List<long[]> disjoint, long lo, long hi) {
        List<long[]> clipped = new ArrayList<>();
        for (long[] span : disjoint) {
            long from = Math.max(span[0], lo);
            long to = Math.min(span[1], hi);
            if (to > from) {
                clipped.add(new long[] {from, to});
            }
        }
        return clipped;
    }

    private static long length(List<long[]> disjoint) {
        return disjoint.stream().mapToLong(s -> s[1] - s[0]).sum();
    }
}
