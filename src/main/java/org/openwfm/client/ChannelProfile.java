package org.openwfm.client;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A client channel's coverage rules as other features read them: an immutable copy, so no feature but
 * {@code client} holds a channel row.
 */
public record ChannelProfile(
        Channel channel,
        int intervalMinutes,
        double serviceLevelTarget,
        int answerWithinSeconds,
        double maxOccupancy,
        double shrinkage,
        int minAgents,
        int concurrency,
        Integer patienceSeconds,
        Double maxAbandonRate,
        int releaseNoticeHours,
        List<Opening> openingHours,
        boolean tradesNeedApproval) {

    /** One opening span on one weekday, in the client's zone, as minutes of the day. */
    public record Opening(DayOfWeek dayOfWeek, int openMinute, int closeMinute) {}

    public ChannelProfile {
        openingHours = List.copyOf(openingHours);
    }

    static ChannelProfile of(ClientChannel row) {
        return new ChannelProfile(
                row.channel,
                row.intervalMinutes,
                row.serviceLevelTarget,
                row.answerWithinSeconds,
                row.maxOccupancy,
                row.shrinkage,
                row.minAgents,
                row.concurrency,
                row.patienceSeconds,
                row.maxAbandonRate,
                row.releaseNoticeHours,
                row.openingHours.stream()
                        .map(h -> new Opening(h.dayOfWeek, h.openMinute, h.closeMinute))
                        .toList(),
                row.tradesNeedApproval);
    }

    /**
     * Whether the channel takes contacts at this wall-clock moment in the client's zone. A channel with
     * no opening hours is open around the clock.
     */
    public boolean isOpenAt(ZonedDateTime clientLocal) {
        if (openingHours.isEmpty()) {
            return true;
        }
        int minute = clientLocal.getHour() * 60 + clientLocal.getMinute();
        return openingHours.stream()
                .anyMatch(h ->
                        h.dayOfWeek == clientLocal.getDayOfWeek() && h.openMinute <= minute && minute < h.closeMinute);
    }
}
