package org.openwfm.bench.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.openwfm.client.Channel;
import org.openwfm.client.ChannelKey;
import org.openwfm.roster.domain.CoverageSlot;
import org.openwfm.roster.domain.IndexRange;
import org.openwfm.roster.domain.PlanningAgent;
import org.openwfm.roster.domain.Roster;
import org.openwfm.roster.domain.ShiftAssignment;
import org.openwfm.roster.domain.ShiftOption;
import org.openwfm.roster.problem.ShiftOptions;
import org.openwfm.staffing.queueing.IntervalLoad;
import org.openwfm.staffing.queueing.Requirement;
import org.openwfm.staffing.queueing.ServiceLevelCurve;
import org.openwfm.staffing.queueing.ServiceTargets;
import org.openwfm.staffing.queueing.StaffingCalculator;
import org.openwfm.workforce.ContractTerms;

/**
 * A planning instance made reproducibly from a seed and the real bank call series ({@code bank_calls_5min.csv},
 * calls per 5 minutes, 07:00–21:00): voice desks open 07:00–21:00, each on days of the series from its own offset,
 * calls per half-hour scaled by {@code scale}, staffed by Erlang C (80 % in 20 s, AHT 240 s, occupancy ≤ 0.85,
 * shrinkage 0.30); agents with random availability (a window of 8 to 14 hours starting 06:00–12:00 on most
 * days) and contracts (shifts of 4 to 8 hours, at most 8 a day, 11 hours' rest, 16 to 40 hours a week, taken
 * pro rata for a horizon shorter than a week). Times
 * are read as UTC.
 */
public final class BankInstance {

    private static final int GRAIN = 30;
    private static final int DAY = 24 * 60 / GRAIN;
    /** A client's voice desk: its share of the bank's calls, and which day of the series its week starts on. */
    public record Desk(String clientId, double scale, int seriesDayOffset) {
        ChannelKey key() {
            return new ChannelKey(clientId, Channel.VOICE);
        }
    }

    private static final ServiceTargets VOICE =
            new ServiceTargets(ServiceTargets.Mode.QUEUE, 0.8, 20, 0.85, 0.30, 0, 1, null, null);
    private static final double AHT_SECONDS = 240;

    private final Path calls;
    private final List<Desk> desks;
    private final int agentCount;
    private final int days;
    private final long seed;
    /** Per open slot: the queue it forms, tabulated as service level by productive agents, and its contacts. */
    private final Map<CoverageSlot, ServiceLevelCurve> curves = new HashMap<>();

    private final Map<CoverageSlot, Double> contacts = new HashMap<>();
    /** The call series by half-hour, read once however many rosters are made from it. */
    private Map<LocalDateTime, Double> perHalfHour;

    private BankInstance(Path calls, List<Desk> desks, int agentCount, int days, long seed) {
        this.calls = calls;
        this.desks = desks;
        this.agentCount = agentCount;
        this.days = days;
        this.seed = seed;
    }

    /** Several desks; each agent is certified for one of them, and three in ten for a second one too. */
    public static BankInstance of(Path calls, List<Desk> desks, int agentCount, int days, long seed) {
        return new BankInstance(calls, desks, agentCount, days, seed);
    }

    /** One desk, the bank itself. */
    public static BankInstance of(Path calls, int agentCount, int days, double scale, long seed) {
        return of(calls, List.of(new Desk("bank", scale, 0)), agentCount, days, seed);
    }

    /**
     * Projected service level of a plan: per open slot, Erlang C with the scheduled agents less shrinkage,
     * weighted by contacts, as the service's schedule KPIs compute it.
     */
    public double projectedServiceLevel(Map<CoverageSlot, Integer> scheduled) {
        double weighted = 0;
        double total = 0;
        for (Map.Entry<CoverageSlot, Double> slot : contacts.entrySet()) {
            double productive = scheduled.getOrDefault(slot.getKey(), 0) * (1 - VOICE.shrinkage());
            weighted += slot.getValue() * curves.get(slot.getKey()).at(productive);
            total += slot.getValue();
        }
        return total == 0 ? 1 : weighted / total;
    }

