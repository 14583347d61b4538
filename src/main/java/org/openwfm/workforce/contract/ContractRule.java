package org.openwfm.workforce.contract;

import static org.openwfm.workforce.contract.AgentShifts.minutes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.workforce.ContractTerms;

/**
 * The rules of an agent's contract, each written once and named. Claims, releases and publishing all ask
 * these; each words a breach for its own reader.
 *
 * <p>The solver cannot call them for every move it tries, so its hard constraints
 * ({@code org.openwfm.roster.solver.RosterConstraints}) weigh the same {@link ContractTerms} fields
 * incrementally, one constraint per rule: {@link #MIN_SHIFT_LENGTH} and {@link #MAX_SHIFT_LENGTH} are
 * "Shift length", {@link #DAILY_MAXIMUM} "Daily max hours", {@link #WEEKLY_MAXIMUM} "Weekly max hours",
 * {@link #REST} "Rest between shifts", {@link #CONSECUTIVE_DAYS} "Max consecutive days". The weekly
 * minimum is a soft target only the solver weighs ("Weekly minimum hours"): nothing is refused for it.
 */
public enum ContractRule {
    MIN_SHIFT_LENGTH("minimum shift length") {
        @Override
        public List<ContractBreach> breaches(AgentShifts work, ContractTerms terms) {
            long length = minutes(work.shift());
            return length >= terms.minShiftMinutes() ? List.of() : onShiftDay(work, length, terms.minShiftMinutes());
        }
    },

    MAX_SHIFT_LENGTH("maximum shift length") {
        @Override
        public List<ContractBreach> breaches(AgentShifts work, ContractTerms terms) {
            long length = minutes(work.shift());
            return length <= terms.maxShiftMinutes() ? List.of() : onShiftDay(work, length, terms.maxShiftMinutes());
        }
    },

    /** Minutes of shifts starting on the shift's local day. */
    DAILY_MAXIMUM("daily maximum") {
        @Override
        public List<ContractBreach> breaches(AgentShifts work, ContractTerms terms) {
            LocalDate day = work.day(work.shift());
            long worked = worked(work, span -> work.day(span).equals(day));
            return worked <= terms.maxDailyMinutes()
                    ? List.of()
                    : List.of(new ContractBreach(this, worked, terms.maxDailyMinutes(), day, day, null));
        }
    },

    /** Minutes of shifts starting in the shift's local week, Monday to Sunday. */
    WEEKLY_MAXIMUM("weekly maximum") {
        @Override
        public List<ContractBreach> breaches(AgentShifts work, ContractTerms terms) {
            LocalDate monday = work.day(work.shift()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate sunday = monday.plusDays(6);
            long worked = worked(
                    work,
                    span -> !work.day(span).isBefore(monday) && !work.day(span).isAfter(sunday));
            return worked <= terms.maxWeeklyMinutes()
                    ? List.of()
                    : List.of(new ContractBreach(this, worked, terms.maxWeeklyMinutes(), monday, sunday, null));
        }
    },

    /**
     * Time off between the shift and each other one, in the other's order. Overlapping shifts have less
     * than no rest between them, so they break it too (a claim leaves those to its overlap rule).
     */
    REST("rest") {
        @Override
        public List<ContractBreach> breaches(AgentShifts work, ContractTerms terms) {
            TimeSpan shift = work.shift();
            LocalDate day = work.day(shift);
            List<ContractBreach> found = new ArrayList<>();
            for (TimeSpan other : work.others()) {
                long gapSeconds = Math.max(
                        shift.start().getEpochSecond() - other.end().getEpochSecond(),
                        other.start().getEpochSecond() - shift.end().getEpochSecond());
                if (gapSeconds < 60L * terms.minRestMinutes()) {
                    found.add(new ContractBreach(this, gapSeconds / 60, terms.minRestMinutes(), day, day, other));
                }
            }
            return found;
        }
    },

    /** The run of local days with a shift that holds the shift's day. */
    CONSECUTIVE_DAYS("consecutive days") {
        @Override
        public List<ContractBreach> breaches(AgentShifts work, ContractTerms terms) {
            Set<LocalDate> days = new TreeSet<>();
            work.others().forEach(other -> days.add(work.day(other)));
            LocalDate day = work.day(work.shift());
            days.add(day);
            LocalDate first = day;
            while (days.contains(first.minusDays(1))) {
                first = first.minusDays(1);
            }
            LocalDate last = day;
            while (days.contains(last.plusDays(1))) {
                last = last.plusDays(1);
            }
            long run = last.toEpochDay() - first.toEpochDay() + 1;
            return run <= terms.maxConsecutiveDays()
                    ? List.of()
                    : List.of(new ContractBreach(this, run, terms.maxConsecutiveDays(), first, last, null));
        }
    };

    private final String ruleName;

    ContractRule(String ruleName) {
        this.ruleName = ruleName;
    }

    /** The name a refusal gives the rule, the same for claims, releases and publishing. */
    public String ruleName() {
        return ruleName;
    }

    /** How the agent's work breaks this rule: empty when it keeps it; for rest, one breach per shift too close. */
    public abstract List<ContractBreach> breaches(AgentShifts work, ContractTerms terms);

    List<ContractBreach> onShiftDay(AgentShifts work, long found, long limit) {
        LocalDate day = work.day(work.shift());
        return List.of(new ContractBreach(this, found, limit, day, day, null));
    }

    /** Minutes of the shift plus those of the other shifts the filter keeps. */
    static long worked(AgentShifts work, Predicate<TimeSpan> counted) {
        return minutes(work.shift())
                + work.others().stream()
                        .filter(counted)
                        .mapToLong(AgentShifts::minutes)
                        .sum();
    }
}
