package org.openwfm.selfservice.timeoff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.openwfm.selfservice.LogAction;
import org.openwfm.selfservice.ShiftReleases;
import org.openwfm.selfservice.timeoff.TimeOffViews.AllowanceSetting;
import org.openwfm.selfservice.timeoff.TimeOffViews.AllowanceView;
import org.openwfm.selfservice.timeoff.TimeOffViews.TimeOffAsk;
import org.openwfm.selfservice.timeoff.TimeOffViews.TimeOffView;
import org.openwfm.shared.RequestParams;
import org.openwfm.shared.config.OpenWfmConfig;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.time.Grain;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.workforce.AgentDirectory;
import org.openwfm.workforce.AgentProfile;
import org.openwfm.workforce.AgentTimeOffs;

/**
 * Time-off requests from asking to decision. A request is approved at once when it fits the agent's allowance and
 * leaves every interval of the published shifts it touches at the configured share of its requirement; otherwise
 * it waits for a planner. Approving writes the agent's time off and gives the shifts' hours back as open seats, with
 * no release notice: the rules or a planner said yes. Every write locks the agent first, as claims and releases do.
 */
@ApplicationScoped
public class TimeOffService {

    /** Who {@code decidedBy} names when the rules approved a request at once. */
    static final String AUTO = "auto";

    /** Requests start and end on this grain, whatever the channels' grains (cuts widen to theirs). */
    static final int GRAIN_MINUTES = 30;

    /** The length of the pending and decision reason columns. */
    static final int MAX_REASON = 500;

    @Inject
    AgentDirectory agents;

    @Inject
    AgentTimeOffs timeOffs;

    @Inject
    TimeOffStore store;

    @Inject
    TimeOffCoverage coverage;

    @Inject
    ShiftReleases releases;

    @Inject
    OpenWfmConfig config;

    @Inject
    Event<TimeOffDecided> decisions;

    @Inject
    Clock clock;

    /** The agent asks; approved at once or pending with the reason why not. */
    @Transactional
    public TimeOffView ask(String agentId, TimeOffAsk ask, String username) {
        Instant now = clock.instant();
        TimeSpan span = validSpan(ask, now);
        AgentProfile agent = lock(agentId);
        List<TimeOffRequest> overlapping = store.holding(agentId, span.start(), span.end());
        if (!overlapping.isEmpty()) {
            TimeOffRequest other = overlapping.get(0);
            throw ProblemException.conflict("The time off overlaps request " + other.id + " (" + other.start + "–"
                    + other.end + ", " + other.status + "); cancel that one first");
        }
        SortedMap<Integer, Long> counted = TimeOffHours.minutesByYear(
                span.start(),
                span.end(),
                ZoneId.of(agent.timeZone()),
                agent.terms().maxDailyMinutes(),
                workingDays(agent));
        List<String> held = new ArrayList<>();
        List<TimeOffRequest> holding = holdingAllowance(agentId);
        counted.forEach((year, minutes) -> {
            long left = allowanceMinutes(agentId, year) - heldIn(holding, year);
            if (minutes > left) {
                held.add("beyond the allowance: " + hours(minutes) + " asked, " + hours(Math.max(0, left)) + " left in "
                        + year);
            }
        });
        List<ShiftCut> cuts = coverage.cuts(agent, span, now);
        coverage.shortfall(agentId, cuts, config.timeOff().autoApproveCoverage())
                .ifPresent(held::add);

        TimeOffRequest request = new TimeOffRequest();
        request.agentId = agentId;
        request.start = span.start();
        request.end = span.end();
        request.reason = ask.reason();
        request.status = TimeOffStatus.PENDING;
        request.minutes = counted.values().stream().mapToLong(Long::longValue).sum();
        counted.forEach((year, minutes) -> request.years.add(new CountedYear(year, minutes)));
        request.requestedBy = username;
        request.requestedAt = now;
        if (!held.isEmpty()) {
            String why = String.join("; ", held);
            request.pendingReason = why.length() <= MAX_REASON ? why : why.substring(0, MAX_REASON);
            request.decisionReason = request.pendingReason;
        }
        store.persist(request);
        if (held.isEmpty()) {
            approve(request, agent, cuts, AUTO, "within the allowance and the coverage share", now);
        }
        return view(request);
    }

