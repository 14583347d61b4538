package org.openwfm.roster.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openwfm.client.ChannelKey;
import org.openwfm.client.Client;
import org.openwfm.client.ClientChannel;
import org.openwfm.client.ClientRepository;
import org.openwfm.roster.domain.BreakOffset;
import org.openwfm.roster.domain.CoverageSlot;
import org.openwfm.roster.domain.IndexRange;
import org.openwfm.roster.domain.PlanningAgent;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.domain.ShiftOption;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.staffing.IntervalStaffing;
import org.openwfm.staffing.StaffingService;
import org.openwfm.staffing.WeekStaffing;
import org.openwfm.workforce.Agent;
import org.openwfm.workforce.AgentRepository;
import org.openwfm.workforce.BreakTerms;
import org.openwfm.workforce.Contract;
import org.openwfm.workforce.ContractTerms;

/**
 * The one place where clients, agents and staffing become a roster to solve. Time is resolved here:
 * every local time (opening hours, availability) becomes planning intervals on the UTC grain, in the
 * zone it belongs to, so the solver never sees a zone or a DST change.
 */
@ApplicationScoped
public class RosterProblemBuilder {

    @Inject
    ClientRepository clients;

    @Inject
    AgentRepository agents;

    @Inject
    StaffingService staffingService;

    /** The week as it stands, with no published shifts to keep. */
    public RosterProblem build(LocalDate weekStart, List<String> clientIds) {
        return build(weekStart, clientIds, List.of(), true);
    }

