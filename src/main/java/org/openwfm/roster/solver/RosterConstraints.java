package org.openwfm.roster.solver;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.loadBalance;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toConsecutiveSequences;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;
import static ai.timefold.solver.core.api.score.stream.Joiners.lessThan;
import static ai.timefold.solver.core.api.score.stream.Joiners.overlapping;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.common.SequenceChain;
import ai.timefold.solver.core.api.score.stream.tri.TriConstraintStream;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import org.openwfm.roster.domain.ActivityAssignment;
import org.openwfm.roster.domain.CoverageSlot;
import org.openwfm.roster.domain.PlanningAgent;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.domain.SlotPresence;

/**
 * The rules of a schedule. Hard: what no offered schedule may break. Medium: agents short of the
 * requirement, weighted by the contacts at stake. Soft: idle paid time and contract minimums.
 * Penalties are in real units (minutes, agents × contacts); every limit comes from the data.
 *
 * <p>The contract's hard constraints are the solver's form of the named contract rules that claims, releases and
 * publishing ask ({@link org.openwfm.workforce.contract.ContractRule}); they cannot call those per move, so they read
 * the same {@link org.openwfm.workforce.ContractTerms} fields in the same minutes (docs/scheduling.md pairs them).
 */
public class RosterConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            certification(factory),
            availability(factory),
            timeOff(factory),
            openingHours(factory),
            noOverlap(factory),
            shiftLength(factory),
            dailyMaxHours(factory),
            weeklyMaxHours(factory),
            restBetweenShifts(factory),
            maxConsecutiveDays(factory),
            activityAttendance(factory),
            attendeeDoubleBooked(factory),
            agentsShort(factory),
            activityNotPlaced(factory),
            overstaffing(factory),
            weeklyMinimumHours(factory),
            fairHours(factory),
            fairTalkTime(factory),
            preferences(factory),
            activityClearOfBreaks(factory)
        };
    }

    // Hard constraints

    Constraint certification(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .filter(shift -> !shift.getAgent().isCertifiedFor(shift.channel()))
                .penalize(HardMediumSoftScore.ONE_HARD, ShiftAssignment::minutes)
                .asConstraint("Certification");
    }

    Constraint availability(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .filter(shift -> !shift.getAgent().isAvailable(shift.start(), shift.end()))
                .penalize(HardMediumSoftScore.ONE_HARD, ShiftAssignment::minutes)
                .asConstraint("Availability");
    }

    Constraint timeOff(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .filter(shift -> shift.getAgent().timeOffOverlap(shift.start(), shift.end()) > 0)
                .penalize(
                        HardMediumSoftScore.ONE_HARD,
                        shift -> shift.getAgent().timeOffOverlap(shift.start(), shift.end())
                                * shift.getOption().grainMinutes())
                .asConstraint("Time off");
    }

    Constraint openingHours(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .filter(shift -> shift.getOption().closedIntervals() > 0)
                .penalize(
                        HardMediumSoftScore.ONE_HARD,
                        shift -> shift.getOption().closedIntervals()
                                * shift.getOption().grainMinutes())
                .asConstraint("Opening hours");
    }

    Constraint noOverlap(ConstraintFactory factory) {
        return factory.forEachUniquePair(
                        ShiftAssignment.class,
                        equal(ShiftAssignment::getAgent),
                        overlapping(ShiftAssignment::start, ShiftAssignment::end))
                .penalize(HardMediumSoftScore.ONE_HARD, ShiftAssignment::overlapMinutes)
                .asConstraint("No overlap");
    }

    Constraint shiftLength(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .filter(shift -> minutesOutsideShiftLength(shift) > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, RosterConstraints::minutesOutsideShiftLength)
                .asConstraint("Shift length");
    }

    Constraint dailyMaxHours(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .filter(shift -> shift.minutes() > shift.getAgent().terms().maxDailyMinutes())
                .penalize(
                        HardMediumSoftScore.ONE_HARD,
                        shift -> shift.minutes() - shift.getAgent().terms().maxDailyMinutes())
                .asConstraint("Daily max hours");
    }

    Constraint weeklyMaxHours(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .groupBy(ShiftAssignment::getAgent, sum(ShiftAssignment::minutes))
                .filter((agent, minutes) -> minutes > agent.terms().maxWeeklyMinutes())
                .penalize(
                        HardMediumSoftScore.ONE_HARD,
                        (agent, minutes) -> minutes - agent.terms().maxWeeklyMinutes())
                .asConstraint("Weekly max hours");
    }

    Constraint restBetweenShifts(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .join(
                        ShiftAssignment.class,
                        equal(ShiftAssignment::getAgent),
                        lessThan(ShiftAssignment::getDayIndex, ShiftAssignment::getDayIndex))
                .filter((earlier, later) -> earlier.end() <= later.start()
                        && earlier.gapMinutesBefore(later)
                                < earlier.getAgent().terms().minRestMinutes())
                .penalize(
                        HardMediumSoftScore.ONE_HARD,
                        (earlier, later) ->
                                earlier.getAgent().terms().minRestMinutes() - earlier.gapMinutesBefore(later))
                .asConstraint("Rest between shifts");
    }

    Constraint maxConsecutiveDays(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .groupBy(ShiftAssignment::getAgent, toConsecutiveSequences(ShiftAssignment::getDayIndex))
                .flattenLast(SequenceChain::getConsecutiveSequences)
                .filter((agent, run) -> run.getCount() > agent.terms().maxConsecutiveDays())
                .penalize(
                        HardMediumSoftScore.ONE_HARD,
                        (agent, run) -> (run.getCount() - agent.terms().maxConsecutiveDays()) * 60 * 24)
                .asConstraint("Max consecutive days");
    }

    /** An attendee of a session that must lie inside shifts, with no shift through the whole session: its minutes. */
    Constraint activityAttendance(ConstraintFactory factory) {
        return factory.forEach(ActivityAssignment.class)
                .filter(ActivityAssignment::isInShift)
                .expand(ActivityAssignment::getAttendees)
                .flattenLast(attendees -> attendees)
                .ifNotExists(
                        ShiftAssignment.class,
                        equal((ActivityAssignment activity, PlanningAgent agent) -> agent, ShiftAssignment::getAgent),
                        filtering((ActivityAssignment activity, PlanningAgent agent, ShiftAssignment shift) ->
                                activity.isCoveredBy(shift)))
                .penalize(HardMediumSoftScore.ONE_HARD, (activity, agent) -> activity.minutes())
                .asConstraint("Activity attendance");
    }

    /** Two sessions at once that need the same person (an agent or a supervisor): overlap minutes per person. */
    Constraint attendeeDoubleBooked(ConstraintFactory factory) {
        return factory.forEachUniquePair(
                        ActivityAssignment.class, overlapping(ActivityAssignment::start, ActivityAssignment::end))
                .filter((one, other) -> one.sharedPeople(other) > 0)
                .penalize(
                        HardMediumSoftScore.ONE_HARD,
                        (one, other) -> one.overlapMinutes(other) * one.sharedPeople(other))
                .asConstraint("Attendee double-booked");
    }

    // Medium constraints

    /**
     * Agents short, counted in presence net of breaks: a slot's coverage is the minutes its agents are present there
     * (a shift counts its agent away during the breaks its contract requires, at their nominal spots), compared with
     * required × slot minutes. The penalty is the missing agent-minutes as a share of the slot times the contacts at
     * stake per missing agent, rounded to whole contacts ({@link CoverageSlot#shortStake}): a slot short of whole
     * agents (no breaks) scores exactly (required − scheduled) × stake as before, a 15-minute break in a 30-minute
     * slot half of that, so medium stays in contacts at stake and weighs as before.
     */
    Constraint agentsShort(ConstraintFactory factory) {
        return coverage(factory)
                .filter((slot, present) -> slot.shortStake(present) > 0)
                .penalize(HardMediumSoftScore.ONE_MEDIUM, (slot, present) -> slot.shortStake(present))
                .asConstraint("Agents short");
    }

    /**
     * A session left out: its priority (1 to 10) in contacts per attendee-minute. An agent handles well under one
     * contact a minute, so a session that the hard rules let in anywhere costs less service than leaving it out,
     * and where sessions compete for the same hours the higher priority wins.
     */
    Constraint activityNotPlaced(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(ActivityAssignment.class)
                .filter(activity -> !activity.isPlaced())
                .penalize(
                        HardMediumSoftScore.ONE_MEDIUM, activity -> activity.getPriority() * activity.attendeeMinutes())
                .asConstraint("Activity not placed");
    }

    // Soft constraints

    /**
     * Idle paid minutes: agent-minutes present beyond required × slot minutes (so an agent on a break is not idle);
     * without breaks exactly (scheduled − required) × minutes as before.
     */
    Constraint overstaffing(ConstraintFactory factory) {
        return coverage(factory)
                .filter((slot, present) -> slot.idleMinutes(present) > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, (slot, present) -> slot.idleMinutes(present))
                .asConstraint("Overstaffing");
    }

    Constraint weeklyMinimumHours(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .groupBy(ShiftAssignment::getAgent, sum(ShiftAssignment::minutes))
                .complement(PlanningAgent.class, agent -> 0)
                .filter((agent, minutes) -> minutes < agent.terms().minWeeklyMinutes())
                .penalize(
                        HardMediumSoftScore.ONE_SOFT,
                        (agent, minutes) -> agent.terms().minWeeklyMinutes() - minutes)
                .asConstraint("Weekly minimum hours");
    }

    /**
     * Hours shared fairly: each agent's load is the share of its own weekly maximum it works (in
     * per mille, so part-timers and full-timers compare), and the spread of loads is penalized.
     */
    Constraint fairHours(ConstraintFactory factory) {
        // Unassigned days count too (with no load), so an agent given nothing is part of the spread.
        return factory.forEachIncludingUnassigned(ShiftAssignment.class)
                .groupBy(loadBalance(
                        ShiftAssignment::getAgent,
                        shift -> shift.minutes()
                                * 1000L
                                / Math.max(1, shift.getAgent().terms().maxWeeklyMinutes())))
                .penalize(
                        HardMediumSoftScore.ONE_SOFT,
                        balance -> balance.unfairness().intValue())
                .asConstraint("Fair hours");
    }

    /**
     * Talk time shared fairly, since agents are paid on it: each agent's load is the talk minutes its
     * shifts can expect (staffed as required), per mille of its weekly maximum minutes.
     */
    Constraint fairTalkTime(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(ShiftAssignment.class)
                .groupBy(loadBalance(
                        ShiftAssignment::getAgent,
                        shift -> shift.talkMinutes()
                                * 1000L
                                / Math.max(1, shift.getAgent().terms().maxWeeklyMinutes())))
                .penalize(
                        HardMediumSoftScore.ONE_SOFT,
                        balance -> balance.unfairness().intValue())
                .asConstraint("Fair talk time");
    }

    /**
     * An attendee's break, at its nominal spot, inside a session: the minutes they overlap. Soft, as breaks are placed
     * after solving and never inside a session ({@code BreakPlanner}): a session on a nominal spot only moves the
     * break, within its window, so the solver merely prefers sessions clear of them.
     */
    Constraint activityClearOfBreaks(ConstraintFactory factory) {
        return onShiftInSessions(factory)
                .filter((activity, agent, shift) -> activity.breakMinutesIn(shift) > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, (activity, agent, shift) -> activity.breakMinutesIn(shift))
                .asConstraint("Activity clear of breaks");
    }

    Constraint preferences(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .filter(shift -> shift.minutesOutsidePreferredHours() > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, ShiftAssignment::minutesOutsidePreferredHours)
                .asConstraint("Preferences");
    }

    /**
     * Minutes agents are present (net of breaks, and of the sessions they attend) per coverage slot, including slots
     * nobody covers.
     */
    private static BiConstraintStream<CoverageSlot, Integer> coverage(ConstraintFactory factory) {
        UniConstraintStream<SlotPresence> onShift = factory.forEach(ShiftAssignment.class)
                .flattenLast(shift -> shift.getOption().presence());
        UniConstraintStream<SlotPresence> inSessions = onShiftInSessions(factory)
                .map((activity, agent, shift) -> activity.absenceFrom(shift))
                .flattenLast(away -> away);
        return onShift.concat(inSessions)
                .groupBy(SlotPresence::slot, sum(SlotPresence::minutes))
                .complement(CoverageSlot.class, slot -> 0);
    }

    /** Each agent a placed session takes away, with each of its shifts that overlap the session. */
    private static TriConstraintStream<ActivityAssignment, PlanningAgent, ShiftAssignment> onShiftInSessions(
            ConstraintFactory factory) {
        return factory.forEach(ActivityAssignment.class)
                .expand(ActivityAssignment::getAway)
                .flattenLast(attendees -> attendees)
                .join(
                        ShiftAssignment.class,
                        equal((ActivityAssignment activity, PlanningAgent agent) -> agent, ShiftAssignment::getAgent),
                        overlapping(
                                (ActivityAssignment activity, PlanningAgent agent) -> activity.start(),
                                (activity, agent) -> activity.end(),
                                ShiftAssignment::start,
                                ShiftAssignment::end));
    }

    private static int minutesOutsideShiftLength(ShiftAssignment shift) {
        int minutes = shift.minutes();
        return Math.max(0, shift.getAgent().terms().minShiftMinutes() - minutes)
                + Math.max(0, minutes - shift.getAgent().terms().maxShiftMinutes());
    }
}
