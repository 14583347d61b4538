package org.openwfm.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.schedule.api.ScheduleStatus;
import org.openwfm.shared.time.TimeSpan;

/**
 * The schedule feature's side of {@link PublishedWeeks}: the stores answer, and entities become values
 * here. Shifts are changed by id; inside the caller's transaction the entity read before is the one
 * found again, so a claim or release writes exactly what it did when it held the entity itself.
 */
@ApplicationScoped
class PublishedSchedules implements PublishedWeeks {

    @Inject
    ScheduleStore schedules;

    @Inject
    ShiftStore shifts;

    @Inject
    ActivityStore activities;

    @Override
    @Transactional
    public Optional<Week> covering(LocalDate weekStart, String clientId) {
        return schedules.publishedForWeek(weekStart).stream()
                .filter(s -> s.clientIdList().isEmpty() || s.clientIdList().contains(clientId))
                .findFirst()
                .map(PublishedSchedules::week);
    }

    @Override
    @Transactional
    public Week openEmpty(LocalDate weekStart, String clientId, String requestedBy) {
        return week(schedules.publishEmpty(weekStart, clientId, requestedBy));
    }

    @Override
    @Transactional
    public void lockPublishing() {
        schedules.lockPublishing();
    }

    @Override
    @Transactional
    public List<ScheduledShift> shiftsOf(long scheduleId) {
        return shifts.shifts(scheduleId);
    }

    @Override
    @Transactional
    public List<Shift> shiftsOfAgent(String agentId, Instant from, Instant to) {
        return shifts.publishedOfAgent(agentId, from, to).stream()
                .map(PublishedSchedules::shift)
                .toList();
    }

    @Override
    @Transactional
    public List<Shift> shiftsOfAgentWithBreaks(String agentId, Instant from, Instant to) {
        List<ScheduleShiftRecord> records = shifts.publishedOfAgent(agentId, from, to);
        Map<Long, List<TimeSpan>> breaks =
                shifts.breaksOfShifts(records.stream().map(r -> r.id).toList());
        return records.stream()
                .map(r -> new Shift(r.id, r.scheduleId, r.toShift(breaks.getOrDefault(r.id, List.of()))))
                .toList();
    }

    @Override
    @Transactional
    public List<ScheduledShift> shiftsOnChannel(ChannelKey channel, Instant from, Instant to) {
        return shifts.publishedOnChannel(channel, from, to);
    }

    @Override
    @Transactional
    public List<ScheduledActivity> activitiesOf(String agentId, Instant from, Instant to) {
        return activities.publishedOverlapping(List.of(agentId), null, from, to);
    }

    @Override
    @Transactional
    public List<ScheduledActivity> activitiesOfAgents(Collection<String> agentIds, Instant from, Instant to) {
        return activities.publishedOverlapping(agentIds, null, from, to);
    }

    @Override
    @Transactional
    public List<ScheduledActivity> activitiesIn(long scheduleId) {
        return activities.placed(scheduleId);
    }

    @Override
    @Transactional
    public Optional<Shift> publishedShift(long shiftId) {
        ScheduleShiftRecord record = shifts.find(shiftId);
        boolean published = record != null
                && schedules
                        .find(record.scheduleId)
                        .filter(s -> s.status == ScheduleStatus.PUBLISHED)
                        .isPresent();
        return published ? Optional.of(shift(record)) : Optional.empty();
    }

    @Override
    @Transactional
    public Shift add(long scheduleId, ScheduledShift shift) {
        return new Shift(shifts.insert(scheduleId, shift).id, scheduleId, shift);
    }

    @Override
    @Transactional
    public Shift move(Shift shift, TimeSpan span, List<TimeSpan> breaks) {
        shifts.move(shifts.find(shift.shiftId()), span.start(), span.end(), breaks);
        ScheduledShift was = shift.shift();
        return new Shift(
                shift.shiftId(),
                shift.scheduleId(),
                new ScheduledShift(was.agentId(), was.channel(), span.start(), span.end(), breaks));
    }

    @Override
    @Transactional
    public void remove(Shift shift) {
        shifts.delete(shifts.find(shift.shiftId()));
    }

    private static Week week(Schedule schedule) {
        return new Week(schedule.id, schedule.weekStart, schedule.clientIdList());
    }

    private static Shift shift(ScheduleShiftRecord record) {
        return new Shift(record.id, record.scheduleId, record.toShift(List.of()));
    }
}