    /**
     * The week to plan. Published shifts on the planned channels are pinned unless {@code replanPublished};
     * published shifts on other channels take their agent's time (with rest around them) and weekly hours.
     */
    @Transactional
    public RosterProblem build(
            LocalDate weekStart, List<String> clientIds, List<ScheduledShift> published, boolean replanPublished) {
        List<Client> selected = selectClients(clientIds);
        int grain = commonGrain(selected);
        Map<ChannelKey, WeekStaffing> staffing = new LinkedHashMap<>();
        for (Client client : selected) {
            for (ClientChannel channel : client.channels) {
                staffing.put(
                        new ChannelKey(client.id, channel.channel),
                        staffingService.weekStaffing(client.id, channel.channel, weekStart));
            }
        }
        Instant horizonStart = staffing.values().stream()
                .map(w -> w.intervals().get(0).start())
                .min(Comparator.naturalOrder())
                .orElseThrow();
        Instant horizonEnd = staffing.values().stream()
                .map(w -> w.intervals().get(w.intervals().size() - 1).end())
                .max(Comparator.naturalOrder())
                .orElseThrow();
        Horizon horizon = new Horizon(horizonStart, horizonEnd, grain);

        Map<ChannelKey, CoverageSlot[]> slotsByChannel = new HashMap<>();
        List<CoverageSlot> slots = new ArrayList<>();
        staffing.forEach((key, week) -> {
            CoverageSlot[] byIndex = new CoverageSlot[horizon.intervals()];
            for (IntervalStaffing interval : week.intervals()) {
                int index = horizon.indexOf(interval.start());
                CoverageSlot slot = new CoverageSlot(
                        key,
                        index,
                        grain,
                        interval.open(),
                        interval.requirement().agentsWithShrinkage(),
                        interval.contacts() == null ? 0 : interval.contacts(),
                        interval.ahtSeconds() == null ? 0 : interval.ahtSeconds());
                byIndex[index] = slot;
                slots.add(slot);
            }
            slotsByChannel.put(key, byIndex);
        });

        ShiftOptions options = new ShiftOptions(slotsByChannel, grain);
        List<Agent> allAgents = agents.listOrdered();
        // Published shifts this roster plans (its channels, inside its horizon) are pinned, one per agent-day
        // as the model holds; a second one that day (claimed by the agent) is carried over as it is. All
        // others only take their agent's time, with rest around them, and weekly hours in the horizon.
        List<ScheduledShift> kept = published.stream()
                .filter(s -> staffing.containsKey(s.channel())
                        && !s.start().isBefore(horizonStart)
                        && !s.end().isAfter(horizonEnd))
                .toList();
        List<ScheduledShift> pinned = replanPublished ? List.of() : firstOfEachAgentDay(kept, allAgents);
        Set<ScheduledShift> replanned = new HashSet<>(replanPublished ? kept : pinned);
        List<ScheduledShift> carried = replanPublished
                ? List.of()
                : kept.stream().filter(s -> !replanned.contains(s)).toList();
        Map<String, List<ScheduledShift>> elsewhere = published.stream()
                .filter(s -> !replanned.contains(s))
                .collect(Collectors.groupingBy(ScheduledShift::agentId));
        List<PlanningAgent> planningAgents = new ArrayList<>();
        Map<String, BreakTerms> breakRules = new HashMap<>();
        List<ShiftAssignment> assignments = new ArrayList<>();
        for (Agent agent : allAgents) {
            Set<ChannelKey> certified = agent.certifications.stream()
                    .map(c -> new ChannelKey(c.clientId, c.channel))
                    .filter(staffing::containsKey)
                    .collect(Collectors.toSet());
            if (certified.isEmpty()) {
                continue;
            }
            ZoneId zone = ZoneId.of(agent.timeZone);
            List<IndexRange> timeOff = agent.timeOff.stream()
                    .map(off -> horizon.covering(off))
                    .filter(r -> r.end() > r.start())
                    .toList();
            List<ScheduledShift> otherWork = elsewhere.getOrDefault(agent.id, List.of());
            List<IndexRange> unavailable = new ArrayList<>(timeOff);
            long restSeconds = Math.round(agent.contract.minRestHours * 3600);
            otherWork.forEach(s -> unavailable.add(horizon.clip(
                    horizon.indexOf(s.start().minusSeconds(restSeconds)),
                    horizon.ceilIndexOf(s.end().plusSeconds(restSeconds)))));
            Map<LocalDate, List<IndexRange>> windows =
                    horizon.availabilityByLocalDate(agent.availability, zone, unavailable);
            int otherMinutes = otherWork.stream()
                    .filter(s -> s.start().isBefore(horizonEnd) && s.end().isAfter(horizonStart))
                    .mapToInt(s -> (int) ((s.end().getEpochSecond() - s.start().getEpochSecond()) / 60))
                    .sum();
            List<IndexRange> preferred =
                    Horizon.joined(horizon.availabilityByLocalDate(agent.preferredHours, zone, List.of()));
            List<IndexRange> stretches = Horizon.joined(windows);
            PlanningAgent planningAgent = new PlanningAgent(
                    agent.id,
                    agent.timeZone,
                    rules(agent.contract, otherMinutes),
                    certified,
                    stretches,
                    timeOff,
                    preferred);
            planningAgents.add(planningAgent);
            BreakTerms agentBreaks = BreakTerms.of(agent.contract);
            breakRules.put(agent.id, agentBreaks);
            LocalDate firstDate = horizon.firstLocalDate(zone);
            for (LocalDate date = firstDate; !date.isAfter(horizon.lastLocalDate(zone)); date = date.plusDays(1)) {
                // The options count the agent away during its contract's breaks, at their nominal spots.
                List<ShiftOption> offered = options.within(
                        windows.getOrDefault(date, List.of()),
                        stretches,
                        certified,
                        planningAgent.rules(),
                        agentBreaks);
                assignments.add(new ShiftAssignment(
                        planningAgent, date, (int) (date.toEpochDay() - firstDate.toEpochDay()), offered));
            }
        }
        pin(pinned, assignments, horizon, options, breakRules);
        Roster roster = new Roster(horizonStart, grain, planningAgents, slots, assignments);
        return new RosterProblem(roster, staffing, breakRules, pinned, carried);
    }

