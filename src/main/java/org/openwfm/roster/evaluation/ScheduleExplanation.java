package org.openwfm.roster.evaluation;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.DefaultConstraintJustification;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.CoverageSlot;
import org.openwfm.roster.domain.PlanningAgent;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.problem.RosterProblem;

/**
 * Turns Timefold's score analysis of a schedule into sentences a planner reads: every hard break, and
 * every run of understaffed intervals with why no one more is on it (few certified agents available,
 * or the available ones already on shift), and how many of the agents short are away in sessions then.
 */
public final class ScheduleExplanation {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    /** One finding. {@code kind}: HARD (a rule broken), ACTIVITY (a session left out) or GAP (agents short). */
    public record Item(
            String kind,
            String constraint,
            String clientId,
            String channel,
            Instant start,
            Instant end,
            Integer agentsShort,
            String sentence) {}

    private ScheduleExplanation() {}

    public static List<Item> explain(ScoreAnalysis<HardMediumSoftScore> analysis, RosterProblem problem) {
        return explain(analysis, problem, List.of());
    }

    /**
     * @param sessions the schedule's placed sessions: a gap names those that take agents on shift for its channel
     *                 away at its worst interval
     */
    public static List<Item> explain(
            ScoreAnalysis<HardMediumSoftScore> analysis, RosterProblem problem, List<ScheduledActivity> sessions) {
        List<Item> items = new ArrayList<>();
        for (ConstraintAnalysis<HardMediumSoftScore> constraint : analysis.constraintAnalyses()) {
            if (constraint.score().hardScore() < 0) {
                for (MatchAnalysis<HardMediumSoftScore> match : constraint.matches()) {
                    items.add(new Item(
                            "HARD",
                            constraint.constraintName(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            constraint.constraintName() + " broken by " + facts(match) + " (" + match.score() + ")"));
                }
            }
        }
        problem.unplaced(problem.roster())
                .forEach(left -> items.add(
                        new Item("ACTIVITY", "Activity not placed", null, null, null, null, null, left.sentence())));
        ConstraintAnalysis<HardMediumSoftScore> agentsShort = analysis.constraintAnalyses().stream()
                .filter(c -> c.constraintName().equals("Agents short"))
                .findFirst()
                .orElse(null);
        if (agentsShort != null && agentsShort.matches() != null) {
            Map<ChannelKey, TreeMap<Integer, Integer>> shortBySlot =
                    new TreeMap<>(Comparator.comparing(ChannelKey::toString));
            for (MatchAnalysis<HardMediumSoftScore> match : agentsShort.matches()) {
                List<Object> facts = ((DefaultConstraintJustification) match.justification()).getFacts();
                CoverageSlot slot = (CoverageSlot) facts.get(0);
                // The constraint counts minutes present net of breaks; a slot short of part of an agent counts as one
                // short.
                int present = (Integer) facts.get(1);
                int missing = (slot.requiredMinutes() - present + slot.minutes() - 1) / slot.minutes();
                shortBySlot
                        .computeIfAbsent(slot.channel(), k -> new TreeMap<>())
                        .put(slot.index(), missing);
            }
            shortBySlot.forEach((channel, shortages) -> items.addAll(gaps(channel, shortages, problem, sessions)));
        }
        return items;
    }

    /** Consecutive short intervals become one finding, explained at its worst interval. */
    private static List<Item> gaps(
            ChannelKey channel,
            TreeMap<Integer, Integer> shortages,
            RosterProblem problem,
            List<ScheduledActivity> sessions) {
        Roster roster = problem.roster();
        ZoneId zone = ZoneId.of(problem.staffing().get(channel).timeZone());
        List<Item> items = new ArrayList<>();
        Integer runStart = null;
        int previous = Integer.MIN_VALUE;
        int worstIndex = -1;
        for (Map.Entry<Integer, Integer> entry : shortages.entrySet()) {
            int index = entry.getKey();
            if (runStart != null && index != previous + 1) {
                items.add(gap(channel, runStart, previous + 1, worstIndex, shortages, roster, zone, sessions));
                runStart = null;
            }
            if (runStart == null) {
                runStart = index;
                worstIndex = index;
            }
            if (entry.getValue() > shortages.get(worstIndex)) {
                worstIndex = index;
            }
            previous = index;
        }
        if (runStart != null) {
            items.add(gap(channel, runStart, previous + 1, worstIndex, shortages, roster, zone, sessions));
        }
        return items;
    }

    private static Item gap(
            ChannelKey channel,
            int from,
            int to,
            int worst,
            TreeMap<Integer, Integer> shortages,
            Roster roster,
            ZoneId zone,
            List<ScheduledActivity> sessions) {
        int agentsShort = shortages.get(worst);
        long available = roster.getAgents().stream()
                .filter(a -> canWork(a, channel, worst))
                .count();
        long onShift = roster.getAssignments().stream()
                .filter(a ->
                        a.isWorking() && a.start() <= worst && worst < a.end() && canWork(a.getAgent(), channel, worst))
                .count();
        long elsewhere = roster.getAssignments().stream()
                .filter(a -> a.isWorking()
                        && a.start() <= worst
                        && worst < a.end()
                        && canWork(a.getAgent(), channel, worst)
                        && !a.channel().equals(channel))
                .count();
        Instant start = roster.instantOf(from);
        Instant end = roster.instantOf(to);
        String when = span(start, end, zone);
        String why;
        if (available - onShift == 0) {
            why = available == 0
                    ? "no certified agent is available then"
                    : "only " + available + " certified agent" + (available == 1 ? " is" : "s are")
                            + " available then, and all are on shift"
                            + (elsewhere > 0 ? " (" + elsewhere + " on other channels)" : "");
        } else {
            why = available + " certified agents are available then and " + onShift + " are on shift"
                    + (elsewhere > 0 ? " (" + elsewhere + " on other channels)" : "")
                    + "; a shift for one of the others would break a contract limit (weekly hours, rest, shift length"
                    + " or days in a row) or open a costlier gap elsewhere";
        }
        String size = agentsShort == 1 ? "1 agent" : agentsShort + " agents";
        String sentence = when + " " + channel + " is " + (to - from > 1 ? "up to " : "") + size + " short"
                + inSessions(channel, worst, agentsShort, roster, sessions) + ": " + why;
        return new Item(
                "GAP", "Agents short", channel.clientId(), channel.channel().name(), start, end, agentsShort, sentence);
    }

    /**
     * ", 1 of them in the team meeting of Team West": the agents on shift for the channel whom sessions take away in
     * the interval, in agents as the shortness counts them (part of an agent counts as one), at most the agents short;
     * empty when none is.
     */
    private static String inSessions(
            ChannelKey channel, int index, int agentsShort, Roster roster, List<ScheduledActivity> sessions) {
        Instant from = roster.instantOf(index);
        Instant to = roster.instantOf(index + 1);
        Map<ScheduledActivity, Long> awaySeconds = new TreeMap<>(Comparator.comparing(ScheduledActivity::start)
                .thenComparing(ScheduledActivity::name)
                .thenComparing(ScheduledActivity::key, Comparator.nullsFirst(Comparator.naturalOrder())));
        for (ShiftAssignment shift : roster.getAssignments()) {
            if (!shift.isWorking() || !shift.channel().equals(channel)) {
                continue;
            }
            Instant onFrom = later(from, roster.instantOf(shift.start()));
            Instant onTo = earlier(to, roster.instantOf(shift.end()));
            for (ScheduledActivity session : sessions) {
                long seconds = session.attends(shift.getAgent().id()) ? session.secondsWithin(onFrom, onTo) : 0;
                if (seconds > 0) {
                    awaySeconds.merge(session, seconds, Long::sum);
                }
            }
        }
        if (awaySeconds.isEmpty()) {
            return "";
        }
        long intervalSeconds = to.getEpochSecond() - from.getEpochSecond();
        long total = awaySeconds.values().stream().mapToLong(Long::longValue).sum();
        long agents = Math.min(agentsShort, (total + intervalSeconds - 1) / intervalSeconds);
        List<String> names =
                awaySeconds.keySet().stream().map(ScheduleExplanation::named).toList();
        return ", " + agents + " of them in "
                + (names.size() == 1 ? names.get(0) : "sessions: " + String.join(", ", names));
    }

    /** "the team meeting of Team West", "coaching for A017", "the safety refresher (session 2 of 3)". */
    private static String named(ScheduledActivity session) {
        String name = session.name();
        // Lower-case the first letter of a sentence-case name, not of an acronym ("SLA refresher").
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && !Character.isUpperCase(name.charAt(1))) {
            name = Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
        return ScheduledActivity.COACHING.equals(session.kind()) ? name : "the " + name;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static boolean canWork(PlanningAgent agent, ChannelKey channel, int index) {
        return agent.isCertifiedFor(channel)
                && agent.isAvailable(index, index + 1)
                && agent.timeOffOverlap(index, index + 1) == 0;
    }

    /** "Tue 10:00–12:30" in the client's zone. */
    private static String span(Instant start, Instant end, ZoneId zone) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        return from.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + CLOCK.format(from) + "–"
                + CLOCK.format(to);
    }

    private static String facts(MatchAnalysis<HardMediumSoftScore> match) {
        return match.justification() instanceof DefaultConstraintJustification justification
                ? justification.getFacts().stream()
                        .map(String::valueOf)
                        .reduce((a, b) -> a + ", " + b)
                        .orElse("")
                : String.valueOf(match.justification());
    }
}
