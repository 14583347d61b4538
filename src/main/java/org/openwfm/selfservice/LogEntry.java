package org.openwfm.selfservice;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.openwfm.client.Channel;

/**
 * One claim or release as the audit log keeps it: who, what, when and why.
 *
 * @param action        what was tried ({@link LogAction})
 * @param outcome       how it ended ({@link LogOutcome})
 * @param seats         seats per interval (a planner's release; 1 for an agent)
 * @param minutes       the length of the claimed or released range
 * @param noticeMinutes for releases: how long before the released hours started
 * @param reason        why it was refused, or the reason the releaser gave
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LogEntry(
        long id,
        Instant at,
        String username,
        String agentId,
        LogAction action,
        LogOutcome outcome,
        String clientId,
        Channel channel,
        Instant start,
        Instant end,
        Integer seats,
        Long minutes,
        Long shiftId,
        Long noticeMinutes,
        String reason) {

    /** An entry to append: the log gives it its id and time. */
    public static LogEntry of(
            String username,
            String agentId,
            LogAction action,
            LogOutcome outcome,
            String clientId,
            Channel channel,
            Instant start,
            Instant end,
            Integer seats,
            Long minutes,
            Long shiftId,
            Long noticeMinutes,
            String reason) {
        return new LogEntry(
                0,
                null,
                username,
                agentId,
                action,
                outcome,
                clientId,
                channel,
                start,
                end,
                seats,
                minutes,
                shiftId,
                noticeMinutes,
                reason);
    }
}
