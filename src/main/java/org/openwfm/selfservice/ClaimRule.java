package org.openwfm.selfservice;

import static org.openwfm.selfservice.Wording.duration;
import static org.openwfm.selfservice.Wording.hours;
import static org.openwfm.selfservice.Wording.local;
import static org.openwfm.selfservice.Wording.minutes;
import static org.openwfm.selfservice.Wording.span;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.openwfm.roster.problem.ScheduledShift;
import org.openwfm.shared.error.Violation;
import org.openwfm.shared.time.TimeSpan;

/**
 * Every rule a claim must pass, in one place: each has a name and, when broken, a reason the agent can
 * read and act on. The agent's open-slot list applies the same rules, so it offers only what a claim
 * would accept.
 */
enum ClaimRule {
    CERTIFICATION("certification") {
        @Override
        Optional<String> check(ClaimContext c) {
            return c.agent().certified().contains(c.slot().channel())
                    ? Optional.empty()
                    : Optional.of(c.agent().agentId() + " is not certified for "
                            + c.slot().channel());
        }
    },

    OPENING_HOURS("opening hours") {
        @Override
        Optional<String> check(ClaimContext c) {
            return closedAt(c.slot(), c.intervals());
        }
    },

    CLAIM_NOTICE("claim notice") {
        @Override
        Optional<String> check(ClaimContext c) {
            Instant start = c.range().start();
            if (!start.isBefore(c.now().plusSeconds(60L * c.cutoffMinutes()))) {
                return Optional.empty();
            }
            String when = start.isAfter(c.now())
                    ? "start " + yourTime(start, c) + ", " + Wording.fromNow(start, c.now())
                    : "started " + yourTime(start, c);
            return Optional.of(
                    "Claims close " + duration(c.cutoffMinutes()) + " before the start: these hours " + when);
        }
    },

    ACCESS_WINDOW("access window") {
        @Override
        Optional<String> check(ClaimContext c) {
            long delay = 60L * c.agent().accessDelayMinutes();
            return c.slot().openedAt().values().stream()
                    .map(opened -> opened.plusSeconds(delay))
                    .filter(visible -> visible.isAfter(c.now()))
                    .max(Comparator.naturalOrder())
                    .map(visible ->
                            "Newly opened hours reach access tier " + c.agent().accessTier() + " after "
                                    + duration(c.agent().accessDelayMinutes()) + ": these open to you at "
                                    + yourTime(visible, c));
        }
    },

    OVERLAP("overlap") {
        @Override
        Optional<String> check(ClaimContext c) {
            return c.others().stream()
                    .filter(s -> overlaps(s, c.range()))
                    .findFirst()
                    .map(s -> "Overlaps your shift on " + s.channel() + ", "
                            + span(s.start(), s.end(), c.agent().zone()));
        }
    },

    MIN_SHIFT_LENGTH("minimum shift length") {
        @Override
        Optional<String> check(ClaimContext c) {
            long length = minutes(c.merged().start(), c.merged().end());
            return length >= Math.round(c.agent().contract().minShiftHours * 60)
                    ? Optional.empty()
                    : Optional.of("A shift lasts at least " + hours(c.agent().contract().minShiftHours)
                            + "; this claim would make a shift of " + duration(length) + " (" + mergedText(c) + ")");
        }
    },

    MAX_SHIFT_LENGTH("maximum shift length") {
        @Override
        Optional<String> check(ClaimContext c) {
            long length = minutes(c.merged().start(), c.merged().end());
            return length <= Math.round(c.agent().contract().maxShiftHours * 60)
                    ? Optional.empty()
                    : Optional.of("A shift lasts at most " + hours(c.agent().contract().maxShiftHours)
                            + "; this claim would make a shift of " + duration(length) + " (" + mergedText(c) + ")");
        }
    },

    DAILY_MAXIMUM("daily maximum") {
        @Override
        Optional<String> check(ClaimContext c) {
            ZoneId zone = c.agent().zone();
            LocalDate day = c.merged().start().atZone(zone).toLocalDate();
            long worked =
                    workedMinutes(c, s -> s.start().atZone(zone).toLocalDate().equals(day));
            return worked <= Math.round(c.agent().contract().maxDailyHours * 60)
                    ? Optional.empty()
                    : Optional.of("At most " + hours(c.agent().contract().maxDailyHours) + " a day: " + Wording.day(day)
                            + " would have " + duration(worked));
        }
    },

