package org.openwfm.schedule;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.openwfm.roster.domain.ScheduledShift;

/**
 * What the publish rules look at, gathered under the publish lock.
 *
 * @param planned        the schedule's shifts
 * @param sharingClients the week's published schedules that plan one of its clients: the ones it replaces
 * @param replaced       the published shifts of those schedules
 * @param clashes        how its shifts would clash with other published shifts, worked out only when asked
 * @param outsideHours   its new shifts that leave their agents' hours as they stand now, worked out only when asked
 * @param sessionClashes how its sessions would clash with sessions of other published schedules, worked out only
 *                       when asked
 */
record PublishCandidate(
        Schedule schedule,
        List<ScheduledShift> planned,
        List<Schedule> sharingClients,
        List<PublishedShift> replaced,
        Supplier<List<String>> clashes,
        Supplier<List<String>> outsideHours,
        Supplier<List<String>> sessionClashes) {

    /** A candidate whose sessions clash with none published. */
    PublishCandidate(
            Schedule schedule,
            List<ScheduledShift> planned,
            List<Schedule> sharingClients,
            List<PublishedShift> replaced,
            Supplier<List<String>> clashes,
            Supplier<List<String>> outsideHours) {
        this(schedule, planned, sharingClients, replaced, clashes, outsideHours, List::of);
    }

    /** A candidate whose shifts all lie in their agents' hours and whose sessions clash with none published. */
    PublishCandidate(
            Schedule schedule,
            List<ScheduledShift> planned,
            List<Schedule> sharingClients,
            List<PublishedShift> replaced,
            Supplier<List<String>> clashes) {
        this(schedule, planned, sharingClients, replaced, clashes, List::of, List::of);
    }

    /** The published schedules it replaces. */
    List<Long> superseded() {
        return sharingClients.stream().map(s -> s.id).toList();
    }

    /** When its solve began, which every schedule it replaces must predate. */
    Instant plannedAt() {
        return schedule.startedAt == null ? schedule.createdAt : schedule.startedAt;
    }
}
