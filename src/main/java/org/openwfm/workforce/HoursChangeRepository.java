package org.openwfm.workforce;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
class HoursChangeRepository implements PanacheRepositoryBase<HoursChange, Long> {

    /** The agent's changes that still apply (in effect or pending), by the week they apply from. */
    List<HoursChange> applying(String agentId) {
        return find("agentId = ?1 and replacedAt is null order by effectiveFrom, id", agentId)
                .list();
    }

    /** Every agent's changes that still apply, by agent, each by the week it applies from. */
    Map<String, List<HoursChange>> applyingByAgent() {
        return find("replacedAt is null order by agentId, effectiveFrom, id").list().stream()
                .collect(Collectors.groupingBy(c -> c.agentId, Collectors.toList()));
    }

    /** Every change of the agent, newest first: its history. */
    List<HoursChange> history(String agentId) {
        return find("agentId = ?1 order by changedAt desc, id desc", agentId).list();
    }

    /** Marks the agent's applying changes effective from the week on or later as replaced. */
    void replaceFrom(String agentId, LocalDate weekStart, Instant at) {
        update(
                "replacedAt = ?1 where agentId = ?2 and replacedAt is null and effectiveFrom >= ?3",
                at,
                agentId,
                weekStart);
    }

    /** Marks the agent's applying changes effective from the week or earlier (those in effect) as replaced. */
    void replaceUpTo(String agentId, LocalDate weekStart, Instant at) {
        update(
                "replacedAt = ?1 where agentId = ?2 and replacedAt is null and effectiveFrom <= ?3",
                at,
                agentId,
                weekStart);
    }
}