    /** A planner approves a pending request: the same effect as an approval at once. */
    @Transactional
    public TimeOffView approve(long requestId, String reason, String username) {
        Instant now = clock.instant();
        TimeOffRequest request = pendingForDecision(requestId);
        AgentProfile agent = lock(request.agentId);
        TimeSpan span = new TimeSpan(request.start, request.end);
        approve(request, agent, coverage.cuts(agent, span, now), username, blankToNull(reason), now);
        return view(request);
    }

    /** A planner denies a pending request, saying why. */
    @Transactional
    public TimeOffView deny(long requestId, String reason, String username) {
        String why = RequestParams.required("reason", reason);
        TimeOffRequest request = pendingForDecision(requestId);
        decide(request, TimeOffStatus.DENIED, username, why, clock.instant());
        return view(request);
    }

    /**
     * The agent withdraws its request: a pending one, or an approved one that has not begun (its time off is taken
     * away again; hours its approval gave back stay open seats, which the agent may claim again).
     */
    @Transactional
    public TimeOffView cancel(long requestId, String callerAgentId) {
        Instant now = clock.instant();
        TimeOffRequest found = store.find(requestId)
                .orElseThrow(() -> ProblemException.notFound("Time-off request", String.valueOf(requestId)));
        if (!found.agentId.equals(callerAgentId)) {
            throw ProblemException.forbidden("An agent may only cancel its own time-off requests");
        }
        lock(found.agentId);
        TimeOffRequest request = store.lock(requestId).orElseThrow();
        if (request.status == TimeOffStatus.APPROVED && request.start.isAfter(now)) {
            timeOffs.remove(request.agentId, request.start, request.end, label(request));
        } else if (request.status != TimeOffStatus.PENDING) {
            throw ProblemException.conflict("Request " + requestId + " is " + request.status
                    + (request.status == TimeOffStatus.APPROVED ? " and has begun" : "") + "; it cannot be cancelled");
        }
        request.status = TimeOffStatus.CANCELLED;
        return view(request);
    }

    /** The agent's requests, newest first. */
    @Transactional
    public List<TimeOffView> ofAgent(String agentId) {
        requireAgent(agentId);
        return store.ofAgent(agentId).stream().map(TimeOffService::view).toList();
    }

    /** Every request, or those in one status, by start. */
    @Transactional
    public List<TimeOffView> all(TimeOffStatus status) {
        return store.all(status).stream().map(TimeOffService::view).toList();
    }

    /** The agent's allowance for a year and what its requests hold of it. */
    @Transactional
    public AllowanceView allowance(String agentId, int year) {
        requireAgent(agentId);
        List<TimeOffRequest> holding = holdingAllowance(agentId);
        long allowance = allowanceMinutes(agentId, year);
        long used = holding.stream()
                .filter(r -> r.status == TimeOffStatus.APPROVED)
                .mapToLong(r -> r.minutesIn(year))
                .sum();
        long pending = heldIn(holding, year) - used;
        return new AllowanceView(
                year, allowance / 60.0, used / 60.0, pending / 60.0, (allowance - used - pending) / 60.0);
    }

    /** A planner sets one agent's allowance for a year. */
    @Transactional
    public AllowanceView setAllowance(String agentId, AllowanceSetting setting, String username) {
        int year = setting.year();
        if (year < 2000 || year > 9999) {
            throw ProblemException.invalidField("year", "must lie in 2000 to 9999");
        }
        double hours = setting.hours();
        if (!(hours >= 0 && hours <= 8784) || Math.round(hours * 60) != hours * 60) {
            throw ProblemException.invalidField("hours", "must be whole minutes from 0 to 8784 (a leap year)");
        }
        lock(agentId);
        TimeOffAllowance row = store.allowance(agentId, year).orElseGet(() -> {
            TimeOffAllowance created = new TimeOffAllowance();
            created.agentId = agentId;
            created.year = year;
            return created;
        });
        boolean fresh = row.setBy == null;
        row.minutes = Math.round(hours * 60);
        row.setBy = username;
        row.setAt = clock.instant();
        if (fresh) {
            store.persist(row);
        }
        return allowance(agentId, year);
    }

    /** Gives the shifts' hours back, writes the time off and records the decision. */
    private void approve(
            TimeOffRequest request,
            AgentProfile agent,
            List<ShiftCut> cuts,
            String decidedBy,
            String reason,
            Instant now) {
        String label = label(request);
        for (ShiftCut cut : cuts) {
            releases.giveBack(
                    agent, cut.shift(), cut.span(), cut.grainMinutes(), LogAction.TIME_OFF, decidedBy, label, now);
        }
        timeOffs.add(agent.id(), request.start, request.end, label);
        decide(request, TimeOffStatus.APPROVED, decidedBy, reason, now);
    }

