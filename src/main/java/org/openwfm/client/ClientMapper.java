package org.openwfm.client;

import java.util.Comparator;
import java.util.List;
import org.openwfm.client.ClientDto.ChannelDto;
import org.openwfm.client.ClientDto.OpeningHoursDto;
import org.openwfm.shared.time.Grain;
import org.openwfm.shared.time.MinuteOfDay;

/** The one place where clients move between the API shape and the persistence entities. */
public final class ClientMapper {

    // Defaults for omitted coverage rules: the industry's common 80/20 goal and typical planning values.
    static final double DEFAULT_SERVICE_LEVEL_TARGET = 0.80;
    static final int DEFAULT_ANSWER_WITHIN_SECONDS = 20;
    static final double DEFAULT_MAX_OCCUPANCY = 0.85;
    static final double DEFAULT_SHRINKAGE = 0.30;
    static final int DEFAULT_RELEASE_NOTICE_HOURS = 24;

    private ClientMapper() {}

    public static ClientDto toDto(Client client) {
        List<ChannelDto> channels =
                client.channels.stream().map(ClientMapper::toDto).toList();
        return new ClientDto(client.id, client.name, client.timeZone, channels, client.version);
    }

    static ChannelDto toDto(ClientChannel c) {
        List<OpeningHoursDto> hours = c.openingHours.stream()
                .sorted(Comparator.comparing((OpeningHours h) -> h.dayOfWeek).thenComparingInt(h -> h.openMinute))
                .map(h -> new OpeningHoursDto(
                        h.dayOfWeek, MinuteOfDay.format(h.openMinute), MinuteOfDay.format(h.closeMinute)))
                .toList();
        return new ChannelDto(
                c.channel,
                c.intervalMinutes,
                c.serviceLevelTarget,
                c.answerWithinSeconds,
                c.maxOccupancy,
                c.shrinkage,
                c.minAgents,
                c.concurrency,
                c.patienceSeconds,
                c.maxAbandonRate,
                c.releaseNoticeHours,
                hours,
                c.tradesNeedApproval);
    }

    /** Writes a validated DTO onto the entity, updating channels in place so their ids survive a PUT. */
    static void apply(ClientDto dto, Client client) {
        client.name = dto.name().trim();
        client.timeZone = dto.timeZone().trim();
        client.channels.removeIf(existing -> dto.channels().stream().noneMatch(c -> c.channel() == existing.channel));
        for (ChannelDto channelDto : dto.channels()) {
            ClientChannel channel = client.channel(channelDto.channel()).orElseGet(() -> {
                ClientChannel created = new ClientChannel();
                created.client = client;
                created.channel = channelDto.channel();
                client.channels.add(created);
                return created;
            });
            apply(channelDto, channel);
        }
    }

    private static void apply(ChannelDto dto, ClientChannel channel) {
        channel.intervalMinutes = intervalMinutes(dto);
        channel.serviceLevelTarget = orDefault(dto.serviceLevelTarget(), DEFAULT_SERVICE_LEVEL_TARGET);
        channel.answerWithinSeconds = orDefault(dto.answerWithinSeconds(), DEFAULT_ANSWER_WITHIN_SECONDS);
        channel.maxOccupancy = orDefault(dto.maxOccupancy(), DEFAULT_MAX_OCCUPANCY);
        channel.shrinkage = orDefault(dto.shrinkage(), DEFAULT_SHRINKAGE);
        channel.minAgents = orDefault(dto.minAgents(), 0);
        channel.concurrency = orDefault(dto.concurrency(), 1);
        channel.patienceSeconds = dto.patienceSeconds();
        channel.maxAbandonRate = dto.maxAbandonRate();
        channel.releaseNoticeHours = orDefault(dto.releaseNoticeHours(), DEFAULT_RELEASE_NOTICE_HOURS);
        channel.tradesNeedApproval = orDefault(dto.tradesNeedApproval(), false);
        channel.openingHours.clear();
        if (dto.openingHours() != null) {
            dto.openingHours()
                    .forEach(h -> channel.openingHours.add(new OpeningHours(
                            h.dayOfWeek(), MinuteOfDay.parse(h.open()), MinuteOfDay.parse(h.close()))));
        }
    }

    static int intervalMinutes(ChannelDto dto) {
        return orDefault(dto.intervalMinutes(), Grain.DEFAULT_MINUTES);
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
