package org.openwfm.staffing;

import java.time.Instant;
import java.util.List;
import org.openwfm.client.Channel;

/**
 * Fired inside the transaction that changed a requirement without a new forecast (a planner's adjustment made or
 * withdrawn), so that what depends on the requirement (open seats of published weeks) follows in the same commit.
 */
public record RequirementRevised(List<Window> windows) {

    /** The intervals of one client channel whose requirement may have changed: [from, to). */
    public record Window(String clientId, Channel channel, Instant from, Instant to) {}
}