    WEEKLY_MAXIMUM("weekly maximum") {
        @Override
        Optional<String> check(ClaimContext c) {
            ZoneId zone = c.agent().zone();
            LocalDate monday = c.merged()
                    .start()
                    .atZone(zone)
                    .toLocalDate()
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            long worked = workedMinutes(c, s -> {
                LocalDate day = s.start().atZone(zone).toLocalDate();
                return !day.isBefore(monday) && day.isBefore(monday.plusWeeks(1));
            });
            return worked <= Math.round(c.agent().contract().maxWeeklyHours * 60)
                    ? Optional.empty()
                    : Optional.of("At most " + hours(c.agent().contract().maxWeeklyHours) + " a week: the week of "
                            + Wording.day(monday) + " would have " + duration(worked));
        }
    },

    REST("rest") {
        @Override
        Optional<String> check(ClaimContext c) {
            long minRest = Math.round(c.agent().contract().minRestHours * 60);
            for (ScheduledShift other : c.others()) {
                if (overlaps(other, c.merged())) {
                    continue; // the overlap rule speaks for it
                }
                boolean before = !other.end().isAfter(c.merged().start());
                long rest = before
                        ? minutes(other.end(), c.merged().start())
                        : minutes(c.merged().end(), other.start());
                if (rest < minRest) {
                    return Optional.of(
                            "At least " + hours(c.agent().contract().minRestHours) + " rest between shifts: only "
                                    + duration(rest)
                                    + (before
                                            ? " after your shift ending " + yourTime(other.end(), c)
                                            : " before your shift starting " + yourTime(other.start(), c)));
                }
            }
            return Optional.empty();
        }
    },

    CONSECUTIVE_DAYS("consecutive days") {
        @Override
        Optional<String> check(ClaimContext c) {
            ZoneId zone = c.agent().zone();
            Set<LocalDate> days = new TreeSet<>();
            c.others().forEach(s -> days.add(s.start().atZone(zone).toLocalDate()));
            LocalDate day = c.merged().start().atZone(zone).toLocalDate();
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
            return run <= c.agent().contract().maxConsecutiveDays
                    ? Optional.empty()
                    : Optional.of("At most " + c.agent().contract().maxConsecutiveDays
                            + " days in a row: this would make " + run + " (" + first + " to " + last + ")");
        }
    };

    private final String ruleName;

    ClaimRule(String ruleName) {
        this.ruleName = ruleName;
    }

    String ruleName() {
        return ruleName;
    }

    /** Why the claim breaks this rule, or empty when it keeps it. */
    abstract Optional<String> check(ClaimContext context);

    /** Every rule the claim breaks, skipping those given, each with its reason. */
    static List<Violation> broken(ClaimContext context, Set<ClaimRule> skipped) {
        return Stream.of(values())
                .filter(rule -> !skipped.contains(rule))
                .flatMap(rule -> rule.check(context).map(reason -> Violation.ofRule(rule.ruleName, reason)).stream())
                .toList();
    }

    /** Why a channel cannot take these intervals: the first one it is closed in. */
    static Optional<String> closedAt(ClaimContext.SlotTerms slot, List<Instant> intervals) {
        return intervals.stream()
                .filter(t -> !slot.openAt().test(t))
                .findFirst()
                .map(t -> slot.channel() + " is closed at " + local(t, slot.clientZone()) + " (" + slot.clientZone()
                        + ")");
    }

    private static boolean overlaps(ScheduledShift shift, TimeSpan range) {
        return shift.start().isBefore(range.end()) && range.start().isBefore(shift.end());
    }

    /** Minutes of the merged shift plus those of the other shifts the filter keeps. */
    private static long workedMinutes(ClaimContext c, Predicate<TimeSpan> counted) {
        long worked = minutes(c.merged().start(), c.merged().end());
        for (ScheduledShift other : c.others()) {
            if (counted.test(new TimeSpan(other.start(), other.end()))) {
                worked += minutes(other.start(), other.end());
            }
        }
        return worked;
    }

    private static String mergedText(ClaimContext c) {
        return span(c.merged().start(), c.merged().end(), c.agent().zone());
    }

    private static String yourTime(Instant instant, ClaimContext c) {
        return local(instant, c.agent().zone()) + " your time";
    }
}
