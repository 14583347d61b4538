package org.openwfm.staffing.adjustment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openwfm.client.Channel;
import org.openwfm.client.ChannelProfile;
import org.openwfm.client.ClientDirectory;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.error.Violation;
import org.openwfm.shared.time.Grain;
import org.openwfm.shared.time.Instants;
import org.openwfm.staffing.AdjustmentKind;
import org.openwfm.staffing.RequirementRevised;

/**
 * Makes, lists and withdraws planners' adjustments. Making or withdrawing one fires {@link RequirementRevised} inside
 * the same transaction, so whatever follows the requirement (open seats of published weeks) changes with it.
 */
@ApplicationScoped
public class AdjustmentService {

    /** A quarter and a day: enough for a season's back-office plan, small enough to catch a wrong year. */
    static final int MAX_SPAN_DAYS = 92;
    /** How far one listing reaches. */
    static final int MAX_LIST_DAYS = 366;

    /** The rule a range with no open interval breaks: the solver can place shifts only where the channel is open. */
    static final String OPENING_HOURS_RULE = "opening hours";

    @Inject
    ClientDirectory clients;

    @Inject
    AdjustmentStore store;

    @Inject
    Clock clock;

    @Inject
    Event<RequirementRevised> revised;

    /** Stores the adjustment when every field is good and it touches an open interval; otherwise nothing. */
    @Transactional
    public AdjustmentView create(AdjustmentRequest request, String username) {
        ChannelProfile rules = clients.requireChannel(request.clientId(), request.channel());
        List<Violation> errors = new ArrayList<>();
        Instant start = onGrain("start", request.start(), rules.intervalMinutes(), errors);
        Instant end = onGrain("end", request.end(), rules.intervalMinutes(), errors);
        if (start != null && end != null) {
            if (!end.isAfter(start)) {
                errors.add(Violation.ofField("end", "must be after start"));
            } else if (Duration.between(start, end).compareTo(Duration.ofDays(MAX_SPAN_DAYS)) > 0) {
                errors.add(Violation.ofField("end", "an adjustment spans at most " + MAX_SPAN_DAYS + " days"));
            }
        }
        agentsProblem(request.kind(), request.agents())
                .ifPresent(message -> errors.add(Violation.ofField("agents", message)));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.size() + " field(s) are invalid", errors);
        }
        ZoneId zone = ZoneId.of(clients.get(request.clientId()).timeZone());
        if (!anyOpen(rules, zone, start, end)) {
            throw ProblemException.rulesBroken(
                    "The adjustment",
                    List.of(Violation.ofRule(
                            OPENING_HOURS_RULE,
                            "the " + request.channel() + " channel of '" + request.clientId() + "' is closed on every"
                                    + " interval from " + start + " to " + end
                                    + "; an adjustment applies only where the channel is open, the only hours"
                                    + " schedules place shifts in")));
        }
        RequirementAdjustment adjustment = new RequirementAdjustment();
        adjustment.clientId = request.clientId();
        adjustment.channel = request.channel();
        adjustment.start = start;
        adjustment.end = end;
        adjustment.kind = request.kind();
        adjustment.agents = request.agents();
        adjustment.note = request.note();
        adjustment.createdBy = username;
        adjustment.createdAt = clock.instant();
        store.add(adjustment);
        announce(adjustment);
        return AdjustmentView.of(adjustment);
    }

    /** Every adjustment overlapping [from, to) on the channel, withdrawn ones included and marked, newest first. */
    @Transactional
    public List<AdjustmentView> list(String clientId, Channel channel, Instant from, Instant to) {
        clients.requireChannel(clientId, channel);
        if (!to.isAfter(from)) {
            throw ProblemException.invalidField("to", "must be after from");
        }
        if (Duration.between(from, to).compareTo(Duration.ofDays(MAX_LIST_DAYS)) > 0) {
            throw ProblemException.invalidField("to", "a listing spans at most " + MAX_LIST_DAYS + " days");
        }
        return store.overlapping(clientId, channel, from, to).stream()
                .map(AdjustmentView::of)
                .toList();
    }

    @Transactional
    public AdjustmentView find(long id) {
        return AdjustmentView.of(existing(id));
    }

    /**
     * Takes the adjustment out of force; the row stays, with who withdrew it and when. Withdrawing it again changes
     * nothing and answers it as it stands, so a retried request is harmless.
     */
    @Transactional
    public AdjustmentView withdraw(long id, String username) {
        RequirementAdjustment adjustment =
                store.lock(id).orElseThrow(() -> ProblemException.notFound("Adjustment", String.valueOf(id)));
        if (!adjustment.withdrawn()) {
            adjustment.withdrawnBy = username;
            adjustment.withdrawnAt = clock.instant();
            store.flush();
            announce(adjustment);
        }
        return AdjustmentView.of(adjustment);
    }

    /** 400 naming the bound that {@code agents} breaks for its kind, if any (both are present by now). */
    static Optional<String> agentsProblem(AdjustmentKind kind, int agents) {
        if (kind == AdjustmentKind.SET && (agents < 0 || agents > AdjustmentRequest.MAX_AGENTS)) {
            return Optional.of("a SET puts the agents at 0 to " + AdjustmentRequest.MAX_AGENTS);
        }
        if (kind == AdjustmentKind.CHANGE && agents == 0) {
            return Optional.of("a CHANGE of 0 agents changes nothing");
        }
        return Optional.empty();
    }

    private RequirementAdjustment existing(long id) {
        return store.find(id).orElseThrow(() -> ProblemException.notFound("Adjustment", String.valueOf(id)));
    }

    private void announce(RequirementAdjustment adjustment) {
        revised.fire(new RequirementRevised(List.of(new RequirementRevised.Window(
                adjustment.clientId, adjustment.channel, adjustment.start, adjustment.end))));
    }

    /** The instant the field holds, or null with a violation naming the field. */
    private static Instant onGrain(String field, String text, int grainMinutes, List<Violation> errors) {
        Instant instant = Instants.parseWithOffset(text).orElse(null);
        if (instant == null) {
            errors.add(Violation.ofField(field, "'" + text + "' is not " + Instants.EXPECTED));
            return null;
        }
        if (!Grain.isOnGrain(instant, grainMinutes)) {
            errors.add(
                    Violation.ofField(field, instant + " is not on the channel's " + grainMinutes + "-minute grain"));
            return null;
        }
        return instant;
    }

    /** Whether any interval of [start, end) on the channel's grain falls in its opening hours. */
    private static boolean anyOpen(ChannelProfile rules, ZoneId zone, Instant start, Instant end) {
        long step = rules.intervalMinutes() * 60L;
        for (Instant t = start; t.isBefore(end); t = t.plusSeconds(step)) {
            if (rules.isOpenAt(t.atZone(zone))) {
                return true;
            }
        }
        return false;
    }
}
