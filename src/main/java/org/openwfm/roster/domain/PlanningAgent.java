package org.openwfm.roster.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.openwfm.client.ChannelKey;
import org.openwfm.workforce.ContractTerms;

/**
 * An agent as the solver sees it: contract, certifications, and when it may work, already turned into
 * planning intervals in the agent's own zone (so DST is resolved before solving).
 */
public final class PlanningAgent {

    private final String id;
    private final String timeZone;
    private final ContractTerms terms;
    private final Set<ChannelKey> certifications;
    private final List<IndexRange> available;
    private final List<IndexRange> timeOff;
    private final List<IndexRange> preferred;

    public PlanningAgent(
            String id,
            String timeZone,
            ContractTerms terms,
            Set<ChannelKey> certifications,
            List<IndexRange> available,
            List<IndexRange> timeOff) {
        this(id, timeZone, terms, certifications, available, timeOff, List.of());
    }

    /** @param preferred hours the agent would rather work; empty when it states no preference */
    public PlanningAgent(
            String id,
            String timeZone,
            ContractTerms terms,
            Set<ChannelKey> certifications,
            List<IndexRange> available,
            List<IndexRange> timeOff,
            List<IndexRange> preferred) {
        this.id = id;
        this.timeZone = timeZone;
        this.terms = terms;
        this.certifications = Set.copyOf(certifications);
        this.available = List.copyOf(available);
        this.timeOff = List.copyOf(timeOff);
        this.preferred = List.copyOf(preferred);
    }

    public boolean hasPreferences() {
        return !preferred.isEmpty();
    }

    /** Planning intervals of [start, end) outside the agent's preferred hours (0 without preferences). */
    public int outsidePreferred(int start, int end) {
        if (preferred.isEmpty()) {
            return 0;
        }
        return (end - start)
                - preferred.stream()
                        .mapToInt(window -> window.overlap(start, end))
                        .sum();
    }

    public List<IndexRange> preferred() {
        return preferred;
    }

    public String id() {
        return id;
    }

    public String timeZone() {
        return timeZone;
    }

    public ContractTerms terms() {
        return terms;
    }

    public boolean isCertifiedFor(ChannelKey channel) {
        return certifications.contains(channel);
    }

    public Set<ChannelKey> certifications() {
        return certifications;
    }

    /** Its available stretches of time, net of time off and of work published elsewhere. */
    public List<IndexRange> available() {
        return available;
    }

    /** Whether [start, end) lies inside one availability window. */
    public boolean isAvailable(int start, int end) {
        return available.stream().anyMatch(window -> window.contains(start, end));
    }

    /** Planning intervals of [start, end) that fall in time off. */
    public int timeOffOverlap(int start, int end) {
        return timeOff.stream().mapToInt(off -> off.overlap(start, end)).sum();
    }

    public List<IndexRange> timeOff() {
        return timeOff;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanningAgent other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    @Override
    public String toString() {
        return id;
    }
}