    /** A fresh roster to plan, the same on every call, so each solver starts from its own copy. */
    public Roster roster() throws IOException {
        if (perHalfHour == null) {
            perHalfHour = halfHours(calls);
        }
        LocalDate monday = perHalfHour.keySet().iterator().next().toLocalDate();
        Instant start = monday.atStartOfDay().toInstant(ZoneOffset.UTC);
        Map<ChannelKey, CoverageSlot[]> slotsByDesk = new LinkedHashMap<>();
        List<CoverageSlot> allSlots = new ArrayList<>();
        for (Desk desk : desks) {
            CoverageSlot[] slots = new CoverageSlot[days * DAY];
            for (int i = 0; i < slots.length; i++) {
                LocalDateTime at =
                        monday.plusDays(desk.seriesDayOffset()).atStartOfDay().plusMinutes((long) i * GRAIN);
                Double offered = perHalfHour.get(at);
                slots[i] = offered == null
                        ? new CoverageSlot(desk.key(), i, GRAIN, false, 0, 0, AHT_SECONDS)
                        : openSlot(desk, i, offered * desk.scale());
            }
            slotsByDesk.put(desk.key(), slots);
            allSlots.addAll(List.of(slots));
        }
        ShiftOptions options = new ShiftOptions(slotsByDesk, GRAIN);
        Random random = new Random(seed);
        List<PlanningAgent> agents = new ArrayList<>();
        List<ShiftAssignment> assignments = new ArrayList<>();
        for (int a = 0; a < agentCount; a++) {
            int shortest = 4 + random.nextInt(3);
            // Weekly hours scaled to the days planned, so a short horizon asks for a matching share of the week.
            int minimum = (16 + random.nextInt(9)) * 60 * days / 7;
            int maximum = (32 + random.nextInt(9)) * 60 * days / 7;
            ContractTerms rules = new ContractTerms(
                    minimum,
                    Math.max(maximum, 8 * 60),
                    8 * 60,
                    shortest * 60,
                    Math.max(shortest, 6 + random.nextInt(3)) * 60,
                    11 * 60,
                    5);
            List<IndexRange> windows = new ArrayList<>();
            for (int day = 0; day < days; day++) {
                if (random.nextDouble() < 0.85) {
                    int from = day * DAY + 12 + random.nextInt(13);
                    windows.add(new IndexRange(from, Math.min((day + 1) * DAY, from + 16 + random.nextInt(13))));
                }
            }
            Set<ChannelKey> certified = new HashSet<>();
            certified.add(desks.get(random.nextInt(desks.size())).key());
            if (random.nextDouble() < 0.3) {
                certified.add(desks.get(random.nextInt(desks.size())).key());
            }
            PlanningAgent agent =
                    new PlanningAgent(String.format("B%04d", a), "UTC", rules, certified, windows, List.of());
            agents.add(agent);
            for (int day = 0; day < days; day++) {
                int dayStart = day * DAY;
                List<IndexRange> today = windows.stream()
                        .filter(w -> w.start() >= dayStart && w.start() < dayStart + DAY)
                        .toList();
                List<ShiftOption> offered = options.within(today, today, certified, rules);
                assignments.add(new ShiftAssignment(agent, monday.plusDays(day), day, offered));
            }
        }
        return new Roster(start, GRAIN, agents, allSlots, assignments);
    }

    private CoverageSlot openSlot(Desk desk, int index, double offered) {
        IntervalLoad load = new IntervalLoad(offered, AHT_SECONDS, GRAIN);
        Requirement requirement = StaffingCalculator.require(load, VOICE);
        CoverageSlot slot = new CoverageSlot(
                desk.key(), index, GRAIN, true, requirement.agentsWithShrinkage(), offered, AHT_SECONDS);
        int cap = Math.max(2 * requirement.agents(), requirement.agents() + 20);
        curves.putIfAbsent(slot, ServiceLevelCurve.of(StaffingCalculator.model(load, VOICE), cap));
        contacts.putIfAbsent(slot, offered);
        return slot;
    }

    /** Calls per half-hour by local start, from the 5-minute series, in order. */
    private static Map<LocalDateTime, Double> halfHours(Path calls) throws IOException {
        Map<LocalDateTime, Double> sums = new TreeMap<>();
        List<String> lines = Files.readAllLines(calls);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.replace("\"", "").split(",");
            LocalDateTime at = LocalDateTime.parse(cells[0].replace(' ', 'T'));
            LocalDateTime halfHour = at.withMinute(at.getMinute() / GRAIN * GRAIN);
            sums.merge(halfHour, Double.parseDouble(cells[1]), Double::sum);
        }
        return sums;
    }
}
