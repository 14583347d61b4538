package org.openwfm.workforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.error.Violation;

/**
 * Availability and preferred hours set for an agent from a later week on, and their history. Which week a change
 * applies from is the caller's to decide (it needs the published weeks, which workforce does not know); here the
 * change is checked and stored, and replaces the agent's changes that would apply from that week or later.
 */
@ApplicationScoped
public class AgentHours {

    /** Hours an agent sets lie on the half-hour, the grain agents claim and are planned in. */
    public static final int GRAIN_MINUTES = 30;

    @Inject
    HoursChangeRepository changes;

    @Inject
    AgentRepository agents;

    @Inject
    Clock clock;

    /** Every problem of the hours, each named by its field: the agent resource's checks, and the grain. */
    public static List<Violation> check(HoursRequest request) {
        List<Violation> errors = new ArrayList<>();
        errors.addAll(WeeklyHours.check("availability", request.availability()));
        errors.addAll(WeeklyHours.checkGrain("availability", request.availability(), GRAIN_MINUTES));
        errors.addAll(WeeklyHours.check("preferredHours", request.preferredHours()));
        errors.addAll(WeeklyHours.checkGrain("preferredHours", request.preferredHours(), GRAIN_MINUTES));
        return errors;
    }

    /**
     * Stores checked hours for the agent from {@code effectiveFrom} (a Monday in the agent's zone) on. The changes
     * that would apply from that week or later are replaced: the latest change made wins from its week on. Runs
     * in the caller's transaction, which holds the agent's row lock, so two changes of one agent never interleave.
     */
    @Transactional(TxType.MANDATORY)
    public HoursChangeView schedule(String agentId, LocalDate effectiveFrom, HoursRequest request, String changedBy) {
        HoursChange change = new HoursChange();
        change.agentId = agentId;
        change.effectiveFrom = effectiveFrom;
        change.changedBy = changedBy;
        change.changedAt = clock.instant();
        change.availability.addAll(WeeklyHours.toRows(request.availability()));
        change.preferredHours.addAll(WeeklyHours.toRows(request.preferredHours()));
        changes.replaceFrom(agentId, effectiveFrom, change.changedAt);
        changes.persist(change);
        changes.flush();
        return HoursChangeView.of(change);
    }

    /** Every change of the agent's hours, newest first; a 404 for an unknown agent. */
    @Transactional
    public List<HoursChangeView> history(String agentId) {
        if (agents.findByIdOptional(agentId).isEmpty()) {
            throw ProblemException.notFound("Agent", agentId);
        }
        return changes.history(agentId).stream().map(HoursChangeView::of).toList();
    }
}
