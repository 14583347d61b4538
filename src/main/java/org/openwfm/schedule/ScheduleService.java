package org.openwfm.schedule;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openwfm.client.Channel;
import org.openwfm.client.ChannelKey;
import org.openwfm.client.ClientDirectory;
import org.openwfm.client.ClientRepository;
import org.openwfm.events.EventLog;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.roster.evaluation.ScheduleEvaluation;
import org.openwfm.roster.evaluation.ScheduleExplanation;
import org.openwfm.roster.evaluation.ScheduleKpis.CoverageInterval;
import org.openwfm.roster.problem.RosterProblem;
import org.openwfm.roster.problem.RosterProblemBuilder;
import org.openwfm.schedule.api.KpisView;
import org.openwfm.schedule.api.ScheduleViews.ActivityView;
import org.openwfm.schedule.api.ScheduleViews.BreakView;
import org.openwfm.schedule.api.ScheduleViews.ExplanationView;
import org.openwfm.schedule.api.ScheduleViews.PartView;
import org.openwfm.schedule.api.ScheduleViews.ScheduleRequest;
import org.openwfm.schedule.api.ScheduleViews.ScheduleView;
import org.openwfm.schedule.api.ScheduleViews.ShiftView;
import org.openwfm.schedule.api.ScheduleViews.UnplacedActivityView;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.paging.Page;
import org.openwfm.shared.paging.PageRequest;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.staffing.StaffingService;
import org.openwfm.workforce.AgentRepository;

/** Schedules as planners see them: submit, read, stop, publish, coverage. */
@ApplicationScoped
public class ScheduleService {

    @Inject
    ScheduleJobs jobs;

    @Inject
    ScheduleStore store;

    @Inject
    ShiftStore shiftStore;

    @Inject
    ActivityStore activities;

    @Inject
    SchedulePartStore parts;

    @Inject
    AgentRepository agents;

    @Inject
    EventLog events;

    @Inject
    Event<SchedulePublished> publishedEvent;

    @Inject
    ClientRepository clients;

    @Inject
    ClientDirectory clientDirectory;

    @Inject
    StaffingService staffing;

    @Inject
    ObjectMapper json;

    @Inject
    RosterProblemBuilder builder;

    @Inject
    PublishChecks checks;

    @Inject
    SolutionManager<Roster, HardMediumSoftScore> solutionManager;

    public ScheduleView submit(ScheduleRequest request, String username) {
        List<String> clientIds = request.clientIds() == null
                ? List.of()
                : request.clientIds().stream().distinct().sorted().toList();
        for (int i = 0; i < clientIds.size(); i++) {
            if (clients.findByIdOptional(clientIds.get(i)).isEmpty()) {
                throw ProblemException.invalidField("clientIds[" + i + "]", "no client '" + clientIds.get(i) + "'");
            }
        }
        boolean replanPublished = Boolean.TRUE.equals(request.replanPublished());
        boolean sessionsOnly = Boolean.TRUE.equals(request.sessionsOnly());
        if (sessionsOnly) {
            if (replanPublished) {
                throw ProblemException.invalidField(
                        "sessionsOnly",
                        "cannot be combined with replanPublished: a solve that only places sessions keeps every"
                                + " published shift");
            }
            requirePublished(request.weekStart(), clientIds);
        }
        return view(
                jobs.submit(
                        request.weekStart(),
                        clientIds,
                        request.solveSeconds(),
                        replanPublished,
                        sessionsOnly,
                        username),
                false);
    }

    /**
     * A solve that only places sessions keeps the published week as it is, so every client it plans ({@code
     * clientIds}, or every client when empty) needs a published schedule of the week, and every published schedule
     * it touches must lie wholly inside what it plans: publishing it replaces them, and a schedule may only replace
     * schedules of its own clients.
     */
    private void requirePublished(LocalDate weekStart, List<String> clientIds) {
        List<Schedule> published = store.publishedForWeek(weekStart);
        List<String> planned = clientIds.isEmpty()
                ? clientDirectory.all().stream().map(c -> c.id()).sorted().toList()
                : clientIds;
        List<String> unpublished = planned.stream()
                .filter(id -> published.stream().noneMatch(p -> ClientLists.covers(p.clientIdList(), List.of(id))))
                .toList();
        if (!unpublished.isEmpty()) {
            throw ProblemException.conflict("sessionsOnly: the week of " + weekStart
                    + " has no published schedule for client" + (unpublished.size() == 1 ? " " : "s ")
                    + String.join(", ", unpublished) + "; publish one before placing sessions on it");
        }
        for (Schedule other : published) {
            if (ClientLists.overlap(other.clientIdList(), clientIds)
                    && !ClientLists.covers(clientIds, other.clientIdList())) {
                throw ProblemException.conflict("sessionsOnly: published schedule " + other.id + " plans "
                        + (other.clientIdList().isEmpty() ? "every client" : String.join(", ", other.clientIdList()))
                        + "; place sessions for all of its clients at once");
            }
        }
    }

