package org.openwfm.roster.breaks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntBinaryOperator;
import java.util.function.ToIntBiFunction;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.BreakOffset;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.staffing.WeekStaffing;
import org.openwfm.workforce.BreakTerms;

/**
 * Places each shift's breaks on a 15-minute grid where they cost least: a meal in the middle of a long
 * shift (between 40 % and 65 % of it), short breaks spread evenly (within an hour of their even spot),
 * none in a shift's first or last hour, an hour apart where the shift allows and never overlapping
 * ({@link #dueBreaks}).
 * Among the allowed positions it takes the one where the channel has the most agents above the requirement, the
 * nearest to the break's nominal spot among equals ({@link #nominalBreaks}, which the solver counts with), and counts
 * the agent away while on break.
 * <p>
 * Sessions (meetings, coaching, training) take their attendees away from the channel too, and no break of an agent is
 * put where it overlaps one of that agent's sessions: where the allowed positions are all taken by sessions, the
 * hour between breaks gives way first, then the break's window (any position outside the first and last hour).
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
            week.intervals()
                    .forEach(i -> byStart.computeIfAbsent(channel, k -> new HashMap<>())
                            .put(i.start(), i.requirement().agentsWithShrinkage()));
        });
        return new BreakPlanner((channel, instant) -> {
            Long grain = grainSeconds.get(channel);
            return grain == null
                    ? 0
                    : byStart.get(channel)
                            .getOrDefault(
                                    Instant.ofEpochSecond(Math.floorDiv(instant.getEpochSecond(), grain) * grain), 0);
        });
    }

    /** Shifts that already carry breaks (published ones kept by a re-plan) keep them as they are. */
    public List<ScheduledShift> place(List<ScheduledShift> shifts, Map<String, BreakTerms> rules) {
        return place(shifts, rules, List.of());
    }

    /**
     * As {@link #place(List, Map)}, with the placed sessions: their attendees count away while in one, and no break
     * overlaps a session of its agent.
     */
    public List<ScheduledShift> place(
            List<ScheduledShift> shifts, Map<String, BreakTerms> rules, List<ScheduledActivity> sessions) {
        Map<ScheduledShift, Set<Long>> inSessions = new HashMap<>();
        for (ScheduledShift shift : shifts) {
            Set<Long> busy = sessionQuarters(shift, sessions);
            inSessions.put(shift, busy);
            // Away once per quarter, whether on a published break, in a session or (never planned) both.
            Set<Long> away = new HashSet<>(busy);
            for (TimeSpan pause : shift.breaks()) {
                for (long q = quarter(pause.start()); q < quarter(pause.end()); q++) {
                    away.add(q);
                }
            }
            for (long q = quarter(shift.start()); q < quarter(shift.end()); q++) {
                present.computeIfAbsent(shift.channel(), k -> new HashMap<>())
                        .merge(q, away.contains(q) ? 0 : 1, Integer::sum);
            }
        }
        List<ScheduledShift> ordered = new ArrayList<>(shifts);
        ordered.sort(Comparator.comparing(ScheduledShift::start).thenComparing(ScheduledShift::agentId));
        List<ScheduledShift> placed = new ArrayList<>(shifts.size());
        for (ScheduledShift shift : ordered) {
            placed.add(
                    shift.breaks().isEmpty()
                            ? shift.withBreaks(breaksFor(shift, rules.get(shift.agentId()), inSessions.get(shift)))
                            : shift);
        }
        return placed;
    }

    /**
     * The quarters of the shift that its agent spends in sessions; a quarter a session only touches counts whole, as
     * a break there would still overlap it.
     */
    private static Set<Long> sessionQuarters(ScheduledShift shift, List<ScheduledActivity> sessions) {
        Set<Long> quarters = new HashSet<>();
        for (ScheduledActivity session : sessions) {
            if (!session.attends(shift.agentId()) || !session.overlaps(shift.start(), shift.end())) {
                continue;
            }
            long from = Math.max(quarter(session.start()), quarter(shift.start()));
            long to = Math.min(quarterCeiling(session.end()), quarter(shift.end()));
            for (long q = from; q < to; q++) {
                quarters.add(q);
            }
        }
        return quarters;
    }

    private List<TimeSpan> breaksFor(ScheduledShift shift, BreakTerms rules, Set<Long> inSessions) {
        if (rules == null) {
            return List.of();
        }
        long first = quarter(shift.start());
        int length = (int) (quarter(shift.end()) - first);
        ChannelKey channel = shift.channel();
        boolean[] busy = new boolean[length];
        inSessions.forEach(q -> busy[(int) (q - first)] = true);
        List<Quarters> placed = arrange(
                length,
                rules,
                (start, size) -> {
                    int surplus = Integer.MAX_VALUE;
                    for (long s = first + start; s < first + start + size; s++) {
                        surplus = Math.min(surplus, presentAt(channel, s) - required.applyAsInt(channel, instant(s)));
                    }
                    return surplus;
                },
                busy);
        List<TimeSpan> breaks = new ArrayList<>(placed.size());
        for (Quarters pause : placed) {
            for (long s = first + pause.start(); s < first + pause.end(); s++) {
                if (!inSessions.contains(s)) {
                    present.get(channel).merge(s, -1, Integer::sum);
                }
            }
            breaks.add(new TimeSpan(instant(first + pause.start()), instant(first + pause.end())));
        }
        return breaks;
    }

    /**
     * One break a shift is due, in quarters from the shift's start: its size, the starts allowed for it (before the
     * first and last hour are taken off) and its nominal start, the centre of the search.
     */
    record DueBreak(int size, int from, int to, int nominal) {}

    /** A placed break, [start, end) in quarters from its shift's start. */
    private record Quarters(int start, int end) {

        boolean near(int otherStart, int otherSize, int gap) {
            return otherStart < end + gap && start < otherStart + otherSize + gap;
        }
    }

    /**
     * The rule, in one place: the breaks a shift of {@code quarters} quarters is due under {@code rules}, the meal
     * first. A meal (in shifts longer than its threshold) starts between 40 % and 65 % of the shift, nominally
     * centred on its middle; short breaks, one per so many minutes of shift, start within an hour of their evenly
     * spread spots.
     */
    static List<DueBreak> dueBreaks(int quarters, BreakTerms rules) {
        int minutes = quarters * 15;
        List<DueBreak> due = new ArrayList<>();
        if (rules.mealMinutes() > 0 && minutes > rules.mealAfterMinutes()) {
            int size = rules.mealMinutes() / 15;
            int from = (int) Math.ceil(quarters * 0.4);
            int to = (int) Math.floor(quarters * 0.65);
            due.add(new DueBreak(size, from, to, Math.max(from, Math.min(to, (quarters - size) / 2))));
        }
        int shortBreaks =
                rules.breakMinutes() > 0 && rules.breakEveryMinutes() > 0 ? minutes / rules.breakEveryMinutes() : 0;
        for (int k = 1; k <= shortBreaks; k++) {
            int spot = (int) Math.round((double) k * quarters / (shortBreaks + 1));
            due.add(new DueBreak(rules.breakMinutes() / 15, spot - SLACK_QUARTERS, spot + SLACK_QUARTERS, spot));
        }
        return due;
    }

    /**
     * The breaks of a shift where nothing tells one spot from another: each due break at its nominal spot, or as
     * near it as the edges and the other breaks allow. The solver counts an agent away during these (the meal in the
     * middle, short breaks evenly spread); after solving, {@link #place} may still move them to where they cost least.
     *
     * @return the breaks in order
     */
    public static List<BreakOffset> nominalBreaks(int quarters, BreakTerms rules) {
        return rules == null
                ? List.of()
                : arrange(quarters, rules, (start, size) -> 0, new boolean[quarters]).stream()
                        .map(pause -> new BreakOffset(pause.start() * 15, pause.end() * 15))
                        .toList();
    }

    /**
     * Places the due breaks one after another, each at the allowed start where {@code worth} (of a start and size,
     * in quarters from the shift's start) is highest, nearest its nominal spot among equals: an hour away from the
     * breaks already placed if it can, else merely not overlapping them; none in the shift's first or last hour.
     * Quarters {@code busy} (the agent in a session) are kept clear: where they leave no allowed start, the break may
     * start anywhere outside the first and last hour (an hour from the others if it can); only where the sessions
     * fill even that does a break overlap one, placed as if there were none.
     */
    private static List<Quarters> arrange(int quarters, BreakTerms rules, IntBinaryOperator worth, boolean[] busy) {
        boolean anyBusy = false;
        for (boolean b : busy) {
            anyBusy |= b;
        }
        boolean[] free = new boolean[quarters];
        List<Quarters> taken = new ArrayList<>();
        for (DueBreak due : dueBreaks(quarters, rules)) {
            if (arrange(quarters, due, worth, taken, GAP_QUARTERS, busy)
                    || arrange(quarters, due, worth, taken, 0, busy)
                    || !anyBusy) {
                continue;
            }
            DueBreak anywhere = new DueBreak(due.size(), 0, quarters, due.nominal());
            if (!arrange(quarters, anywhere, worth, taken, GAP_QUARTERS, busy)
                    && !arrange(quarters, anywhere, worth, taken, 0, busy)
                    && !arrange(quarters, due, worth, taken, GAP_QUARTERS, free)) {
                // Where even this finds no room, the break is left out, as it was before sessions.
                arrange(quarters, due, worth, taken, 0, free);
            }
        }
        taken.sort(Comparator.comparingInt(Quarters::start));
        return taken;
    }

    private static boolean arrange(
            int quarters, DueBreak due, IntBinaryOperator worth, List<Quarters> taken, int gap, boolean[] busy) {
        int size = due.size();
        int earliest = Math.max(due.from(), EDGE_QUARTERS);
        int latest = Math.min(due.to(), quarters - EDGE_QUARTERS - size);
        int best = -1;
        int bestWorth = Integer.MIN_VALUE;
        for (int q = earliest; q <= latest; q++) {
            int start = q;
            if (taken.stream().anyMatch(t -> t.near(start, size, gap)) || anyBusy(busy, start, size)) {
                continue;
            }
            int value = worth.applyAsInt(q, size);
            if (best < 0
                    || value > bestWorth
                    || value == bestWorth && Math.abs(q - due.nominal()) < Math.abs(best - due.nominal())) {
                bestWorth = value;
                best = q;
            }
        }
        if (best < 0) {
            return false;
        }
        taken.add(new Quarters(best, best + size));
        return true;
    }

    private static boolean anyBusy(boolean[] busy, int start, int size) {
        for (int q = start; q < start + size; q++) {
            if (busy[q]) {
                return true;
            }
        }
        return false;
    }

    private int presentAt(ChannelKey channel, long quarter) {
        return present.getOrDefault(channel, Map.of()).getOrDefault(quarter, 0);
    }

    private static long quarter(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), QUARTER_SECONDS);
    }

    private static long quarterCeiling(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond() + QUARTER_SECONDS - 1, QUARTER_SECONDS);
    }

    private static Instant instant(long quarter) {
        return Instant.ofEpochSecond(quarter * QUARTER_SECONDS);
    }
}
