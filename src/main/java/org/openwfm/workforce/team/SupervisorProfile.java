package org.openwfm.workforce.team;

import java.util.List;
import org.openwfm.workforce.Availability;

/**
 * A supervisor as other features read it, copied out of the rows: its zone and weekly hours (its own, or the
 * agent's when it is also an agent and states none of its own).
 */
public record SupervisorProfile(
        String id, String name, String timeZone, String agentId, List<Availability> availability) {

    public SupervisorProfile {
        availability = List.copyOf(availability);
    }
}
