package org.openwfm.selfservice;

import static org.openwfm.selfservice.Wording.duration;
import static org.openwfm.selfservice.Wording.local;
import static org.openwfm.selfservice.Wording.minutes;
import static org.openwfm.selfservice.Wording.span;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.openwfm.shared.error.Violation;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.workforce.contract.AgentShifts;
import org.openwfm.workforce.contract.ContractRule;

/**
 * Every rule a release must pass, in one place, each with a reason the agent can read. What the release
 * leaves must keep the contract: those rules are the shared {@link ContractRule}s, worded here.
 */
enum ReleaseRule {
    RELEASE_NOTICE("release notice") {
        @Override
        Optional<String> check(ReleaseContext c) {
            Instant start = c.range().start();
            if (!start.isBefore(c.now().plusSeconds(3600L * c.noticeHours()))) {
                return Optional.empty();
            }
            String when = start.isAfter(c.now())
                    ? "start " + local(start, c.agentZone()) + " your time, " + Wording.fromNow(start, c.now())
                    : "started " + local(start, c.agentZone()) + " your time";
            return Optional.of("Releasing " + c.channel() + " hours needs " + duration(60L * c.noticeHours())
                    + " notice: these hours " + when + "; ask a planner");
        }
    },

    /**
     * The roster placed a meeting, coaching or training in the shift, which the team or trainer counts on: the agent
     * cannot give those hours away. Releases are the agent's own; a planner moves a session by re-planning the week.
     */
    ACTIVITY_IN_SHIFT("activity in shift") {
        @Override
        Optional<String> check(ReleaseContext c) {
            return c.sessions().stream()
                    .filter(s -> s.overlaps(c.range().start(), c.range().end()))
                    .findFirst()
                    .map(s -> "The shift holds " + s.name() + " on " + span(s.start(), s.end(), c.agentZone())
                            + "; a planner must release it (by re-planning the week)");
        }
    },

    /** What is left before and after the released hours is a shift of its own: the minimum length holds for it. */
    REMAINING_SHIFT_LENGTH("remaining shift length") {
        @Override
        Optional<String> check(ReleaseContext c) {
            return Stream.of(
                            new TimeSpan(c.shift().start(), c.range().start()),
                            new TimeSpan(c.range().end(), c.shift().end()))
                    .filter(piece -> minutes(piece.start(), piece.end()) > 0)
                    .flatMap(piece ->
                            ContractRule.MIN_SHIFT_LENGTH
                                    .breaches(AgentShifts.alone(c.agentZone(), piece), c.terms())
                                    .stream()
                                    .map(b -> "This would leave " + duration(b.found()) + " of your shift ("
                                            + span(piece.start(), piece.end(), c.agentZone()) + "), less than the "
                                            + duration(b.limit())
                                            + " minimum; release the whole shift or keep at least "
                                            + duration(b.limit())))
                    .findFirst();
        }
    },

    /** Releasing the middle of a shift leaves two shifts, which need the contract's rest between them. */
    REST("rest") {
        @Override
        Optional<String> check(ReleaseContext c) {
            boolean split = c.range().start().isAfter(c.shift().start())
                    && c.range().end().isBefore(c.shift().end());
            if (!split) {
                return Optional.empty();
            }
            TimeSpan before = new TimeSpan(c.shift().start(), c.range().start());
            TimeSpan after = new TimeSpan(c.range().end(), c.shift().end());
            return ContractRule.REST
                    .breaches(new AgentShifts(c.agentZone(), before, List.of(after)), c.terms())
                    .stream()
                    .findFirst()
                    .map(b -> "Releasing the middle of your shift would leave two shifts only " + duration(b.found())
                            + " apart, less than the " + duration(b.limit())
                            + " rest between shifts; release from its start or its end instead");
        }
    };

    private final String ruleName;

    ReleaseRule(String ruleName) {
        this.ruleName = ruleName;
    }

    String ruleName() {
        return ruleName;
    }

    abstract Optional<String> check(ReleaseContext context);

    static List<Violation> broken(ReleaseContext context) {
        return broken(context, Set.of());
    }

    /** Every rule the release breaks, skipping those given, each with its reason. */
    static List<Violation> broken(ReleaseContext context, Set<ReleaseRule> skipped) {
        return Stream.of(values())
                .filter(rule -> !skipped.contains(rule))
                .flatMap(rule -> rule.check(context).map(reason -> Violation.ofRule(rule.ruleName, reason)).stream())
                .toList();
    }
}
