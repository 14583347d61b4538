package org.openwfm.workforce;

import java.time.LocalDate;
import java.util.List;

/**
 * An agent's availability and preferred hours from a week on (its Monday in the agent's zone), until a later
 * {@code WeekHours} of the same agent takes over.
 */
public record WeekHours(LocalDate effectiveFrom, List<Availability> availability, List<Availability> preferredHours) {

    /** Before any change: the standing hours apply from the beginning. */
    static final LocalDate ALWAYS = LocalDate.MIN;

    public WeekHours {
        availability = List.copyOf(availability);
        preferredHours = List.copyOf(preferredHours);
    }

    static WeekHours of(HoursChange change) {
        return new WeekHours(
                change.effectiveFrom,
                WeeklyHours.copies(change.availability),
                WeeklyHours.copies(change.preferredHours));
    }
}
