package org.openwfm.selfservice.trade;

import java.time.LocalDate;
import java.time.ZoneId;
import org.openwfm.client.ChannelKey;
import org.openwfm.client.ChannelProfile;
import org.openwfm.client.ClientProfile;
import org.openwfm.schedule.PublishedWeeks.Shift;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.shared.time.Weeks;
import org.openwfm.workforce.AgentProfile;

/**
 * Who gives which hours in a trade, read under both agents' locks.
 *
 * @param giver   the agent who offered
 * @param taker   the agent who accepts
 * @param offered the offerer's hours and the shift they lie in
 * @param swap    the hours the taker gives back and their shift, or null for a give-away
 */
record TradeParties(AgentProfile giver, AgentProfile taker, Hours offered, Hours swap) {

    /**
     * Hours of one published shift on its client channel.
     *
     * @param clientWeek the client's week the shift lies in, whose requirement the break placement weighs
     */
    record Hours(Shift shift, TimeSpan range, ChannelProfile rules, LocalDate clientWeek) {

        static Hours of(Shift shift, TimeSpan range, ClientProfile client, ChannelProfile rules) {
            return new Hours(shift, range, rules, Weeks.mondayOf(shift.shift().start(), ZoneId.of(client.timeZone())));
        }

        ChannelKey channel() {
            return shift.shift().channel();
        }
    }

    boolean needsApproval() {
        return offered.rules().tradesNeedApproval()
                || (swap != null && swap.rules().tradesNeedApproval());
    }
}
