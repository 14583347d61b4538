package org.openwfm.schedule;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.util.List;
import java.util.Optional;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.schedule.api.ScheduleStatus;
import org.openwfm.shared.error.DomainException;
import org.openwfm.shared.error.RequestRefusedException;
import org.openwfm.shared.error.StateConflictException;

/** Every rule a schedule must pass to be published, in the order they are asked, each with its refusal. */
enum PublishRule {
    /** A queued or solving schedule is still changing; only a finished solve is worth giving to agents. */
    SOLVED {
        @Override
        Optional<DomainException> check(PublishCandidate c) {
            Schedule s = c.schedule();
            return s.status == ScheduleStatus.SOLVED || s.status == ScheduleStatus.CANCELLED
                    ? Optional.empty()
                    : Optional.of(new StateConflictException(
                            "Schedule " + s.id + " is " + s.status + "; only a solved schedule can be published"));
        }
    },

    /** Agents are only ever given schedules that keep every hard rule. */
    FEASIBLE {
        @Override
        Optional<DomainException> check(PublishCandidate c) {
            Schedule s = c.schedule();
            return feasible(s.score)
                    ? Optional.empty()
                    : Optional.of(new RequestRefusedException(
                            "Schedule " + s.id + " breaks hard rules (" + s.score + ") and cannot be published"));
        }
    },

    /**
     * It may replace only published schedules within its own clients and older than its plan: anything else
     * would overwrite clients it never planned, or newer work it never saw.
     */
    REPLACES_ONLY_OLDER_OF_ITS_CLIENTS {
        @Override
        Optional<DomainException> check(PublishCandidate c) {
            Schedule s = c.schedule();
            return c.sharingClients().stream()
                    .filter(published -> !ClientLists.covers(s.clientIdList(), published.clientIdList())
                            || published.publishedAt.isAfter(c.plannedAt()))
                    .findFirst()
                    .map(published -> new StateConflictException("Schedule " + published.id
                            + " is published for the week of " + s.weekStart
                            + " with other clients, or after this one was planned; re-plan the week"));
        }
    },

    /** Without a record of the published week it was planned from, no one can tell what changed since. */
    PLANNED_FROM_KNOWN {
        @Override
        Optional<DomainException> check(PublishCandidate c) {
            return c.sharingClients().isEmpty() || c.schedule().plannedFrom != null
                    ? Optional.empty()
                    : Optional.of(new StateConflictException("Schedule " + c.schedule().id
                            + " was planned before this service tracked claims and releases; re-plan the week"));
        }
    },

    /** Claims and releases made since it was planned would be silently undone. */
    UNCHANGED_SINCE_PLANNED {
        @Override
        Optional<DomainException> check(PublishCandidate c) {
            Schedule s = c.schedule();
            return c.sharingClients().isEmpty()
                            || ShiftStore.digest(c.replaced()).equals(s.plannedFrom)
                    ? Optional.empty()
                    : Optional.of(new StateConflictException("Claims or releases changed the published week of "
                            + s.weekStart + " after schedule " + s.id + " was planned; re-plan the week"));
        }
    },

    /** Unless asked to re-plan published shifts, publishing never takes a shift away from an agent. */
    KEEPS_PUBLISHED_SHIFTS {
        @Override
        Optional<DomainException> check(PublishCandidate c) {
            if (c.schedule().replanPublished) {
                return Optional.empty();
            }
            List<ScheduledShift> dropped = c.replaced().stream()
                    .map(PublishedShift::shift)
                    .filter(kept -> c.planned().stream().noneMatch(s -> PublishClashes.sameShift(s, kept)))
                    .toList();
            return dropped.isEmpty()
                    ? Optional.empty()
                    : Optional.of(new StateConflictException("Publishing would drop " + dropped.size()
                            + " published shift(s), such as " + PublishClashes.describe(dropped.get(0))
                            + "; re-plan the week again"));
        }
    },

    /**
     * The solve planned with the agents' hours of its time; hours changed since (an agent's change from this week, a
     * planner's edit) must not be overridden by publishing shifts outside them.
     */
    WITHIN_AGENTS_HOURS {
        @Override
        Optional<DomainException> check(PublishCandidate c) {
            List<String> outside = c.outsideHours().get();
            return outside.isEmpty()
                    ? Optional.empty()
                    : Optional.of(new StateConflictException("Agents' hours changed after schedule "
                            + c.schedule().id + " was planned: " + String.join("; ", outside)
                            + "; re-plan the week"));
        }
    },

    /** Schedules solved side by side can each be fine and still double-book, crowd or overwork one agent. */
    NO_CLASH_WITH_PUBLISHED {
        @Override
        Optional<DomainException> check(PublishCandidate c) {
            List<String> clashes = c.clashes().get();
            return clashes.isEmpty()
                    ? Optional.empty()
                    : Optional.of(new StateConflictException("Schedule " + c.schedule().id
                            + " would double-book, crowd or overwork agents with published shifts: "
                            + String.join("; ", clashes)));
        }
    },

    /**
     * Schedules for other clients solved side by side each see only the sessions published before they were solved:
     * together they could put a supervisor or an agent in two sessions at once, or place one session twice.
     */
    NO_SESSION_CLASH_WITH_PUBLISHED {
        @Override
        Optional<DomainException> check(PublishCandidate c) {
            List<String> clashes = c.sessionClashes().get();
            return clashes.isEmpty()
                    ? Optional.empty()
                    : Optional.of(new StateConflictException("Schedule " + c.schedule().id
                            + " would put people in two sessions at once, or place a session again, with published"
                            + " schedules: " + String.join("; ", clashes) + "; re-plan the week"));
        }
    };

    /** The refusal when the candidate breaks this rule, or empty when it keeps it. */
    abstract Optional<DomainException> check(PublishCandidate candidate);

    /** Read through the score API; a missing or unreadable score proves nothing, so it is not feasible. */
    static boolean feasible(String score) {
        if (score == null) {
            return false;
        }
        try {
            return HardMediumSoftScore.parseScore(score).isFeasible();
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}
