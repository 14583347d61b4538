package org.openwfm.workforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/** How other features read agents: profiles copied inside the caller's transaction, never the rows. */
@ApplicationScoped
public class AgentDirectory {

    @Inject
    AgentRepository agents;

    /** Every agent, ordered by id. */
    public List<AgentProfile> listOrdered() {
        return agents.listOrdered().stream().map(AgentProfile::of).toList();
    }

    public Optional<AgentProfile> find(String agentId) {
        return agents.findByIdOptional(agentId).map(AgentProfile::of);
    }

    /** An agent that other rows still reference, so it must exist. */
    public AgentProfile get(String agentId) {
        return AgentProfile.of(agents.findById(agentId));
    }

    /**
     * Locks the agent's row for the rest of the caller's transaction (a pessimistic write lock), then reads
     * it: whoever locks one agent runs after, and before, everyone else locking it.
     */
    public Optional<AgentProfile> lock(String agentId) {
        return agents.findByIdOptional(agentId, LockModeType.PESSIMISTIC_WRITE).map(AgentProfile::of);
    }
}
