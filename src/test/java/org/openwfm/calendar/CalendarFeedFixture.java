package org.openwfm.calendar;

import static org.openwfm.support.Api.as;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openwfm.client.Channel;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.schedule.ActivityStore;
import org.openwfm.schedule.PublishedWeeks;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.support.Api;

/**
 * Agents in New York with users of their own, and a published week of client {@value #CLIENT} to give them shifts
 * and sessions in: the week of Monday 2028-10-30, in which New York's clocks go back (Sunday 2028-11-05, 02:00 EDT
 * becomes 01:00 EST). No other test uses the client, the agents (CF…) or the week.
 */
final class CalendarFeedFixture {

    static final String CLIENT = "cal-feed";
    static final LocalDate WEEK = LocalDate.parse("2028-10-30");

    private CalendarFeedFixture() {}

    /** An agent in America/New_York certified for the fixture's client, with a user that signs in as it. */
    static String agentInNewYork(String agentId) {
        if (as("planner").get("/api/v1/clients/" + CLIENT).statusCode() == 404) {
            as("planner")
                    .body(Api.clientWithVoice(CLIENT))
                    .post("/api/v1/clients")
                    .then()
                    .statusCode(201);
        }
        Map<String, Object> agent = new HashMap<>(Api.agentCertifiedFor(agentId, CLIENT));
        agent.put("timeZone", "America/New_York");
        // No weekly minimum: a solve of every client's week that meets these agents owes them no hours.
        Map<String, Object> contract = new HashMap<>(Api.fullTimeContract());
        contract.put("minWeeklyHours", 0);
        agent.put("contract", contract);
        as("planner").body(agent).post("/api/v1/agents").then().statusCode(201);
        as("admin")
                .body(Map.of("password", Api.TEST_USER_PASSWORD, "role", "agent", "agentId", agentId))
                .put("/api/v1/users/" + agentId)
                .then()
                .statusCode(200);
        return agentId;
    }

    /** The fixture's published week, published empty the first time it is asked for. */
    static long publishedWeek(PublishedWeeks published) {
        return published
                .covering(WEEK, CLIENT)
                .orElseGet(() -> published.openEmpty(WEEK, CLIENT, "planner"))
                .scheduleId();
    }

    static PublishedWeeks.Shift shift(
            PublishedWeeks published, String agentId, String start, String end, TimeSpan... breaks) {
        return published.add(
                publishedWeek(published),
                new ScheduledShift(
                        agentId,
                        new ChannelKey(CLIENT, Channel.VOICE),
                        Instant.parse(start),
                        Instant.parse(end),
                        List.of(breaks)));
    }

    static TimeSpan span(String start, String end) {
        return new TimeSpan(Instant.parse(start), Instant.parse(end));
    }

    static void session(
            PublishedWeeks published,
            ActivityStore activities,
            String key,
            String kind,
            String name,
            String start,
            String end,
            String... attendees) {
        activities.add(
                publishedWeek(published),
                List.of(new ScheduledActivity(
                        key,
                        name,
                        kind,
                        "CFS",
                        "Sam Supervisor",
                        "Team Feed",
                        List.of(attendees),
                        Instant.parse(start),
                        Instant.parse(end))),
                List.of());
    }

    /** The agent's feed address: the first read of its link shows it. */
    static String feedUrl(String agentId) {
        return as(agentId)
                .get("/api/v1/agents/" + agentId + "/calendar-feed")
                .then()
                .statusCode(200)
                .extract()
                .path("url");
    }

    static String tokenOf(String url) {
        return url.substring(url.indexOf("token=") + "token=".length());
    }
}