    private void decide(TimeOffRequest request, TimeOffStatus status, String decidedBy, String reason, Instant now) {
        request.status = status;
        request.decidedBy = decidedBy;
        request.decidedAt = now;
        request.decisionReason = reason;
        decisions.fire(new TimeOffDecided(
                request.id, request.agentId, status.name(), request.start, request.end, reason, decidedBy));
    }

    /** The request under its agent's lock and its own, if still pending (409 otherwise). */
    private TimeOffRequest pendingForDecision(long requestId) {
        TimeOffRequest found = store.find(requestId)
                .orElseThrow(() -> ProblemException.notFound("Time-off request", String.valueOf(requestId)));
        lock(found.agentId);
        TimeOffRequest request = store.lock(requestId).orElseThrow();
        if (request.status != TimeOffStatus.PENDING) {
            throw ProblemException.conflict("Request " + requestId + " is already " + request.status
                    + (request.decidedBy == null ? "" : " (by " + request.decidedBy + ")")
                    + "; only a pending request can be decided");
        }
        return request;
    }

    private TimeSpan validSpan(TimeOffAsk ask, Instant now) {
        Instant start = RequestParams.requiredInstant("start", ask.start());
        Instant end = RequestParams.requiredInstant("end", ask.end());
        if (!Grain.isOnGrain(start, GRAIN_MINUTES)) {
            throw ProblemException.invalidField("start", "is not on the " + GRAIN_MINUTES + "-minute grain");
        }
        if (!Grain.isOnGrain(end, GRAIN_MINUTES)) {
            throw ProblemException.invalidField("end", "is not on the " + GRAIN_MINUTES + "-minute grain");
        }
        if (!end.isAfter(start)) {
            throw ProblemException.invalidField("end", "must be after start");
        }
        int maxDays = config.timeOff().maxDays();
        if (Duration.between(start, end).compareTo(Duration.ofDays(maxDays)) > 0) {
            throw ProblemException.invalidField("end", "a request may be at most " + maxDays + " days long");
        }
        if (start.isBefore(now)) {
            throw ProblemException.invalidField("start", "must not lie in the past");
        }
        return new TimeSpan(start, end);
    }

    private AgentProfile lock(String agentId) {
        return agents.lock(agentId).orElseThrow(() -> ProblemException.notFound("Agent", agentId));
    }

    private void requireAgent(String agentId) {
        agents.find(agentId).orElseThrow(() -> ProblemException.notFound("Agent", agentId));
    }

    private List<TimeOffRequest> holdingAllowance(String agentId) {
        return store.ofAgent(agentId).stream()
                .filter(TimeOffRequest::holdsAllowance)
                .toList();
    }

    private long allowanceMinutes(String agentId, int year) {
        return store.allowance(agentId, year)
                .map(a -> a.minutes)
                .orElse(Math.round(config.timeOff().allowanceHours() * 60));
    }

    private static long heldIn(List<TimeOffRequest> holding, int year) {
        return holding.stream().mapToLong(r -> r.minutesIn(year)).sum();
    }

    /** The weekdays the agent is available on; empty (any day) when it has no weekly availability. */
    private static Set<DayOfWeek> workingDays(AgentProfile agent) {
        return agent.availability().stream().map(a -> a.dayOfWeek).collect(Collectors.toSet());
    }

    /** How the agent's time off and the audit log name the request. */
    private static String label(TimeOffRequest request) {
        return "Time off request " + request.id + (request.reason == null ? "" : ": " + request.reason);
    }

    static String hours(long minutes) {
        return minutes % 60 == 0 ? minutes / 60 + " h" : String.format(Locale.ROOT, "%.1f h", minutes / 60.0);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static TimeOffView view(TimeOffRequest r) {
        return new TimeOffView(
                r.id,
                r.agentId,
                r.start,
                r.end,
                r.reason,
                r.status,
                r.minutes / 60.0,
                r.pendingReason,
                r.decidedBy,
                r.decidedAt,
                r.decisionReason);
    }

    /** The current year in the agent's zone, for an allowance asked without one. */
    @Transactional
    public int currentYear(String agentId) {
        AgentProfile agent = agents.find(agentId).orElseThrow(() -> ProblemException.notFound("Agent", agentId));
        return LocalDate.now(clock.withZone(ZoneId.of(agent.timeZone()))).getYear();
    }
}
