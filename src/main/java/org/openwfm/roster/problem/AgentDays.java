package org.openwfm.roster.problem;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.IndexRange;
import org.openwfm.roster.domain.PlanningAgent;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.domain.ShiftOption;
import org.openwfm.shared.time.Weeks;
import org.openwfm.workforce.AgentProfile;
import org.openwfm.workforce.BreakTerms;

/**
 * The agents as the solver sees them, each with one assignment per local day offering the shifts it may work there.
 * An agent's local times (availability, preferred hours) become intervals in its own zone.
 */
final class AgentDays {

    final List<PlanningAgent> planningAgents = new ArrayList<>();
    final Map<String, BreakTerms> breakTerms = new HashMap<>();
    final List<ShiftAssignment> assignments = new ArrayList<>();

    private final Horizon horizon;
    private final ShiftOptions options;
    private final Set<ChannelKey> planned;
    private final Map<String, List<ScheduledShift>> elsewhere;

    /** @param elsewhere by agent, published work this roster does not plan: it takes the agent's time and hours */
    AgentDays(
            Horizon horizon,
            ShiftOptions options,
            Set<ChannelKey> planned,
            Map<String, List<ScheduledShift>> elsewhere) {
        this.horizon = horizon;
        this.options = options;
        this.planned = planned;
        this.elsewhere = elsewhere;
    }

    /** Adds the agent and its days, unless it is certified for none of the planned channels. */
    void add(AgentProfile agent) {
        Set<ChannelKey> certified =
                agent.certifications().stream().filter(planned::contains).collect(Collectors.toSet());
        if (certified.isEmpty()) {
            return;
        }
        ZoneId zone = ZoneId.of(agent.timeZone());
        List<IndexRange> timeOff = agent.timeOff().stream()
                .map(off -> horizon.covering(off))
                .filter(r -> r.end() > r.start())
                .toList();
        List<ScheduledShift> otherWork = elsewhere.getOrDefault(agent.id(), List.of());
        // Each local date takes the hours in effect in its own week: a change the agent set applies from its week.
        Map<LocalDate, List<IndexRange>> windows = horizon.availabilityByLocalDate(
                date -> agent.forWeek(Weeks.mondayOf(date)).availability(),
                zone,
                unavailable(agent, timeOff, otherWork));
        List<IndexRange> preferred = Horizon.joined(horizon.availabilityByLocalDate(
                date -> agent.forWeek(Weeks.mondayOf(date)).preferredHours(), zone, List.of()));
        List<IndexRange> stretches = Horizon.joined(windows);
        PlanningAgent planningAgent = new PlanningAgent(
                agent.id(),
                agent.timeZone(),
                agent.terms().lessWorkedElsewhere(minutesInHorizon(otherWork)),
                certified,
                stretches,
                timeOff,
                preferred);
        planningAgents.add(planningAgent);
        BreakTerms agentBreaks = agent.breakTerms();
        breakTerms.put(agent.id(), agentBreaks);
        addDays(planningAgent, certified, zone, windows, stretches, agentBreaks);
    }

    /** Time off, and published work elsewhere with the contract's rest on either side of it. */
    private List<IndexRange> unavailable(AgentProfile agent, List<IndexRange> timeOff, List<ScheduledShift> otherWork) {
        List<IndexRange> unavailable = new ArrayList<>(timeOff);
        long restSeconds = 60L * agent.terms().minRestMinutes();
        otherWork.forEach(s -> unavailable.add(horizon.clip(
                horizon.indexOf(s.start().minusSeconds(restSeconds)),
                horizon.ceilIndexOf(s.end().plusSeconds(restSeconds)))));
        return unavailable;
    }

    private int minutesInHorizon(List<ScheduledShift> otherWork) {
        return otherWork.stream()
                .filter(s -> s.start().isBefore(horizon.end()) && s.end().isAfter(horizon.start()))
                .mapToInt(s -> (int) ((s.end().getEpochSecond() - s.start().getEpochSecond()) / 60))
                .sum();
    }

    private void addDays(
            PlanningAgent planningAgent,
            Set<ChannelKey> certified,
            ZoneId zone,
            Map<LocalDate, List<IndexRange>> windows,
            List<IndexRange> stretches,
            BreakTerms agentBreaks) {
        LocalDate firstDate = horizon.firstLocalDate(zone);
        for (LocalDate date = firstDate; !date.isAfter(horizon.lastLocalDate(zone)); date = date.plusDays(1)) {
            // The options count the agent away during its contract's breaks, at their nominal spots.
            List<ShiftOption> offered = options.within(
                    windows.getOrDefault(date, List.of()), stretches, certified, planningAgent.terms(), agentBreaks);
            assignments.add(new ShiftAssignment(
                    planningAgent, date, (int) (date.toEpochDay() - firstDate.toEpochDay()), offered));
        }
    }
}
