package org.openwfm.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.shared.time.TimeSpan;

/**
 * What self-scheduling may see and change of published schedules, and nothing more: the port through
 * which claims, releases and open seats reach the schedule feature. Only values cross it, never an
 * entity. Every method joins the caller's transaction, so a claim's reads, shift writes and seat
 * updates still commit or roll back together.
 */
public interface PublishedWeeks {

    /**
     * A published schedule.
     *
     * @param clientIds the clients it plans; empty for every client
     */
    record Week(long scheduleId, LocalDate weekStart, List<String> clientIds) {}

    /** A stored shift of a published schedule. */
    record Shift(long shiftId, long scheduleId, ScheduledShift shift) {

        public TimeSpan span() {
            return new TimeSpan(shift.start(), shift.end());
        }
    }

    /** The published schedule of the week that plans the client; publishing keeps it to at most one. */
    Optional<Week> covering(LocalDate weekStart, String clientId);

    /**
     * Publishes an empty schedule for one client's week, so that hours a planner releases there have a
     * published week to be claimed into.
     */
    Week openEmpty(LocalDate weekStart, String clientId, String requestedBy);

    /**
     * Takes the publish lock for the rest of the transaction: publishes, and whatever else resets a week's
     * open seats, run one at a time.
     */
    void lockPublishing();

    /** Every shift of a schedule, with breaks. */
    List<ScheduledShift> shiftsOf(long scheduleId);

    /** Published shifts of one agent starting in [from, to), in time order, without their breaks. */
    List<Shift> shiftsOfAgent(String agentId, Instant from, Instant to);

    /** Published shifts of one agent starting in [from, to), in time order, with their breaks. */
    List<Shift> shiftsOfAgentWithBreaks(String agentId, Instant from, Instant to);

    /** Published shifts on one client channel that overlap [from, to), with their breaks. */
    List<ScheduledShift> shiftsOnChannel(ChannelKey channel, Instant from, Instant to);

    /**
     * The sessions of published schedules that take the agent off contacts (as an attendee, or as a supervisor who
     * is this agent) and overlap [from, to), by start.
     */
    List<ScheduledActivity> activitiesOf(String agentId, Instant from, Instant to);

    /** The sessions of published schedules that any of the agents attends and that overlap [from, to), by start. */
    List<ScheduledActivity> activitiesOfAgents(Collection<String> agentIds, Instant from, Instant to);

    /** Every session a schedule places, with its attendees, by start. */
    List<ScheduledActivity> activitiesIn(long scheduleId);

    /** The shift, when it belongs to a published schedule (without its breaks). */
    Optional<Shift> publishedShift(long shiftId);

    /** Adds a shift with its breaks to a published schedule. */
    Shift add(long scheduleId, ScheduledShift shift);

    /** Gives a shift new times and new breaks; the shift as it is now. */
    Shift move(Shift shift, TimeSpan span, List<TimeSpan> breaks);

    /** Removes a shift and its breaks. */
    void remove(Shift shift);
}
