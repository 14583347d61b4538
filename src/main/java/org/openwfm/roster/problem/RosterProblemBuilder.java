package org.openwfm.roster.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.openwfm.activity.ActivityDirectory;
import org.openwfm.activity.ActivitySession;
import org.openwfm.client.ChannelKey;
import org.openwfm.client.ChannelProfile;
import org.openwfm.client.ClientDirectory;
import org.openwfm.client.ClientProfile;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.shared.config.OpenWfmConfig;
import org.openwfm.shared.error.InvalidRequestException;
import org.openwfm.shared.error.RequestRefusedException;
import org.openwfm.staffing.StaffingService;
import org.openwfm.staffing.WeekStaffing;
import org.openwfm.workforce.AgentDirectory;
import org.openwfm.workforce.AgentProfile;

/**
 * The one place where clients, agents and staffing become a roster to solve. Time is resolved here (with this
 * package's {@link CoverageGrid}, {@link AgentDays}, {@link PublishedSplit} and {@link PublishedPins}): every local
 * time (opening hours, availability) becomes planning intervals on the UTC grain, in the zone it belongs to, so the
 * solver never sees a zone or a DST change.
 */
@ApplicationScoped
public class RosterProblemBuilder {

    private static final Logger LOG = Logger.getLogger(RosterProblemBuilder.class);

    @Inject
    ClientDirectory clients;

    @Inject
    AgentDirectory agents;

    @Inject
    StaffingService staffingService;

    @Inject
    ActivityDirectory activities;

    @Inject
    OpenWfmConfig config;

    /** The week as it stands, with no published shifts to keep. */
    public RosterProblem build(LocalDate weekStart, List<String> clientIds) {
        return build(weekStart, clientIds, List.of(), true);
    }

    /**
     * The week's clients ({@code clientIds}, or every client when empty) in groups that share no agent, which can be
     * solved apart ({@link ClientGroups}); {@code published} as {@link #build} would be given it.
     */
    @Transactional
    public List<ClientGroups.ClientGroup> groups(
            LocalDate weekStart, List<String> clientIds, List<ScheduledShift> published) {
        List<String> selected =
                selectClients(clientIds).stream().map(ClientProfile::id).toList();
        List<List<String>> sessionPeople = activities.sessionsForWeek(weekStart).stream()
                .map(RosterProblemBuilder::people)
                .toList();
        return ClientGroups.of(selected, agents.listOrdered(), published, sessionPeople);
    }

    /** Everyone a session needs, by id: its agents, its supervisor, and the supervisor's agent id if it has one. */
    private static List<String> people(ActivitySession session) {
        List<String> people = new ArrayList<>(session.agentIds());
        if (session.supervisor() != null) {
            people.add("supervisor:" + session.supervisor().id());
            if (session.supervisor().agentId() != null) {
                people.add(session.supervisor().agentId());
            }
        }
        return people;
    }

    /**
     * The week to plan. Published shifts on the planned channels are pinned unless {@code replanPublished};
     * published shifts on other channels take their agent's time (with rest around them) and weekly hours.
     */
    @Transactional
    public RosterProblem build(
            LocalDate weekStart, List<String> clientIds, List<ScheduledShift> published, boolean replanPublished) {
        return build(weekStart, clientIds, published, List.of(), replanPublished);
    }

    /**
     * The same, with the week's published sessions: each keeps its published start (pinned) unless
     * {@code replanPublished}, as published shifts do.
     */
    @Transactional
    public RosterProblem build(
            LocalDate weekStart,
            List<String> clientIds,
            List<ScheduledShift> published,
            List<ScheduledActivity> publishedSessions,
            boolean replanPublished) {
        return build(weekStart, clientIds, published, publishedSessions, List.of(), replanPublished, false);
    }

