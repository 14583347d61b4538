package org.openwfm.selfservice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.HashSet;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.workforce.AgentDirectory;
import org.openwfm.workforce.AgentProfile;

/** The agent behind a claim or a release. */
@ApplicationScoped
public class Claimants {

    @Inject
    AgentDirectory agents;

    /**
     * Locks the agent's row for the rest of the transaction: one agent's claims and releases, and the
     * publishes that concern it, run one after the other. A 404 for an unknown agent.
     */
    AgentProfile lock(String agentId) {
        return agents.lock(agentId).orElseThrow(() -> ProblemException.notFound("Agent", agentId));
    }

    public AgentProfile find(String agentId) {
        return agents.find(agentId).orElseThrow(() -> ProblemException.notFound("Agent", agentId));
    }

    static ClaimContext.Claimant claimant(AgentProfile agent, Reliability record) {
        return claimant(agent, record.accessTier(), record.accessDelayMinutes());
    }

    /** The agent as the rules see it where no open seat is taken, so no access tier applies (a trade's taker). */
    static ClaimContext.Claimant untiered(AgentProfile agent) {
        return claimant(agent, 0, 0);
    }

    private static ClaimContext.Claimant claimant(AgentProfile agent, int accessTier, int accessDelayMinutes) {
        return new ClaimContext.Claimant(
                agent.id(),
                ZoneId.of(agent.timeZone()),
                new HashSet<>(agent.certifications()),
                agent.terms(),
                accessTier,
                accessDelayMinutes,
                agent.availability(),
                agent.timeOff());
    }
}
