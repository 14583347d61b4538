package org.openwfm.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openwfm.roster.problem.ScheduledShift;
import org.openwfm.workforce.Agent;
import org.openwfm.workforce.AgentRepository;

/**
 * What publishing checks against shifts already published, so that no agent is double-booked,
 * denied its rest, or overworked by two schedules solved side by side. Runs inside the publish
 * transaction, under the publish lock.
 */
@ApplicationScoped
class PublishChecks {

    @Inject
    ScheduleStore store;

    @Inject
    ShiftStore shiftStore;

    @Inject
    AgentRepository agents;

    /**
     * Overlaps and gaps shorter than the agent's minimum rest against shifts published in this or a
     * neighbouring week; daily hours and days in a row against the same week's other schedules only (a
     * re-plan sees neighbouring weeks as blocked time, not as days worked, so it could never satisfy those).
     */
    List<String> clashesWithPublished(List<ScheduledShift> shifts, LocalDate weekStart, List<Long> superseded) {
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
            Agent agent = agents.findById(agentId);
            long restSeconds = Math.round(agent.contract.minRestHours * 3600);
            for (ScheduledShift shift : own) {
                for (ScheduledShift other : others) {
                    if (shift.start().isBefore(other.end().plusSeconds(restSeconds))
                            && other.start().isBefore(shift.end().plusSeconds(restSeconds))) {
                        clashes.add(describe(shift) + " against " + describe(other));
                    }
                }
            }
            clashes.addAll(contractAcrossSchedules(agent, own, sameWeek.getOrDefault(agentId, List.of())));
        });
        return clashes.stream().limit(5).toList();
    }

    /** Daily hours and days in a row, counted over this schedule's and other published shifts together. */
    private static List<String> contractAcrossSchedules(
            Agent agent, List<ScheduledShift> own, List<ScheduledShift> others) {
        ZoneId zone = ZoneId.of(agent.timeZone);
        Map<LocalDate, Long> minutesByDay = new TreeMap<>();
        java.util.stream.Stream.concat(own.stream(), others.stream())
                .forEach(s -> minutesByDay.merge(
                        s.start().atZone(zone).toLocalDate(),
                        (s.end().getEpochSecond() - s.start().getEpochSecond()) / 60,
                        Long::sum));
        List<String> found = new ArrayList<>();
        for (ScheduledShift shift : own) {
            LocalDate day = shift.start().atZone(zone).toLocalDate();
            if (minutesByDay.get(day) > agent.contract.maxDailyHours * 60) {
                found.add(agent.id + " would work " + minutesByDay.get(day) / 60.0 + " h on " + day + ", above its "
                        + agent.contract.maxDailyHours + " h a day");
            }
            int run = 1;
            for (LocalDate d = day.minusDays(1); minutesByDay.containsKey(d); d = d.minusDays(1)) {
                run++;
            }
            for (LocalDate d = day.plusDays(1); minutesByDay.containsKey(d); d = d.plusDays(1)) {
                run++;
            }
            if (run > agent.contract.maxConsecutiveDays) {
                found.add(agent.id + " would work " + run + " days in a row around " + day + ", above its "
                        + agent.contract.maxConsecutiveDays);
            }
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
}
