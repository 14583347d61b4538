package org.openwfm.workforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * How another feature writes an agent's time off (an approved request adds it, a cancelled one takes it away):
 * one span at a time, in the caller's transaction, never the row. The roster and claims read it back through
 * {@link AgentProfile#timeOff()}. The caller holds the agent's lock ({@link AgentDirectory#lock}).
 */
@ApplicationScoped
public class AgentTimeOffs {

    /** The column's length: a longer reason is cut. */
    static final int MAX_REASON = 200;

    @Inject
    AgentRepository agents;

    /** Adds the span to the agent's time off. */
    public void add(String agentId, Instant start, Instant end, String reason) {
        agents.findById(agentId).timeOff.add(new TimeOff(start, end, cut(reason)));
    }

    /**
     * Takes the span added with this reason away again; one entry, so a planner's own entry of the same span stays.
     *
     * @return whether the agent had it
     */
    public boolean remove(String agentId, Instant start, Instant end, String reason) {
        String stored = cut(reason);
        var timeOff = agents.findById(agentId).timeOff;
        for (int i = 0; i < timeOff.size(); i++) {
            TimeOff off = timeOff.get(i);
            if (off.start.equals(start) && off.end.equals(end) && stored.equals(off.reason)) {
                timeOff.remove(i);
                return true;
            }
        }
        return false;
    }

    private static String cut(String reason) {
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
    }
}