    private List<Client> selectClients(List<String> clientIds) {
        if (clientIds == null || clientIds.isEmpty()) {
            List<Client> all = clients.listWithChannels();
            if (all.isEmpty()) {
                throw ProblemException.unprocessable("There are no clients to schedule");
            }
            return all;
        }
        List<Client> found = new ArrayList<>();
        for (String id : new HashSet<>(clientIds)) {
            found.add(clients.findByIdOptional(id)
                    .orElseThrow(() -> ProblemException.invalidField("clientIds", "no client '" + id + "'")));
        }
        found.sort(Comparator.comparing(c -> c.id));
        return found;
    }

    /** One planning grain for the whole roster: the channels' intervals must agree. */
    private static int commonGrain(List<Client> selected) {
        Set<Integer> grains = selected.stream()
                .flatMap(c -> c.channels.stream())
                .map(c -> c.intervalMinutes)
                .collect(Collectors.toSet());
        if (grains.size() != 1) {
            throw ProblemException.unprocessable(
                    "The clients to schedule together mix interval lengths " + grains + "; schedule them separately");
        }
        return grains.iterator().next();
    }

    /** The earliest of each agent's shifts per local day (the agent-day a shift belongs to is the date it starts). */
    private static List<ScheduledShift> firstOfEachAgentDay(List<ScheduledShift> shifts, List<Agent> agents) {
        Map<String, ZoneId> zones = agents.stream().collect(Collectors.toMap(a -> a.id, a -> ZoneId.of(a.timeZone)));
        Set<String> days = new HashSet<>();
        return shifts.stream()
                .sorted(Comparator.comparing(ScheduledShift::start))
                .filter(s -> zones.containsKey(s.agentId())
                        && days.add(s.agentId() + "/"
                                + s.start().atZone(zones.get(s.agentId())).toLocalDate()))
                .toList();
    }

    /**
     * Published shifts keep their agent-day and option, and the solver may not move them. Their option counts the
     * agent away during the shift's actual breaks where it carries them (published shifts do), else during the
     * nominal breaks of the agent's contract, as unpublished options do.
     */
    private static void pin(
            List<ScheduledShift> shifts,
            List<ShiftAssignment> assignments,
            Horizon horizon,
            ShiftOptions options,
            Map<String, BreakTerms> breakRules) {
        AssignmentIndex index = new AssignmentIndex(assignments);
        for (ScheduledShift shift : shifts) {
            ShiftAssignment assignment = index.find(shift.agentId(), shift.start());
            if (assignment == null || assignment.isPinned()) {
                continue;
            }
            int start = horizon.indexOf(shift.start());
            int length = horizon.indexOf(shift.end()) - start;
            List<BreakOffset> breaks = shift.breaks().isEmpty()
                    ? options.nominalBreaks(length, breakRules.get(shift.agentId()))
                    : shift.breaks().stream()
                            .map(pause -> new BreakOffset(
                                    minutesAfter(shift.start(), pause.start()),
                                    minutesAfter(shift.start(), pause.end())))
                            .toList();
            assignment.setOption(options.exactly(shift.channel(), start, length, breaks));
            if (!assignment.getOptions().contains(assignment.getOption())) {
                List<ShiftOption> widened = new ArrayList<>(assignment.getOptions());
                widened.add(assignment.getOption());
                assignment.setOptions(widened);
            }
            assignment.setPinned(true);
        }
    }

    private static int minutesAfter(Instant from, Instant to) {
        return (int) ((to.getEpochSecond() - from.getEpochSecond()) / 60);
    }

    /** The contract, less what published work on channels outside this roster already uses. */
    private static ContractTerms rules(Contract c, int minutesWorkedElsewhere) {
        return new ContractTerms(
                Math.max(0, minutes(c.minWeeklyHours) - minutesWorkedElsewhere),
                Math.max(0, minutes(c.maxWeeklyHours) - minutesWorkedElsewhere),
                minutes(c.maxDailyHours),
                minutes(c.minShiftHours),
                minutes(c.maxShiftHours),
                minutes(c.minRestHours),
                c.maxConsecutiveDays);
    }

    private static int minutes(double hours) {
        return (int) Math.round(hours * 60);
    }
}
