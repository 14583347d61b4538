package org.openwfm.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.openwfm.roster.domain.ScheduledShift;

/**
 * Asks every {@link PublishRule} of a schedule, in order, and refuses with the first one broken. Runs inside
 * the publish transaction, under the publish lock and every agent's row, so nothing changes between the
 * checks and the commit.
 */
@ApplicationScoped
class PublishChecks {

    @Inject
    ScheduleStore store;

    @Inject
    ShiftStore shiftStore;

    @Inject
    PublishClashes clashes;

    @Inject
    PublishHours hours;

    @Inject
    ActivityStore activities;

    /** The published schedules it replaces, once it passes every rule; otherwise the first rule's refusal. */
    List<Long> requirePublishable(Schedule schedule) {
        PublishCandidate candidate = candidate(schedule);
        for (PublishRule rule : PublishRule.values()) {
            rule.check(candidate).ifPresent(refusal -> {
                throw refusal;
            });
        }
        return candidate.superseded();
    }

    private PublishCandidate candidate(Schedule schedule) {
        List<ScheduledShift> planned = shiftStore.shifts(schedule.id);
        List<Schedule> sharingClients = store.publishedForWeek(schedule.weekStart).stream()
                .filter(published -> ClientLists.overlap(published.clientIdList(), schedule.clientIdList()))
                .toList();
        List<Long> ids = sharingClients.stream().map(s -> s.id).toList();
        List<PublishedShift> replaced = shiftStore.publishedAround(schedule.weekStart).stream()
                .filter(p -> ids.contains(p.scheduleId()))
                .toList();
        return new PublishCandidate(
                schedule,
                planned,
                sharingClients,
                replaced,
                () -> clashes.withPublished(planned, schedule.weekStart, ids),
                () -> hours.outside(planned, replaced),
                () -> clashes.sessionsWithPublished(activities.placed(schedule.id), schedule.weekStart, ids));
    }
}
