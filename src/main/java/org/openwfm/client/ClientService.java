package org.openwfm.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openwfm.client.ClientDto.ChannelDto;
import org.openwfm.client.ClientDto.OpeningHoursDto;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.error.Violation;
import org.openwfm.shared.time.Grain;
import org.openwfm.shared.time.WeeklyRanges;
import org.openwfm.shared.time.Zones;

@ApplicationScoped
public class ClientService {

    static final String ID_PATTERN = "[a-z0-9][a-z0-9_-]{0,63}";

    @Inject
    ClientRepository clients;

    @Inject
    EntityManager em;

    @Inject
    CertifiedAgents certifications;

    @Inject
    StoredForecasts forecasts;

    @Transactional
    public List<ClientDto> listClients() {
        return clients.listWithChannels().stream().map(ClientMapper::toDto).toList();
    }

    @Transactional
    public Optional<ClientDto> findClientById(String id) {
        return clients.findByIdOptional(id).map(ClientMapper::toDto);
    }

    @Transactional
    public ClientDto createClient(ClientDto dto) {
        List<Violation> errors = validate(dto);
        if (dto.id() == null || !dto.id().matches(ID_PATTERN)) {
            errors.add(0, Violation.ofField("id", "must be 1 to 64 lower-case letters, digits, '-' or '_'"));
        }
        throwIfAny(errors);
        if (clients.findById(dto.id()) != null) {
            throw ProblemException.conflict("Client '" + dto.id() + "' already exists");
        }
        Client client = new Client();
        client.id = dto.id();
        ClientMapper.apply(dto, client);
        clients.persist(client);
        clients.flush();
        return ClientMapper.toDto(client);
    }

    @Transactional
    public ClientDto replaceClient(String id, ClientDto dto) {
        List<Violation> errors = validate(dto);
        if (dto.id() != null && !dto.id().equals(id)) {
            errors.add(0, Violation.ofField("id", "must match the id in the path"));
        }
        throwIfAny(errors);
        Client client = clients.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Client", id));
        if (dto.version() == null) {
            throw ProblemException.invalidField(
                    "version", "is required: send the version you read, so no update is lost");
        }
        if (dto.version() != client.version) {
            throw ProblemException.conflict("Client '" + id + "' is at version " + client.version + ", not "
                    + dto.version() + "; read it again and retry");
        }
        for (ClientChannel existing : client.channels) {
            var replacement = dto.channels().stream()
                    .filter(c -> c.channel() == existing.channel)
                    .findFirst();
            if (replacement.isEmpty()) {
                refuseIfInUse(id, existing.channel, "remove channel " + existing.channel + " of");
            } else if (ClientMapper.intervalMinutes(replacement.get()) != existing.intervalMinutes) {
                // Stored forecast volumes are per interval: another grain would misread every one of them.
                refuseIfForecast(id, existing.channel, "change the interval of " + existing.channel + " of");
            }
        }
        long before = client.version;
        ClientMapper.apply(dto, client);
        clients.flush();
        if (client.version == before) {
            // Only channel rows changed, which leaves the client row alone; one PUT is still one new version.
            em.lock(client, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        return ClientMapper.toDto(client);
    }

    @Transactional
    public boolean deleteClient(String id) {
        Client client = clients.findById(id);
        if (client == null) {
            return false;
        }
        refuseIfInUse(id, null, "delete");
        clients.delete(client);
        return true;
    }

    /** Agents certified for it, and forecasts and actuals about it, would be left pointing at nothing. */
    private void refuseIfInUse(String clientId, Channel channel, String action) {
        long certified = certifications.certificationsFor(clientId, channel);
        long forecastRows = forecasts.intervalsOf(clientId, channel);
        long actualRows = forecasts.actualIntervalsOf(clientId, channel);
        if (certified > 0 || forecastRows > 0 || actualRows > 0) {
            throw ProblemException.conflict("Cannot " + action + " client '" + clientId + "': " + certified
                    + " agent certification(s), " + forecastRows + " forecast interval(s) and " + actualRows
                    + " actual interval(s) refer to it");
        }
    }

    private void refuseIfForecast(String clientId, Channel channel, String action) {
        long forecastRows = forecasts.intervalsOf(clientId, channel);
        if (forecastRows > 0) {
            throw ProblemException.conflict("Cannot " + action + " client '" + clientId + "': " + forecastRows
                    + " forecast interval(s) are stored on the current interval");
        }
    }

    private static List<Violation> validate(ClientDto dto) {
        List<Violation> errors = new ArrayList<>();
        if (!Zones.isRegionId(dto.timeZone())) {
            errors.add(Violation.ofField("timeZone", "must be an IANA zone such as America/New_York"));
        }
        Set<Channel> seen = new HashSet<>();
        for (int i = 0; i < dto.channels().size(); i++) {
            ChannelDto channel = dto.channels().get(i);
            String at = "channels[" + i + "]";
            if (!seen.add(channel.channel())) {
                errors.add(Violation.ofField(at + ".channel", channel.channel() + " is listed twice"));
            }
            if (channel.intervalMinutes() != null && !Grain.ALLOWED_MINUTES.contains(channel.intervalMinutes())) {
                errors.add(Violation.ofField(at + ".intervalMinutes", "must be 15 or 30"));
            }
            if (channel.maxAbandonRate() != null && channel.patienceSeconds() == null) {
                errors.add(Violation.ofField(
                        at + ".maxAbandonRate", "needs patienceSeconds: abandonment is modelled only with patience"));
            }
            errors.addAll(WeeklyRanges.check(
                    at + ".openingHours",
                    channel.openingHours(),
                    OpeningHoursDto::dayOfWeek,
                    new WeeklyRanges.Field<>("open", OpeningHoursDto::open),
                    new WeeklyRanges.Field<>("close", OpeningHoursDto::close)));
        }
        return errors;
    }

    private static void throwIfAny(List<Violation> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.size() + " field(s) are invalid", errors);
        }
    }
}