    public Page<ScheduleView> list(LocalDate weekStart, PageRequest page) {
        return store.listByWeek(weekStart, page).map(s -> view(s, false));
    }

    public ScheduleView get(long id) {
        return view(existing(id), true);
    }

    public ScheduleView stop(long id) {
        Schedule schedule = existing(id);
        if (!schedule.isActive()) {
            throw ProblemException.conflict(
                    "Schedule " + id + " is " + schedule.status + "; only a queued or solving job can be stopped");
        }
        jobs.stop(id);
        return view(existing(id), false);
    }

    /**
     * Publishes a schedule that passes every {@link PublishRule}, replacing the week's published schedules for
     * its clients. One transaction holds the publish lock and every agent's row, so two planners publishing
     * at once run one after the other and no claim or release slips in between the checks and the commit.
     */
    @Transactional
    public ScheduleView publish(long id) {
        Schedule schedule = existing(id);
        store.lockPublishing();
        agents.lockAll();
        store.refresh(schedule);
        List<Long> superseded = checks.requirePublishable(schedule);
        Schedule published = store.publish(id, superseded);
        SchedulePublished event =
                new SchedulePublished(id, published.weekStart, published.clientIdList(), List.copyOf(superseded));
        publishedEvent.fire(event);
        events.append(EventLog.SCHEDULE_PUBLISHED, EventLog.EVERYONE, event);
        return view(published, true);
    }

    /** Why the schedule falls short where it does, measured against the data as it is now. */
    public ExplanationView explanation(long id) {
        Schedule schedule = existing(id);
        List<ScheduledShift> otherPublished = store.publishedForWeek(schedule.weekStart).stream()
                .filter(other -> other.id != id)
                .flatMap(other -> shiftStore.shifts(other.id).stream())
                .toList();
        RosterProblem problem = builder.build(
                schedule.weekStart,
                schedule.clientIdList(),
                otherPublished,
                List.of(),
                activities.placedIn(store.publishedBeside(schedule)),
                true,
                false);
        int unmatched = problem.assign(shiftStore.shifts(id)).size();
        List<ScheduledActivity> sessions = activities.placed(id);
        problem.assignActivities(sessions);
        ScoreAnalysis<HardMediumSoftScore> analysis = solutionManager.analyze(problem.roster());
        return new ExplanationView(
                id,
                String.valueOf(analysis.score()),
                unmatched,
                ScheduleExplanation.explain(analysis, problem, sessions));
    }

    public List<CoverageInterval> coverage(long id, String clientId, Channel channel) {
        Schedule schedule = existing(id);
        if (!schedule.clientIdList().isEmpty() && !schedule.clientIdList().contains(clientId)) {
            throw ProblemException.invalidField(
                    "clientId", "schedule " + id + " does not plan client '" + clientId + "'");
        }
        ChannelKey key = new ChannelKey(clientId, channel);
        var week = staffing.weekStaffing(clientId, channel, schedule.weekStart);
        return new ScheduleEvaluation(shiftStore.shifts(id), Map.of(key, week), Map.of(), activities.placed(id))
                .coverage(key);
    }

    private Schedule existing(long id) {
        return store.find(id).orElseThrow(() -> ProblemException.notFound("Schedule", String.valueOf(id)));
    }

    /** The job's parts when it was split, else null. */
    private List<PartView> partViews(long id) {
        List<PartView> views = parts.parts(id).stream()
                .map(p -> new PartView(
                        p.partNo,
                        p.clientIdList(),
                        p.agents,
                        p.status,
                        p.score,
                        p.solvedBy,
                        p.solveSeconds,
                        p.startedAt,
                        p.finishedAt))
                .toList();
        return views.isEmpty() ? null : views;
    }

    private ScheduleView view(Schedule s, boolean withShifts) {
        Map<Long, List<TimeSpan>> breaks = withShifts ? shiftStore.breaks(s.id) : Map.of();
        List<ShiftView> shifts = withShifts
                ? shiftStore.records(s.id).stream()
                        .map(r -> new ShiftView(
                                r.id,
                                r.agentId,
                                r.clientId,
                                r.channel,
                                r.start,
                                r.end,
                                breaks.getOrDefault(r.id, List.of()).stream()
                                        .map(b -> new BreakView(b.start(), b.end()))
                                        .toList()))
                        .toList()
                : null;
        return new ScheduleView(
                s.id,
                s.weekStart,
                s.clientIdList(),
                s.status,
                s.score,
                s.solveSeconds,
                s.replanPublished,
                s.sessionsOnly,
                KpisView.of(StoredKpis.read(json, s.kpis)),
                s.message,
                s.requestedBy,
                s.createdAt,
                s.startedAt,
                s.finishedAt,
                s.publishedAt,
                s.solvedBy,
                partViews(s.id),
                shifts,
                withShifts
                        ? activities.placed(s.id).stream().map(ActivityView::of).toList()
                        : null,
                withShifts
                        ? activities.unplaced(s.id).stream()
                                .map(UnplacedActivityView::of)
                                .toList()
                        : null);
    }
}
