package org.openwfm.selfservice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** An agent's own record of claims and releases, kept and refused. */
@ApplicationScoped
public class AgentHistory {

    /** How far back an agent's history reaches. */
    private static final Duration HISTORY = Duration.ofDays(90);

    private static final int HISTORY_LIMIT = 500;

    @Inject
    Claimants claimants;

    @Inject
    SelfServiceLog log;

    @Inject
    Clock clock;

    /** The last 90 days, newest first; a 404 for an unknown agent. */
    public List<LogEntry> of(String agentId) {
        claimants.find(agentId);
        return log.ofAgent(agentId, clock.instant().minus(HISTORY), HISTORY_LIMIT);
    }
}
