package org.openwfm.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.openwfm.roster.domain.ScheduledActivity;
import org.openwfm.roster.domain.ScheduledShift;
import org.openwfm.shared.time.TimeSpan;
import org.openwfm.workforce.AgentDirectory;
import org.openwfm.workforce.AgentProfile;
import org.openwfm.workforce.ContractTerms;
import org.openwfm.workforce.contract.AgentShifts;
import org.openwfm.workforce.contract.ContractRule;

/**
 * How a schedule's shifts would clash with shifts already published, by the agents' contract rules, so
 * that no agent is double-booked, denied its rest, or overworked by two schedules solved side by side; and how its
 * sessions would clash with published sessions, so that nobody is in two sessions at once.
 */
@ApplicationScoped
class PublishClashes {

    @Inject
    ScheduleStore store;

    @Inject
    ShiftStore shiftStore;

    @Inject
    AgentDirectory agents;

    @Inject
    ActivityStore activities;

    /**
     * Rest ({@link ContractRule#REST}, overlaps included) against shifts published in this or a neighbouring
     * week; daily maximum and consecutive days against the same week's other schedules only (a re-plan sees
     * neighbouring weeks as blocked time, not as days worked, so it could never satisfy those). At most five.
     */
    List<String> withPublished(List<ScheduledShift> shifts, LocalDate weekStart, List<Long> superseded) {
        Map<String, List<ScheduledShift>> around = new HashMap<>();
        Map<String, List<ScheduledShift>> sameWeek = new HashMap<>();
        for (LocalDate week = weekStart.minusWeeks(1);
                !week.isAfter(weekStart.plusWeeks(1));
                week = week.plusWeeks(1)) {
            boolean thisWeek = week.equals(weekStart);
            for (Schedule other : store.publishedForWeek(week)) {
                if (superseded.contains(other.id)) {
                    continue;
                }
                for (ScheduledShift s : shiftStore.shifts(other.id)) {
                    around.computeIfAbsent(s.agentId(), k -> new ArrayList<>()).add(s);
                    if (thisWeek) {
                        sameWeek.computeIfAbsent(s.agentId(), k -> new ArrayList<>())
                                .add(s);
                    }
                }
            }
        }
        List<String> clashes = new ArrayList<>();
        Map<String, List<ScheduledShift>> mine = new TreeMap<>();
        shifts.forEach(
                s -> mine.computeIfAbsent(s.agentId(), k -> new ArrayList<>()).add(s));
        mine.forEach((agentId, own) -> {
            List<ScheduledShift> others = around.getOrDefault(agentId, List.of());
            if (others.isEmpty()) {
                return;
            }
            AgentProfile agent = agents.get(agentId);
            clashes.addAll(crowded(agent, own, others));
            clashes.addAll(contractAcrossSchedules(agent, own, sameWeek.getOrDefault(agentId, List.of())));
        });
        return clashes.stream().limit(5).toList();
    }

