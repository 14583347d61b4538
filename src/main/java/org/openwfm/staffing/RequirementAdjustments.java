package org.openwfm.staffing;

import java.time.Instant;
import java.util.List;
import org.openwfm.client.Channel;

/**
 * The planners' adjustments the requirement follows, as the staffing feature reads them. Published here and
 * implemented in {@code staffing.adjustment}, so the requirement depends on no store of adjustments.
 */
public interface RequirementAdjustments {

    /** Adjustments not withdrawn that overlap [from, to) on the channel, newest first. */
    List<Adjustment> inForce(String clientId, Channel channel, Instant from, Instant to);
}
