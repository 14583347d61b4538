package org.openwfm.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Stream;
import org.openwfm.client.ClientDirectory;
import org.openwfm.client.ClientProfile;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.schedule.PublishedWeeks;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.workforce.AgentDirectory;
import org.openwfm.workforce.AgentProfile;

/**
 * An agent's calendar feed: its published shifts with their breaks, and the sessions it attends, from the Monday
 * {@value #WEEKS_BACK} weeks before the current week (in the agent's zone) to the end of the last published week,
 * however far ahead that is.
 */
@ApplicationScoped
public class AgentCalendars {

    /** Weeks before the current one the feed still shows, so last week's shifts stay in the calendar app. */
    static final int WEEKS_BACK = 4;

    /** No end: every published week ahead is in the feed. */
    private static final Instant NO_END = Instant.parse("9000-01-01T00:00:00Z");

    @Inject
    PublishedWeeks published;

    @Inject
    AgentDirectory agents;

    @Inject
    ClientDirectory clients;

    @Inject
    Clock clock;

    /** The agent's feed as iCalendar text; 404 as for a wrong token when the agent left since its token was checked. */
    @Transactional
    public String feed(String agentId) {
        AgentProfile agent =
                agents.find(agentId).orElseThrow(() -> ProblemException.notFound("Calendar feed", agentId));
        ZoneId zone = ZoneId.of(agent.timeZone());
        Instant now = clock.instant();
        Instant from = firstDay(now, zone).atStartOfDay(zone).toInstant();
        List<PublishedWeeks.Shift> shifts = published.shiftsOfAgentWithBreaks(agentId, from, NO_END);
        List<ScheduledActivity> sessions = published.activitiesOf(agentId, from, NO_END);
        Instant last = Stream.concat(
                        shifts.stream().map(s -> s.shift().end()),
                        sessions.stream().map(ScheduledActivity::end))
                .max(Instant::compareTo)
                .filter(end -> end.isAfter(from))
                .orElse(now.isAfter(from) ? now : from);
        return CalendarDocument.write(
                agentId,
                zone,
                now,
                new TimeSpan(from, last),
                clientId -> clients.find(clientId).map(ClientProfile::name).orElse(clientId),
                shifts,
                sessions);
    }

    /** The Monday {@value #WEEKS_BACK} weeks before the current week, in the agent's zone. */
    static LocalDate firstDay(Instant now, ZoneId zone) {
        return now.atZone(zone)
                .toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(WEEKS_BACK);
    }
}
