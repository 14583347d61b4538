package org.openwfm.roster.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwfm.roster.domain.IndexRange;
import org.openwfm.roster.problem.SessionStarts.Person;

class SessionStartsTest {

    /** Tuesday and Wednesday 10:00–16:00 as half-hour intervals from Monday 00:00. */
    private static final List<IndexRange> TUE_WED = List.of(new IndexRange(68, 80), new IndexRange(116, 128));

    @Test
    void aSessionStartsWhereEveryoneIsAvailableForItsWholeLength() {
        Person agent = new Person("A017", List.of(new IndexRange(64, 76), new IndexRange(112, 140)));
        Person supervisor = new Person("supervisor S2", List.of(new IndexRange(72, 90)));

        SessionStarts.Starts starts =
                SessionStarts.of(TUE_WED, 2, 60, List.of(agent, supervisor), "Tue–Wed 10:00–16:00");

        // Tuesday: both from 12:00 (72), the agent until 14:00 (76); Wednesday the supervisor is away.
        assertThat(starts.starts()).containsExactly(72, 73, 74);
        assertThat(starts.whyNone()).isNull();
    }

    @Test
    void noCommonTimeNamesEveryoneItNeeds() {
        Person agent = new Person("A017", List.of(new IndexRange(68, 72)));
        Person supervisor = new Person("supervisor S2", List.of(new IndexRange(72, 80)));

        SessionStarts.Starts starts =
                SessionStarts.of(TUE_WED, 1, 30, List.of(agent, supervisor), "Tue–Wed 10:00–16:00");

        assertThat(starts.starts()).isEmpty();
        assertThat(starts.whyNone())
                .isEqualTo("A017 and supervisor S2 share no available half-hour on Tue–Wed 10:00–16:00");
    }

    @Test
    void someoneNeverAvailableInTheWindowIsNamedAlone() {
        Person agent = new Person("A017", List.of(new IndexRange(68, 80)));
        Person nightOwl = new Person("A042", List.of(new IndexRange(84, 96)));

        SessionStarts.Starts starts = SessionStarts.of(TUE_WED, 2, 60, List.of(agent, nightOwl), "Tue–Wed 10:00–16:00");

        assertThat(starts.whyNone()).isEqualTo("A042 is not available long enough on Tue–Wed 10:00–16:00");
    }

    @Test
    void aWindowShorterThanTheSessionSaysSo() {
        SessionStarts.Starts starts = SessionStarts.of(
                List.of(new IndexRange(68, 70)),
                3,
                90,
                List.of(new Person("A017", List.of(new IndexRange(0, 300)))),
                "Tue 10:00–11:00");

        assertThat(starts.whyNone()).isEqualTo("its window Tue 10:00–11:00 holds no whole session in this week");
    }

    @Test
    void noStartOverlapsASessionSomeoneHasInAnotherPublishedSchedule() {
        Person agent = new Person("A017", List.of(new IndexRange(68, 80)));
        // S2 coaches A018 on Tuesday 10:00–11:00 in a schedule published for other clients.
        Person supervisor = new Person(
                "supervisor S2",
                List.of(new IndexRange(68, 72)),
                List.of(new SessionStarts.Taken(new IndexRange(68, 70), "Coaching for A018")));

        SessionStarts.Starts starts =
                SessionStarts.of(TUE_WED, 2, 60, List.of(agent, supervisor), "Tue–Wed 10:00–16:00");

        // Free, both could start at 10:00, 10:30 or 11:00; only 11:00 (70) clears the published coaching.
        assertThat(starts.starts()).containsExactly(70);
        assertThat(starts.whyNone()).isNull();
    }

    @Test
    void whenSessionsPublishedElsewhereTakeEveryCommonStartTheReasonNamesThem() {
        Person agent = new Person(
                "A017",
                List.of(new IndexRange(68, 80)),
                List.of(new SessionStarts.Taken(new IndexRange(70, 72), "Team meeting of Team West")));
        Person supervisor = new Person(
                "supervisor S2",
                List.of(new IndexRange(68, 72)),
                List.of(new SessionStarts.Taken(new IndexRange(68, 70), "Coaching for A018")));

        SessionStarts.Starts starts =
                SessionStarts.of(TUE_WED, 2, 60, List.of(agent, supervisor), "Tue–Wed 10:00–16:00");

        assertThat(starts.starts()).isEmpty();
        assertThat(starts.whyNone())
                .isEqualTo("A017 and supervisor S2 share no free hour on Tue–Wed 10:00–16:00 outside sessions"
                        + " published in other schedules: supervisor S2 in Coaching for A018,"
                        + " A017 in Team meeting of Team West");
    }

    @Test
    void someoneAvailableOnlyWhereASessionElsewhereIsStillNotCalledUnavailable() {
        Person agent = new Person("A017", List.of(new IndexRange(68, 80)));
        Person supervisor = new Person(
                "supervisor S2",
                List.of(new IndexRange(68, 70)),
                List.of(new SessionStarts.Taken(new IndexRange(68, 70), "Coaching for A018")));

        SessionStarts.Starts starts =
                SessionStarts.of(TUE_WED, 2, 60, List.of(agent, supervisor), "Tue–Wed 10:00–16:00");

        assertThat(starts.whyNone())
                .isEqualTo("A017 and supervisor S2 share no free hour on Tue–Wed 10:00–16:00 outside sessions"
                        + " published in other schedules: supervisor S2 in Coaching for A018");
    }
}
