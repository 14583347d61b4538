package org.openwfm.roster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntBiFunction;

import org.openwfm.roster.domain.ChannelKey;
import org.openwfm.staffing.WeekStaffing;

/**
 * Places each shift's breaks on a 15-minute grid where they cost least: a meal in the middle of a long
 * shift (between 40 % and 65 % of it), short breaks spread evenly (within an hour of their even spot),
 * none in a shift's first or last hour, an hour apart where the shift allows and never overlapping. Among the allowed positions it takes the one
 * where the channel has the most agents above the requirement, and counts the agent away while on break.
 */
public final class BreakPlanner {

    static final int QUARTER_SECONDS = 15 * 60;
    /** No break in the first or last hour of a shift. */
    private static final int EDGE_QUARTERS = 4;
    /** A short break may move this far from its evenly spread spot. */
    private static final int SLACK_QUARTERS = 4;
    /** Breaks are kept an hour apart where the shift allows, so they do not add up to one long pause. */
    private static final int GAP_QUARTERS = 4;

    private final ToIntBiFunction<ChannelKey, Instant> required;
    private final Map<ChannelKey, Map<Long, Integer>> present = new HashMap<>();

    /** @param required agents required on a channel in the interval containing an instant */
    public BreakPlanner(ToIntBiFunction<ChannelKey, Instant> required) {
        this.required = required;
    }

    /** A planner against the requirements (after shrinkage) of the given channel weeks. */
    public static BreakPlanner forStaffing(Map<ChannelKey, WeekStaffing> staffing) {
        Map<ChannelKey, Map<Instant, Integer>> byStart = new HashMap<>();
        Map<ChannelKey, Long> grainSeconds = new HashMap<>();
        staffing.forEach((channel, week) -> {
            grainSeconds.put(channel, week.intervalMinutes() * 60L);
            week.intervals().forEach(i -> byStart.computeIfAbsent(channel, k -> new HashMap<>())
                    .put(i.start(), i.requirement().agentsWithShrinkage()));
        });
        return new BreakPlanner((channel, instant) -> {
            Long grain = grainSeconds.get(channel);
            return grain == null ? 0 : byStart.get(channel).getOrDefault(
                    Instant.ofEpochSecond(Math.floorDiv(instant.getEpochSecond(), grain) * grain), 0);
        });
    }

    /** Shifts that already carry breaks (published ones kept by a re-plan) keep them as they are. */
    public List<ScheduledShift> place(List<ScheduledShift> shifts, Map<String, BreakRules> rules) {
        for (ScheduledShift shift : shifts) {
            for (long q = quarter(shift.start()); q < quarter(shift.end()); q++) {
                present.computeIfAbsent(shift.channel(), k -> new HashMap<>()).merge(q, 1, Integer::sum);
            }
            for (Span pause : shift.breaks()) {
                for (long q = quarter(pause.start()); q < quarter(pause.end()); q++) {
                    present.get(shift.channel()).merge(q, -1, Integer::sum);
                }
            }
        }
        List<ScheduledShift> ordered = new ArrayList<>(shifts);
        ordered.sort(Comparator.comparing(ScheduledShift::start).thenComparing(ScheduledShift::agentId));
        List<ScheduledShift> placed = new ArrayList<>(shifts.size());
        for (ScheduledShift shift : ordered) {
            placed.add(shift.breaks().isEmpty() ? shift.withBreaks(breaksFor(shift, rules.get(shift.agentId()))) : shift);
        }
        return placed;
    }

    private List<Span> breaksFor(ScheduledShift shift, BreakRules rules) {
        if (rules == null) {
            return List.of();
        }
        long first = quarter(shift.start());
        int length = (int) (quarter(shift.end()) - first);
        int minutes = length * 15;
        List<long[]> taken = new ArrayList<>(); // [from, to) in quarters
        if (rules.mealMinutes() > 0 && minutes > rules.mealAfterMinutes()) {
            int size = rules.mealMinutes() / 15;
            place(shift, first + (long) Math.ceil(length * 0.4), first + (long) Math.floor(length * 0.65), size, taken);
        }
        int shortBreaks = rules.breakMinutes() > 0 && rules.breakEveryMinutes() > 0 ? minutes / rules.breakEveryMinutes() : 0;
        for (int k = 1; k <= shortBreaks; k++) {
            long spot = first + Math.round((double) k * length / (shortBreaks + 1));
            place(shift, spot - SLACK_QUARTERS, spot + SLACK_QUARTERS, rules.breakMinutes() / 15, taken);
        }
        taken.sort(Comparator.comparingLong(t -> t[0]));
        return taken.stream().map(t -> new Span(instant(t[0]), instant(t[1]))).toList();
    }

    /** Puts a break an hour away from the others if it can, else merely not overlapping them. */
    private void place(ScheduledShift shift, long from, long to, int size, List<long[]> taken) {
        if (!place(shift, from, to, size, taken, GAP_QUARTERS)) {
            place(shift, from, to, size, taken, 0);
        }
    }

    /** Puts a break of {@code size} quarters starting in [from, to] where it costs least, if anywhere allowed. */
    private boolean place(ScheduledShift shift, long from, long to, int size, List<long[]> taken, int gap) {
        long earliest = Math.max(from, quarter(shift.start()) + EDGE_QUARTERS);
        long latest = Math.min(to, quarter(shift.end()) - EDGE_QUARTERS - size);
        long best = -1;
        int bestSurplus = Integer.MIN_VALUE;
        for (long q = earliest; q <= latest; q++) {
            long start = q;
            if (taken.stream().anyMatch(t -> start < t[1] + gap && t[0] < start + size + gap)) {
                continue;
            }
            int surplus = Integer.MAX_VALUE;
            for (long s = q; s < q + size; s++) {
                surplus = Math.min(surplus, presentAt(shift.channel(), s) - required.applyAsInt(shift.channel(), instant(s)));
            }
            if (surplus > bestSurplus) {
                bestSurplus = surplus;
                best = q;
            }
        }
        if (best < 0) {
            return false;
        }
        taken.add(new long[] { best, best + size });
        for (long s = best; s < best + size; s++) {
            present.get(shift.channel()).merge(s, -1, Integer::sum);
        }
        return true;
    }

    private int presentAt(ChannelKey channel, long quarter) {
        return present.getOrDefault(channel, Map.of()).getOrDefault(quarter, 0);
    }

    private static long quarter(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), QUARTER_SECONDS);
    }

    private static Instant instant(long quarter) {
        return Instant.ofEpochSecond(quarter * QUARTER_SECONDS);
    }
}
