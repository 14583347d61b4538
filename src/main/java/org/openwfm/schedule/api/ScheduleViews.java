package org.openwfm.schedule.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openwfm.client.Channel;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.roster.evaluation.ScheduleExplanation;
import org.openwfm.roster.problem.UnplacedActivity;

/** What the schedule endpoints read and answer. */
public final class ScheduleViews {

    private ScheduleViews() {}

    /**
     * {@code weekStart} is a Monday; no clientIds means every client; solveSeconds defaults to the
     * configured value; published shifts of the week stay as they are unless {@code replanPublished}. With
     * {@code sessionsOnly} the solve changes no shift at all: every published shift and day off of the week stays as
     * it is and only the week's sessions are placed on them (it needs the week published for those clients, and
     * refuses {@code replanPublished}).
     */
    public record ScheduleRequest(
            @NotNull LocalDate weekStart,
            @Size(max = 20) List<@NotBlank @Size(max = 64) String> clientIds,
            Integer solveSeconds,
            Boolean replanPublished,
            Boolean sessionsOnly) {}

    public record ScheduleView(
            long id,
            LocalDate weekStart,
            List<String> clientIds,
            ScheduleStatus status,
            String score,
            int solveSeconds,
            boolean replanPublished,
            boolean sessionsOnly,
            KpisView kpis,
            String message,
            String requestedBy,
            Instant createdAt,
            Instant startedAt,
            Instant finishedAt,
            Instant publishedAt,
            String solvedBy,
            List<PartView> parts,
            List<ShiftView> shifts,
            List<ActivityView> activities,
            List<UnplacedActivityView> unplacedActivities) {}

    /**
     * A placed session of a meeting, a coaching or a training: its attendees (agents) are away from contacts for its
     * length, with the supervisor where it has one.
     */
    public record ActivityView(
            String key,
            String kind,
            String name,
            String teamName,
            String supervisorId,
            String supervisorName,
            List<String> agentIds,
            Instant start,
            Instant end) {

        public static ActivityView of(ScheduledActivity session) {
            return new ActivityView(
                    session.key(),
                    session.kind(),
                    session.name(),
                    session.teamName(),
                    session.supervisorId(),
                    session.supervisorName(),
                    session.agentIds(),
                    session.start(),
                    session.end());
        }
    }

    /** A session the schedule leaves out, with why; {@code sentence} says both in one line. */
    public record UnplacedActivityView(String key, String kind, String name, String reason, String sentence) {

        public static UnplacedActivityView of(UnplacedActivity session) {
            return new UnplacedActivityView(
                    session.key(), session.kind(), session.name(), session.reason(), session.sentence());
        }
    }

    /**
     * One part of a job split into groups of clients that share no agent: solved on its own, possibly on another
     * replica, for its share of the job's time ({@code solveSeconds}, set when it starts). Its score leaves out
     * fairness across the whole week, which the job's score has.
     */
    public record PartView(
            int partNo,
            List<String> clientIds,
            int agents,
            ScheduleStatus status,
            String score,
            String solvedBy,
            Integer solveSeconds,
            Instant startedAt,
            Instant finishedAt) {}

    /** A shift with its breaks (placed on a 15-minute grid where they cost least). */
    public record ShiftView(
            long id,
            String agentId,
            String clientId,
            Channel channel,
            Instant start,
            Instant end,
            List<BreakView> breaks) {}

    public record BreakView(Instant start, Instant end) {}

    /**
     * @param score            the schedule's score against the data as it is now
     * @param unmatchedShifts  stored shifts that no longer fit the current data (availability or contract changed)
     */
    public record ExplanationView(
            long scheduleId, String score, int unmatchedShifts, List<ScheduleExplanation.Item> items) {}
}
