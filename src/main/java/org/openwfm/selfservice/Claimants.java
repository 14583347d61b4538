package org.openwfm.selfservice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.openwfm.client.ChannelKey;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.workforce.Agent;

/** The agent behind a claim or a release. */
@ApplicationScoped
public class Claimants {

    @Inject
    EntityManager em;

    /**
     * Locks the agent's row for the rest of the transaction: one agent's claims and releases, and the
     * publishes that concern it, run one after the other. A 404 for an unknown agent.
     */
    Agent lock(String agentId) {
        Agent agent = em.find(Agent.class, agentId, LockModeType.PESSIMISTIC_WRITE);
        if (agent == null) {
            throw ProblemException.notFound("Agent", agentId);
        }
        return agent;
    }

    public Agent find(String agentId) {
        Agent agent = em.find(Agent.class, agentId);
        if (agent == null) {
            throw ProblemException.notFound("Agent", agentId);
        }
        return agent;
    }

    static ClaimContext.Claimant claimant(Agent agent, Reliability record) {
        return new ClaimContext.Claimant(
                agent.id,
                ZoneId.of(agent.timeZone),
                agent.certifications.stream()
                        .map(c -> new ChannelKey(c.clientId, c.channel))
                        .collect(Collectors.toSet()),
                agent.contract.terms(),
                record.accessTier(),
                record.accessDelayMinutes());
    }
}
