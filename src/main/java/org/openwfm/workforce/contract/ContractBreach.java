package org.openwfm.workforce.contract;

import java.time.LocalDate;
import org.openwfm.shared.time.TimeSpan;

/**
 * A contract rule broken, with what was found against the limit, so each caller can word it for its
 * reader (an agent refused a claim, a planner refused a publish).
 *
 * @param found    what the agent would work, in the limit's unit: minutes, or days for consecutive days
 * @param limit    the contract's limit
 * @param firstDay the first local day counted (the shift's day for length and rest, the Monday for the week)
 * @param lastDay  the last local day counted
 * @param other    for rest, the other shift too close (or overlapping); otherwise null
 */
public record ContractBreach(
        ContractRule rule, long found, long limit, LocalDate firstDay, LocalDate lastDay, TimeSpan other) {}
