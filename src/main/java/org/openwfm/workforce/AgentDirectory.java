package org.openwfm.workforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openwfm.shared.time.Weeks;

/**
 * How other features read agents: profiles copied inside the caller's transaction, never the rows. Each profile
 * carries the agent's changes of hours that still apply, so a reader of a given week asks
 * {@link AgentProfile#forWeek}; without a week, a profile's hours are those in effect this week.
 */
@ApplicationScoped
public class AgentDirectory {

    @Inject
    AgentRepository agents;

    @Inject
    HoursChangeRepository changes;

    @Inject
    Clock clock;

    /** Every agent, ordered by id. */
    public List<AgentProfile> listOrdered() {
        Map<String, List<HoursChange>> applying = changes.applyingByAgent();
        return agents.listOrdered().stream()
                .map(a -> profile(a, applying.getOrDefault(a.id, List.of())))
                .toList();
    }

    public Optional<AgentProfile> find(String agentId) {
        return agents.findByIdOptional(agentId).map(this::profile);
    }

    /** An agent that other rows still reference, so it must exist. */
    public AgentProfile get(String agentId) {
        return profile(agents.findById(agentId));
    }

    /**
     * Locks the agent's row for the rest of the caller's transaction (a pessimistic write lock), then reads
     * it: whoever locks one agent runs after, and before, everyone else locking it.
     */
    public Optional<AgentProfile> lock(String agentId) {
        return agents.findByIdOptional(agentId, LockModeType.PESSIMISTIC_WRITE).map(this::profile);
    }

    private AgentProfile profile(Agent row) {
        return profile(row, changes.applying(row.id));
    }

    private AgentProfile profile(Agent row, List<HoursChange> applying) {
        return AgentProfile.of(row, applying, thisWeek(clock, row));
    }

    /** The Monday of the current week in the agent's zone. */
    static LocalDate thisWeek(Clock clock, Agent row) {
        return Weeks.mondayOf(clock.instant(), ZoneId.of(row.timeZone));
    }
}
