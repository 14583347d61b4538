package org.openwfm.workforce;

import java.util.List;
import org.openwfm.client.ChannelKey;

/**
 * An agent as other features read it, copied out of the row: its zone, its contract in minutes, the
 * channels it is certified for (in the row's order) and its weekly hours and time off.
 */
public record AgentProfile(
        String id,
        String timeZone,
        ContractTerms terms,
        BreakTerms breakTerms,
        List<ChannelKey> certifications,
        List<Availability> availability,
        List<Availability> preferredHours,
        List<TimeOff> timeOff) {

    public AgentProfile {
        certifications = List.copyOf(certifications);
        availability = List.copyOf(availability);
        preferredHours = List.copyOf(preferredHours);
        timeOff = List.copyOf(timeOff);
    }

    /** The profile of a row; weekly hours and time off are detached copies, so changing them changes no row. */
    public static AgentProfile of(Agent row) {
        return new AgentProfile(
                row.id,
                row.timeZone,
                row.contract.terms(),
                row.contract.breakTerms(),
                row.certifications.stream()
                        .map(c -> new ChannelKey(c.clientId, c.channel))
                        .toList(),
                WeeklyHours.copies(row.availability),
                WeeklyHours.copies(row.preferredHours),
                row.timeOff.stream()
                        .map(off -> new TimeOff(off.start, off.end, off.reason))
                        .toList());
    }
}
