package org.openwfm.selfservice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.openwfm.client.ChannelKey;
import org.openwfm.schedule.PublishedWeeks;
import org.openwfm.shared.config.OpenWfmConfig;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.error.Violation;
import org.openwfm.workforce.AgentHours;
import org.openwfm.workforce.AgentProfile;
import org.openwfm.workforce.HoursChangeView;
import org.openwfm.workforce.HoursRequest;

/**
 * An agent's own availability and preferred hours, set from a later week on ({@link EffectiveWeek}). Lives with
 * self-scheduling because it must ask the published weeks, which workforce (upstream of schedules) cannot.
 */
@ApplicationScoped
public class OwnHours {

    @Inject
    Claimants claimants;

    @Inject
    AgentHours hours;

    @Inject
    PublishedWeeks published;

    @Inject
    OpenWfmConfig config;

    @Inject
    Clock clock;

    /**
     * Checks the hours and stores them from the first week they may apply in. One transaction under the agent's
     * row lock (which claims, releases and publishes also take), so no publish slips in between finding the week
     * and storing the change. A 404 for an unknown agent, a 400 naming every bad field; nothing written then.
     */
    @Transactional
    public HoursChangeView change(String agentId, HoursRequest request, String changedBy) {
        AgentProfile agent = claimants.lock(agentId);
        List<Violation> errors = AgentHours.check(request);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.size() + " field(s) are invalid", errors);
        }
        LocalDate from = EffectiveWeek.first(
                clock.instant(),
                ZoneId.of(agent.timeZone()),
                config.availability().notice(),
                week -> publishedFor(agent, week));
        return hours.schedule(agentId, from, request, changedBy);
    }

    /** Every change of the agent's hours, newest first. */
    public List<HoursChangeView> history(String agentId) {
        return hours.history(agentId);
    }

    /**
     * Whether a published schedule of the week includes the agent: it plans a client the agent is certified for,
     * or holds a shift of the agent in its week (certified then, perhaps no longer).
     */
    private boolean publishedFor(AgentProfile agent, LocalDate week) {
        boolean plansItsClient = agent.certifications().stream()
                .map(ChannelKey::clientId)
                .distinct()
                .anyMatch(clientId -> published.covering(week, clientId).isPresent());
        if (plansItsClient) {
            return true;
        }
        ZoneId zone = ZoneId.of(agent.timeZone());
        return !published
                .shiftsOfAgent(
                        agent.id(),
                        week.atStartOfDay(zone).toInstant(),
                        week.plusWeeks(1).atStartOfDay(zone).toInstant())
                .isEmpty();
    }
}
