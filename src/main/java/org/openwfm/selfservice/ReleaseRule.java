package org.openwfm.selfservice;

import static org.openwfm.selfservice.Wording.duration;
import static org.openwfm.selfservice.Wording.hours;
import static org.openwfm.selfservice.Wording.local;
import static org.openwfm.selfservice.Wording.minutes;
import static org.openwfm.selfservice.Wording.span;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.openwfm.shared.error.Violation;
import org.openwfm.shared.time.TimeSpan;

/** Every rule a release must pass, in one place, each with a reason the agent can read. */
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

    REMAINING_SHIFT_LENGTH("remaining shift length") {
        @Override
        Optional<String> check(ReleaseContext c) {
            long minimum = Math.round(c.minShiftHours() * 60);
            return Stream.of(
                            new TimeSpan(c.shift().start(), c.range().start()),
                            new TimeSpan(c.range().end(), c.shift().end()))
                    .filter(piece ->
                            minutes(piece.start(), piece.end()) > 0 && minutes(piece.start(), piece.end()) < minimum)
                    .findFirst()
                    .map(piece -> "This would leave " + duration(minutes(piece.start(), piece.end()))
                            + " of your shift (" + span(piece.start(), piece.end(), c.agentZone()) + "), less than the "
                            + hours(c.minShiftHours())
                            + " minimum; release the whole shift or keep at least " + hours(c.minShiftHours()));
        }
    },

    REST("rest") {
        @Override
        Optional<String> check(ReleaseContext c) {
            boolean split = c.range().start().isAfter(c.shift().start())
                    && c.range().end().isBefore(c.shift().end());
            long gap = minutes(c.range().start(), c.range().end());
            return !split || gap >= Math.round(c.minRestHours() * 60)
                    ? Optional.empty()
                    : Optional.of("Releasing the middle of your shift would leave two shifts only " + duration(gap)
                            + " apart, less than the " + hours(c.minRestHours())
                            + " rest between shifts; release from its start "
                            + "or its end instead");
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
        return Stream.of(values())
                .flatMap(rule -> rule.check(context).map(reason -> Violation.ofRule(rule.ruleName, reason)).stream())
                .toList();
    }
}
