package org.openwfm.activity;

import java.time.DayOfWeek;
import java.util.List;
import org.openwfm.activity.ActivityDto.WindowDto;
import org.openwfm.shared.time.MinuteOfDay;

/** The one place where activities move between the API shape and the entity. */
final class ActivityMapper {

    /** A weekly activity that the request leaves unranked is in the middle of 1 to 10. */
    static final int DEFAULT_PRIORITY = 5;

    private ActivityMapper() {}

    /** @param supervisorId the supervisor in effect (the team's, for a team's activity), or null */
    static ActivityDto toDto(Activity activity, String supervisorId) {
        return new ActivityDto(
                activity.id,
                activity.kind,
                activity.name,
                activity.teamId,
                activity.teamId == null ? List.copyOf(activity.agentIds) : null,
                supervisorId,
                activity.lengthMinutes,
                activity.sessions,
                new WindowDto(
                        days(activity),
                        MinuteOfDay.format(activity.windowStartMinute),
                        MinuteOfDay.format(activity.windowEndMinute),
                        activity.windowTimeZone),
                activity.placement,
                activity.priority,
                activity.validFrom,
                activity.validUntil,
                activity.createdBy,
                activity.createdAt);
    }

    static List<DayOfWeek> days(Activity activity) {
        return activity.windowDays.stream().sorted().toList();
    }

    /** A checked request as a new row; {@code zone} is the window's zone in effect. */
    static Activity toEntity(ActivityDto dto, String zone) {
        Activity activity = new Activity();
        activity.kind = dto.kind();
        activity.name =
                dto.name() == null || dto.name().isBlank() ? null : dto.name().trim();
        activity.teamId = dto.teamId();
        // A team's activity follows its team's supervisor; only one named apart from a team is kept.
        activity.supervisorId = dto.teamId() == null ? dto.supervisorId() : null;
        activity.agentIds.addAll(dto.teamId() == null ? listOf(dto.agentIds()) : List.of());
        activity.lengthMinutes = dto.lengthMinutes();
        activity.sessions = dto.sessions() == null ? 1 : dto.sessions();
        activity.windowStartMinute = MinuteOfDay.parse(dto.window().start());
        activity.windowEndMinute = MinuteOfDay.parse(dto.window().end());
        activity.windowTimeZone = zone;
        activity.windowDays.addAll(dto.window().days());
        activity.placement = dto.placement();
        activity.priority = dto.priority() == null ? DEFAULT_PRIORITY : dto.priority();
        activity.validFrom = dto.validFrom();
        activity.validUntil = dto.validUntil();
        return activity;
    }

    static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }
}