    /**
     * Sessions against the sessions of the published schedules it does not replace, in this or a neighbouring week:
     * each person (agent or supervisor) in an own and a published session at once, and each session of the week that
     * another published schedule places already. At most five.
     */
    List<String> sessionsWithPublished(List<ScheduledActivity> sessions, LocalDate weekStart, List<Long> superseded) {
        if (sessions.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ScheduledActivity>> published = new LinkedHashMap<>();
        Set<Long> sameWeek = new HashSet<>();
        for (LocalDate week = weekStart.minusWeeks(1);
                !week.isAfter(weekStart.plusWeeks(1));
                week = week.plusWeeks(1)) {
            for (Schedule other : store.publishedForWeek(week)) {
                if (!superseded.contains(other.id)) {
                    published.put(other.id, activities.placed(other.id));
                    if (week.equals(weekStart)) {
                        sameWeek.add(other.id);
                    }
                }
            }
        }
        return sessionClashes(sessions, published, sameWeek).stream().limit(5).toList();
    }

    /**
     * @param published by schedule id, the sessions of published schedules the own ones must not clash with
     * @param sameWeek  which of those plan the same week, where a session key names the same session
     */
    static List<String> sessionClashes(
            List<ScheduledActivity> own, Map<Long, List<ScheduledActivity>> published, Set<Long> sameWeek) {
        List<String> found = new ArrayList<>();
        for (ScheduledActivity session : own) {
            published.forEach((scheduleId, others) -> {
                for (ScheduledActivity other : others) {
                    if (sameWeek.contains(scheduleId) && other.key().equals(session.key())) {
                        if (!other.span().equals(session.span())) {
                            found.add(session.name() + " is placed already by published schedule " + scheduleId + ", "
                                    + span(other));
                        }
                        continue;
                    }
                    if (!session.overlaps(other.start(), other.end())) {
                        continue;
                    }
                    List<String> both = people(session).stream()
                            .filter(people(other)::contains)
                            .toList();
                    if (!both.isEmpty()) {
                        found.add(String.join(" and ", both) + " in " + describe(session) + " and in " + describe(other)
                                + " of published schedule " + scheduleId);
                    }
                }
            });
        }
        return found;
    }

    /** Who a session takes: its agents, then "supervisor" and its supervisor's id. */
    private static List<String> people(ScheduledActivity session) {
        List<String> people = new ArrayList<>(session.agentIds());
        if (session.supervisorId() != null) {
            people.add("supervisor " + session.supervisorId());
        }
        return people;
    }

    private static String describe(ScheduledActivity session) {
        return session.name() + " " + span(session);
    }

    private static String span(ScheduledActivity session) {
        return session.start() + "–" + session.end();
    }

    /** Each pair of an own and a published shift closer than the agent's rest, or overlapping. */
    static List<String> crowded(AgentProfile agent, List<ScheduledShift> own, List<ScheduledShift> others) {
        ZoneId zone = ZoneId.of(agent.timeZone());
        ContractTerms terms = agent.terms();
        List<String> found = new ArrayList<>();
        for (ScheduledShift shift : own) {
            for (ScheduledShift other : others) {
                AgentShifts pair = new AgentShifts(zone, span(shift), List.of(span(other)));
                if (!ContractRule.REST.breaches(pair, terms).isEmpty()) {
                    found.add(describe(shift) + " against " + describe(other));
                }
            }
        }
        return found;
    }

    /** Daily maximum and consecutive days, counted over this schedule's and other published shifts together. */
    static List<String> contractAcrossSchedules(
            AgentProfile agent, List<ScheduledShift> own, List<ScheduledShift> others) {
        ZoneId zone = ZoneId.of(agent.timeZone());
        ContractTerms terms = agent.terms();
        List<String> found = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            ScheduledShift shift = own.get(i);
            LocalDate day = shift.start().atZone(zone).toLocalDate();
            List<TimeSpan> besides = Stream.concat(
                            Stream.concat(own.subList(0, i).stream(), own.subList(i + 1, own.size()).stream()),
                            others.stream())
                    .map(PublishClashes::span)
                    .toList();
            AgentShifts work = new AgentShifts(zone, span(shift), besides);
            ContractRule.DAILY_MAXIMUM
                    .breaches(work, terms)
                    .forEach(b -> found.add(agent.id() + " would work " + b.found() / 60.0 + " h on " + day
                            + ", above its " + b.limit() / 60.0 + " h a day"));
            ContractRule.CONSECUTIVE_DAYS
                    .breaches(work, terms)
                    .forEach(b -> found.add(agent.id() + " would work " + b.found() + " days in a row around " + day
                            + ", above its " + b.limit()));
        }
        return found.stream().distinct().toList();
    }

    static boolean sameShift(ScheduledShift a, ScheduledShift b) {
        return a.agentId().equals(b.agentId())
                && a.channel().equals(b.channel())
                && a.start().equals(b.start())
                && a.end().equals(b.end());
    }

    static String describe(ScheduledShift shift) {
        return shift.agentId() + " " + shift.channel() + " " + shift.start() + "–" + shift.end();
    }

    private static TimeSpan span(ScheduledShift shift) {
        return new TimeSpan(shift.start(), shift.end());
    }
}