    /**
     * The same, with the sessions the week's other published schedules hold ({@code publishedElsewhere}: those of
     * schedules for other clients, which publishing this one leaves in place). Those sessions stay theirs: this
     * problem does not place them again nor reports them left out, and no session of its own overlaps the time they
     * take of their agents and supervisor. With {@code sessionsOnly} (never with {@code replanPublished}) every
     * agent-day keeps what the published week gives it, a shift or none, and only the sessions are left to place
     * ({@link FixedShifts}).
     */
    @Transactional
    public RosterProblem build(
            LocalDate weekStart,
            List<String> clientIds,
            List<ScheduledShift> published,
            List<ScheduledActivity> publishedSessions,
            List<ScheduledActivity> publishedElsewhere,
            boolean replanPublished,
            boolean sessionsOnly) {
        BuildClock clock = new BuildClock();
        List<ClientProfile> selected = selectClients(clientIds);
        int grain = commonGrain(selected);
        Map<ChannelKey, WeekStaffing> staffing = weekStaffing(selected, weekStart);
        List<AgentProfile> allAgents = agents.listOrdered();
        String read = clock.lap();
        CoverageGrid grid = CoverageGrid.of(staffing, grain);
        Horizon horizon = grid.horizon();
        ShiftOptions options = new ShiftOptions(grid.slotsByChannel(), grain);
        PublishedSplit split = PublishedSplit.of(published, staffing.keySet(), horizon, replanPublished, allAgents);
        AgentDays days = new AgentDays(horizon, options, staffing.keySet(), split.elsewhere());
        allAgents.forEach(days::add);
        PublishedPins.pin(split.pinned(), days.assignments, horizon, options, days.breakTerms);
        if (sessionsOnly) {
            FixedShifts.keepEveryDay(days.assignments);
        }
        PlannedSessions sessions = new PlannedSessions(
                horizon,
                grain,
                days.planningAgents,
                days.assignments,
                // First-fit pins a session before the kept shifts' breaks narrow its starts: sessions into a published
                // week are always placed by the solver.
                !sessionsOnly
                        && config.roster().activityPlacement() == OpenWfmConfig.Roster.ActivityPlacement.FIRST_FIT);
        sessions.publishedElsewhere(publishedElsewhere);
        activities.sessionsForWeek(weekStart).forEach(sessions::add);
        if (sessionsOnly) {
            FixedShifts.narrow(sessions, days.assignments);
        }
        if (!replanPublished) {
            sessions.pin(publishedSessions);
        }
        Roster roster = new Roster(
                horizon.start(), grain, days.planningAgents, grid.slots(), days.assignments, sessions.assignments);
        logSize(selected.size(), roster, read, clock.lap());
        return new RosterProblem(
                roster,
                staffing,
                days.breakTerms,
                split.pinned(),
                split.carried(),
                sessions.sessions,
                sessions.unplaceable);
    }

    /** What a week costs to build: the figures capacity planning and the scale-out benchmark read. */
    private static void logSize(int clientCount, Roster roster, String read, String model) {
        long options = roster.getAssignments().stream()
                .mapToLong(a -> a.getOptions().size())
                .sum();
        LOG.infof(
                "Built a roster of %d clients: %d agents, %d agent-days, %d shift options in value ranges, %d slots,"
                        + " %d activity sessions; staffing and directories %s, planning model %s",
                clientCount,
                roster.getAgents().size(),
                roster.getAssignments().size(),
                options,
                roster.getSlots().size(),
                roster.getActivities().size(),
                read,
                model);
    }

    /** Each selected channel's staffing for the week, client by client in their order. */
    private Map<ChannelKey, WeekStaffing> weekStaffing(List<ClientProfile> selected, LocalDate weekStart) {
        Map<ChannelKey, WeekStaffing> staffing = new LinkedHashMap<>();
        for (ClientProfile client : selected) {
            for (ChannelProfile channel : client.channels()) {
                staffing.put(
                        new ChannelKey(client.id(), channel.channel()),
                        staffingService.weekStaffing(client.id(), channel.channel(), weekStart));
            }
        }
        return staffing;
    }

    private List<ClientProfile> selectClients(List<String> clientIds) {
        if (clientIds == null || clientIds.isEmpty()) {
            List<ClientProfile> all = clients.all();
            if (all.isEmpty()) {
                throw new RequestRefusedException("There are no clients to schedule");
            }
            return all;
        }
        List<ClientProfile> found = new ArrayList<>();
        for (String id : new HashSet<>(clientIds)) {
            found.add(clients.find(id)
                    .orElseThrow(() -> InvalidRequestException.field("clientIds", "no client '" + id + "'")));
        }
        found.sort(Comparator.comparing(c -> c.id()));
        return found;
    }

    /** One planning grain for the whole roster: the channels' intervals must agree. */
    private static int commonGrain(List<ClientProfile> selected) {
        Set<Integer> grains = selected.stream()
                .flatMap(c -> c.channels().stream())
                .map(c -> c.intervalMinutes())
                .collect(Collectors.toSet());
        if (grains.size() != 1) {
            throw new RequestRefusedException(
                    "The clients to schedule together mix interval lengths " + grains + "; schedule them separately");
        }
        return grains.iterator().next();
    }
}
