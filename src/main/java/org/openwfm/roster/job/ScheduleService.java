package org.openwfm.roster.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.openwfm.client.Channel;
import org.openwfm.client.ClientRepository;
import org.openwfm.roster.RosterProblem;
import org.openwfm.roster.RosterProblemBuilder;
import org.openwfm.roster.ScheduleEvaluation;
import org.openwfm.roster.ScheduleExplanation;
import org.openwfm.roster.ScheduleKpis;
import org.openwfm.roster.Span;
import org.openwfm.roster.ScheduleKpis.CoverageInterval;
import org.openwfm.roster.domain.ChannelKey;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.job.ScheduleViews.ExplanationView;
import org.openwfm.roster.job.ScheduleViews.BreakView;
import org.openwfm.roster.job.ScheduleViews.ScheduleRequest;
import org.openwfm.roster.job.ScheduleViews.ScheduleView;
import org.openwfm.roster.job.ScheduleViews.ShiftView;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.staffing.StaffingService;

import com.fasterxml.jackson.databind.ObjectMapper;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;

/** Schedules as planners see them: submit, read, stop, publish, coverage. */
@ApplicationScoped
public class ScheduleService {

    @Inject
    ScheduleJobs jobs;

    @Inject
    ScheduleStore store;

    @Inject
    ClientRepository clients;

    @Inject
    StaffingService staffing;

    @Inject
    ObjectMapper json;

    @Inject
    RosterProblemBuilder builder;

    @Inject
    SolutionManager<Roster, HardMediumSoftScore> solutionManager;

    public ScheduleView submit(ScheduleRequest request, String username) {
        List<String> clientIds = request.clientIds() == null ? List.of() : request.clientIds().stream().distinct().sorted().toList();
        for (int i = 0; i < clientIds.size(); i++) {
            if (clients.findByIdOptional(clientIds.get(i)).isEmpty()) {
                throw ProblemException.invalidField("clientIds[" + i + "]", "no client '" + clientIds.get(i) + "'");
            }
        }
        return view(jobs.submit(request.weekStart(), clientIds, request.solveSeconds(),
                Boolean.TRUE.equals(request.replanPublished()), username), false);
    }

    public List<ScheduleView> list(LocalDate weekStart) {
        return store.listByWeek(weekStart).stream().map(s -> view(s, false)).toList();
    }

    public ScheduleView get(long id) {
        return view(existing(id), true);
    }

    public ScheduleView stop(long id) {
        Schedule schedule = existing(id);
        if (schedule.status != ScheduleStatus.QUEUED && schedule.status != ScheduleStatus.SOLVING) {
            throw ProblemException.conflict("Schedule " + id + " is " + schedule.status + "; only a queued or solving job can be stopped");
        }
        jobs.stop(id);
        return view(existing(id), false);
    }

    /**
     * Publishes a finished schedule without hard breaks. It replaces the week's published schedules for
     * the same clients, which must all lie within its own clients (a re-plan kept their shifts pinned
     * unless the planner asked otherwise).
     */
    public ScheduleView publish(long id) {
        Schedule schedule = existing(id);
        if (schedule.status != ScheduleStatus.SOLVED && schedule.status != ScheduleStatus.CANCELLED) {
            throw ProblemException.conflict("Schedule " + id + " is " + schedule.status + "; only a solved schedule can be published");
        }
        if (schedule.score == null || !schedule.score.startsWith("0hard")) {
            throw ProblemException.unprocessable("Schedule " + id + " breaks hard rules (" + schedule.score + ") and cannot be published");
        }
        List<Long> superseded = new ArrayList<>();
        for (Schedule published : store.publishedForWeek(schedule.weekStart)) {
            if (!overlaps(published.clientIdList(), schedule.clientIdList())) {
                continue;
            }
            if (!covers(schedule.clientIdList(), published.clientIdList()) || published.publishedAt.isAfter(schedule.createdAt)) {
                throw ProblemException.conflict("Schedule " + published.id + " is published for the week of "
                        + schedule.weekStart + " with other clients or after this one was planned; re-plan the week");
            }
            superseded.add(published.id);
        }
        return view(store.publish(id, superseded), true);
    }

    /** Why the schedule falls short where it does, measured against the data as it is now. */
    public ExplanationView explanation(long id) {
        Schedule schedule = existing(id);
        RosterProblem problem = builder.build(schedule.weekStart, schedule.clientIdList());
        int unmatched = problem.assign(store.shifts(id)).size();
        ScoreAnalysis<HardMediumSoftScore> analysis = solutionManager.analyze(problem.roster());
        return new ExplanationView(id, String.valueOf(analysis.score()), unmatched,
                ScheduleExplanation.explain(analysis, problem));
    }

    public List<CoverageInterval> coverage(long id, String clientId, Channel channel) {
        Schedule schedule = existing(id);
        if (!schedule.clientIdList().isEmpty() && !schedule.clientIdList().contains(clientId)) {
            throw ProblemException.invalidField("clientId", "schedule " + id + " does not plan client '" + clientId + "'");
        }
        ChannelKey key = new ChannelKey(clientId, channel);
        var week = staffing.weekStaffing(clientId, channel, schedule.weekStart);
        return new ScheduleEvaluation(store.shifts(id), Map.of(key, week)).coverage(key);
    }

    private Schedule existing(long id) {
        return store.find(id).orElseThrow(() -> ProblemException.notFound("Schedule", String.valueOf(id)));
    }

    /** Whether the clients {@code outer} plans include all of {@code inner} (empty = every client). */
    private static boolean covers(List<String> outer, List<String> inner) {
        return outer.isEmpty() || (!inner.isEmpty() && outer.containsAll(inner));
    }

    private static boolean overlaps(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return !common.isEmpty();
    }

    private ScheduleView view(Schedule s, boolean withShifts) {
        Map<Long, List<Span>> breaks = withShifts ? store.breaks(s.id) : Map.of();
        List<ShiftView> shifts = withShifts ? store.shiftRecords(s.id).stream()
                .map(r -> new ShiftView(r.id, r.agentId, r.clientId, r.channel, r.start, r.end,
                        breaks.getOrDefault(r.id, List.of()).stream().map(b -> new BreakView(b.start(), b.end())).toList()))
                .toList()
                : null;
        return new ScheduleView(s.id, s.weekStart, s.clientIdList(), s.status, s.score, s.solveSeconds, s.replanPublished,
                kpis(s.kpis),
                s.message, s.requestedBy, s.createdAt, s.startedAt, s.finishedAt, s.publishedAt, shifts);
    }

    private ScheduleKpis kpis(String stored) {
        try {
            return stored == null ? null : json.readValue(stored, ScheduleKpis.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored KPIs are unreadable", e);
        }
    }
}
