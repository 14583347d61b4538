package org.openwfm.workforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openwfm.client.ChannelKey;

/**
 * An agent as other features read it, copied out of the row: its zone, its contract in minutes, the
 * channels it is certified for (in the row's order) and its weekly hours and time off.
 *
 * <p>{@code availability} and {@code preferredHours} are the hours in effect this week. An agent may have set
 * other hours from a later week on ({@code weeks}, by the week they apply from, the standing hours first); a
 * reader that works on a given week asks {@link #forWeek} for the profile in effect that week.
 *
 * @param weeks the hours by the week they apply from; empty when the same hours apply every week
 */
public record AgentProfile(
        String id,
        String timeZone,
        ContractTerms terms,
        BreakTerms breakTerms,
        List<ChannelKey> certifications,
        List<Availability> availability,
        List<Availability> preferredHours,
        List<TimeOff> timeOff,
        List<WeekHours> weeks) {

    public AgentProfile {
        certifications = List.copyOf(certifications);
        availability = List.copyOf(availability);
        preferredHours = List.copyOf(preferredHours);
        timeOff = List.copyOf(timeOff);
        weeks = List.copyOf(weeks);
    }

    /** A profile whose hours are the same every week. */
    public AgentProfile(
            String id,
            String timeZone,
            ContractTerms terms,
            BreakTerms breakTerms,
            List<ChannelKey> certifications,
            List<Availability> availability,
            List<Availability> preferredHours,
            List<TimeOff> timeOff) {
        this(id, timeZone, terms, breakTerms, certifications, availability, preferredHours, timeOff, List.of());
    }

    /**
     * The profile as it stands in the week starting on {@code weekStart} (a Monday in the agent's zone): the
     * availability and preferred hours in effect that week; the rest unchanged.
     */
    public AgentProfile forWeek(LocalDate weekStart) {
        if (weeks.isEmpty()) {
            return this;
        }
        WeekHours hours = inEffect(weeks, weekStart);
        return new AgentProfile(
                id,
                timeZone,
                terms,
                breakTerms,
                certifications,
                hours.availability(),
                hours.preferredHours(),
                timeOff,
                weeks);
    }

    /** The profile of a row whose standing hours apply every week. */
    public static AgentProfile of(Agent row) {
        return of(row, List.of(), null);
    }

    /**
     * The profile of a row and its changes that still apply, with the hours in effect in {@code thisWeek} as its
     * availability and preferred hours; weekly hours and time off are detached copies, so changing them changes
     * no row.
     */
    static AgentProfile of(Agent row, List<HoursChange> applying, LocalDate thisWeek) {
        List<WeekHours> weeks = new ArrayList<>();
        WeekHours standing = new WeekHours(
                WeekHours.ALWAYS, WeeklyHours.copies(row.availability), WeeklyHours.copies(row.preferredHours));
        if (!applying.isEmpty()) {
            weeks.add(standing);
            applying.stream()
                    .sorted((a, b) -> a.effectiveFrom.compareTo(b.effectiveFrom))
                    .map(WeekHours::of)
                    .forEach(weeks::add);
        }
        WeekHours now = weeks.isEmpty() ? standing : inEffect(weeks, thisWeek);
        return new AgentProfile(
                row.id,
                row.timeZone,
                row.contract.terms(),
                row.contract.breakTerms(),
                row.certifications.stream()
                        .map(c -> new ChannelKey(c.clientId, c.channel))
                        .toList(),
                now.availability(),
                now.preferredHours(),
                row.timeOff.stream()
                        .map(off -> new TimeOff(off.start, off.end, off.reason))
                        .toList(),
                weeks);
    }

    /** The last of the hours (ordered by the week they apply from) that applies from the week or earlier. */
    private static WeekHours inEffect(List<WeekHours> weeks, LocalDate weekStart) {
        WeekHours found = weeks.get(0);
        for (WeekHours hours : weeks) {
            if (!hours.effectiveFrom().isAfter(weekStart)) {
                found = hours;
            }
        }
        return found;
    }
}
