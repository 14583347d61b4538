package org.openwfm.selfservice;

import static org.openwfm.selfservice.Wording.duration;
import static org.openwfm.selfservice.Wording.local;
import static org.openwfm.selfservice.Wording.span;

import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.openwfm.shared.error.Violation;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.workforce.contract.ContractBreach;
import org.openwfm.workforce.contract.ContractRule;

/**
 * Every rule a claim must pass, in one place: each has a name and, when broken, a reason the agent can
 * read and act on. The agent's open-slot list applies the same rules, so it offers only what a claim
 * would accept. The claim's own rules are written here; the contract's are the shared {@link ContractRule}s,
 * which these only word for the agent.
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
                    .filter(s -> overlaps(new TimeSpan(s.start(), s.end()), c.range()))
                    .findFirst()
                    .map(s -> "Overlaps your shift on " + s.channel() + ", "
                            + span(s.start(), s.end(), c.agent().zone()));
        }
    },

    /** Hours in a meeting, coaching or training are away from contacts: they cannot be claimed to take contacts. */
    ACTIVITY_CONFLICT("activity conflict") {
        @Override
        Optional<String> check(ClaimContext c) {
            return c.sessions().stream()
                    .filter(s -> s.overlaps(c.range().start(), c.range().end()))
                    .findFirst()
                    .map(s -> s.name() + " on "
                            + span(s.start(), s.end(), c.agent().zone()) + " falls in this claim");
        }
    },

    /**
     * The agent's standing weekly hours, in its zone: every interval of the range lies in one of them. A shift trade
     * asks it; a claim does not (see {@link #TRADE_ONLY}).
     */
    AVAILABILITY("availability") {
        @Override
        Optional<String> check(ClaimContext c) {
            return c.intervals().stream()
                    .filter(t -> !c.agent().availableAt(t))
                    .findFirst()
                    .map(t -> c.agent().agentId() + " is not available at " + yourTime(t, c)
                            + " (outside its weekly hours)");
        }
    },

    /**
     * Time off (vacation, appointment) overrides availability: none may overlap the range. The message leaves its
     * reason out: in a swap it is read by the colleague, and why someone is off is theirs to tell.
     */
    TIME_OFF("time off") {
        @Override
        Optional<String> check(ClaimContext c) {
            return c.agent().timeOff().stream()
                    .filter(off -> overlaps(new TimeSpan(off.start, off.end), c.range()))
                    .findFirst()
                    .map(off -> c.agent().agentId() + " has time off "
                            + span(off.start, off.end, c.agent().zone()));
        }
    },

    MIN_SHIFT_LENGTH(ContractRule.MIN_SHIFT_LENGTH) {
        @Override
        Optional<String> check(ClaimContext c) {
            return breach(c)
                    .map(b -> "A shift lasts at least " + duration(b.limit()) + "; this claim would make a shift of "
                            + duration(b.found()) + " (" + mergedText(c) + ")");
        }
    },

    MAX_SHIFT_LENGTH(ContractRule.MAX_SHIFT_LENGTH) {
        @Override
        Optional<String> check(ClaimContext c) {
            return breach(c)
                    .map(b -> "A shift lasts at most " + duration(b.limit()) + "; this claim would make a shift of "
                            + duration(b.found()) + " (" + mergedText(c) + ")");
        }
    },

    DAILY_MAXIMUM(ContractRule.DAILY_MAXIMUM) {
        @Override
        Optional<String> check(ClaimContext c) {
            return breach(c)
                    .map(b -> "At most " + duration(b.limit()) + " a day: " + Wording.day(b.firstDay()) + " would have "
                            + duration(b.found()));
        }
    },

    WEEKLY_MAXIMUM(ContractRule.WEEKLY_MAXIMUM) {
        @Override
        Optional<String> check(ClaimContext c) {
            return breach(c)
                    .map(b -> "At most " + duration(b.limit()) + " a week: the week of " + Wording.day(b.firstDay())
                            + " would have " + duration(b.found()));
        }
    },

    REST(ContractRule.REST) {
        @Override
        Optional<String> check(ClaimContext c) {
            return ContractRule.REST.breaches(c.work(), c.agent().terms()).stream()
                    .filter(b -> !overlaps(b.other(), c.merged())) // the overlap rule speaks for those
                    .findFirst()
                    .map(b -> "At least " + duration(b.limit()) + " rest between shifts: only " + duration(b.found())
                            + (b.other().end().isAfter(c.merged().start())
                                    ? " before your shift starting "
                                            + yourTime(b.other().start(), c)
                                    : " after your shift ending "
                                            + yourTime(b.other().end(), c)));
        }
    },

    CONSECUTIVE_DAYS(ContractRule.CONSECUTIVE_DAYS) {
        @Override
        Optional<String> check(ClaimContext c) {
            return breach(c)
                    .map(b -> "At most " + b.limit() + " days in a row: this would make " + b.found() + " ("
                            + b.firstDay() + " to " + b.lastDay() + ")");
        }
    };

    /**
     * The rules only a shift trade asks of the agent who takes hours. A claim does not weigh the claimant's standing
     * availability: picking hours beyond it is what self-scheduling is for, and the agent who claims says it can work
     * them. Time off is asked of both: hours the agent asked to be free of are not claimable until it cancels them.
     */
    static final Set<ClaimRule> TRADE_ONLY = Collections.unmodifiableSet(EnumSet.of(AVAILABILITY));

    /**
     * The claim's rules a trade's taker skips: the hours are on a published shift already, so the channel's opening
     * hours, the claim cutoff and the access window of newly opened seats have nothing to say (the trade's own notice
     * is its expiry).
     */
    static final Set<ClaimRule> CLAIM_ONLY =
            Collections.unmodifiableSet(EnumSet.of(OPENING_HOURS, CLAIM_NOTICE, ACCESS_WINDOW));

    private final String ruleName;

    /** The contract rule this claim rule words for the agent, or null for a claim's own rule. */
    private final ContractRule contractRule;

    ClaimRule(String ruleName) {
        this.ruleName = ruleName;
        this.contractRule = null;
    }

    ClaimRule(ContractRule contractRule) {
        this.ruleName = contractRule.ruleName();
        this.contractRule = contractRule;
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

    /** How the claim's shift breaks the contract rule this rule words: the first breach. */
    Optional<ContractBreach> breach(ClaimContext c) {
        return contractRule.breaches(c.work(), c.agent().terms()).stream().findFirst();
    }

    private static boolean overlaps(TimeSpan shift, TimeSpan range) {
        return shift.start().isBefore(range.end()) && range.start().isBefore(shift.end());
    }

    private static String mergedText(ClaimContext c) {
        return span(c.merged().start(), c.merged().end(), c.agent().zone());
    }

    private static String yourTime(Instant instant, ClaimContext c) {
        return local(instant, c.agent().zone()) + " your time";
    }
}
