package org.openwfm.workforce;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.openwfm.workforce.AgentDto.AvailabilityDto;
import org.openwfm.workforce.AgentDto.CertificationDto;
import org.openwfm.workforce.AgentDto.ContractDto;
import org.openwfm.workforce.AgentDto.TimeOffDto;

/** The one place where agents move between the API shape and the persistence entities. */
public final class AgentMapper {

    private AgentMapper() {}

    /**
     * The agent with the hours in effect this week ({@code thisWeek}, its Monday in the agent's zone) and the changes
     * still to come.
     */
    static AgentDto toDto(Agent agent, List<HoursChange> applying, LocalDate thisWeek) {
        AgentProfile now = AgentProfile.of(agent, applying, thisWeek);
        List<HoursChangeView> scheduled = applying.stream()
                .filter(c -> c.effectiveFrom.isAfter(thisWeek))
                .sorted(Comparator.comparing((HoursChange c) -> c.effectiveFrom))
                .map(HoursChangeView::of)
                .toList();
        return toDto(agent, now.availability(), now.preferredHours(), scheduled);
    }

    private static AgentDto toDto(
            Agent agent,
            List<Availability> availabilityNow,
            List<Availability> preferredNow,
            List<HoursChangeView> scheduled) {
        Contract c = agent.contract;
        ContractDto contract = new ContractDto(
                c.minWeeklyHours,
                c.maxWeeklyHours,
                c.maxDailyHours,
                c.minShiftHours,
                c.maxShiftHours,
                c.minRestHours,
                c.maxConsecutiveDays,
                c.breakMinutes,
                c.breakEveryHours,
                c.mealMinutes,
                c.mealAfterHours);
        List<CertificationDto> certifications = agent.certifications.stream()
                .map(x -> new CertificationDto(x.clientId, x.channel))
                .toList();
        List<AvailabilityDto> availability = WeeklyHours.toDtos(availabilityNow);
        List<TimeOffDto> timeOff = agent.timeOff.stream()
                .map(t -> new TimeOffDto(t.start, t.end, t.reason))
                .toList();
        return new AgentDto(
                agent.id,
                agent.name,
                agent.timeZone,
                certifications,
                contract,
                availability,
                timeOff,
                WeeklyHours.toDtos(preferredNow),
                agent.version,
                scheduled);
    }

    /** Writes a validated DTO onto the entity. */
    static void apply(AgentDto dto, Agent agent) {
        agent.name = dto.name().trim();
        agent.timeZone = dto.timeZone().trim();
        ContractDto c = dto.contract();
        agent.contract.minWeeklyHours = c.minWeeklyHours();
        agent.contract.maxWeeklyHours = c.maxWeeklyHours();
        agent.contract.maxDailyHours = c.maxDailyHours();
        agent.contract.minShiftHours = c.minShiftHours();
        agent.contract.maxShiftHours = c.maxShiftHours();
        agent.contract.minRestHours = c.minRestHours();
        agent.contract.maxConsecutiveDays = c.maxConsecutiveDays();
        Contract defaults = new Contract();
        agent.contract.breakMinutes = c.breakMinutes() == null ? defaults.breakMinutes : c.breakMinutes();
        agent.contract.breakEveryHours = c.breakEveryHours() == null ? defaults.breakEveryHours : c.breakEveryHours();
        agent.contract.mealMinutes = c.mealMinutes() == null ? defaults.mealMinutes : c.mealMinutes();
        agent.contract.mealAfterHours = c.mealAfterHours() == null ? defaults.mealAfterHours : c.mealAfterHours();
        agent.certifications.clear();
        listOf(dto.certifications())
                .forEach(x -> agent.certifications.add(new Certification(x.clientId(), x.channel())));
        agent.availability.clear();
        agent.availability.addAll(WeeklyHours.toRows(dto.availability()));
        agent.preferredHours.clear();
        agent.preferredHours.addAll(WeeklyHours.toRows(dto.preferredHours()));
        agent.timeOff.clear();
        listOf(dto.timeOff()).forEach(t -> agent.timeOff.add(new TimeOff(t.start(), t.end(), t.reason())));
    }

    static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }
}
