package org.openwfm.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks shifts against the raw API data (agents and clients as JSON maps), with its own local-time
 * arithmetic and none of the solver's code: what a planner would check by hand. Returns every break.
 */
final class IndependentShiftCheck {

    private final Map<String, Map<String, Object>> agents = new HashMap<>();
    private final Map<String, Map<String, Object>> clients = new HashMap<>();

    IndependentShiftCheck(List<Map<String, Object>> agentList, List<Map<String, Object>> clientList) {
        agentList.forEach(a -> agents.put((String) a.get("id"), a));
        clientList.forEach(c -> clients.put((String) c.get("id"), c));
    }

    List<String> violations(List<Map<String, Object>> shifts) {
        List<String> found = new ArrayList<>();
        Map<String, List<Map<String, Object>>> byAgent = new HashMap<>();
        for (Map<String, Object> shift : shifts) {
            byAgent.computeIfAbsent((String) shift.get("agentId"), k -> new ArrayList<>())
                    .add(shift);
            checkShift(shift, found);
        }
        byAgent.forEach((agentId, own) -> checkWeek(agents.get(agentId), own, found));
        return found;
    }

    private void checkShift(Map<String, Object> shift, List<String> found) {
        Map<String, Object> agent = agents.get((String) shift.get("agentId"));
        Instant start = Instant.parse((String) shift.get("start"));
        Instant end = Instant.parse((String) shift.get("end"));
        String where = shift.get("agentId") + " " + start + "–" + end;
        boolean certified = list(agent, "certifications").stream()
                .anyMatch(c -> c.get("clientId").equals(shift.get("clientId"))
                        && c.get("channel").equals(shift.get("channel")));
        if (!certified) {
            found.add(where + ": not certified for " + shift.get("clientId") + " " + shift.get("channel"));
        }
        if (list(agent, "availability").isEmpty()
                || !withinLocalWindows(
                        start,
                        end,
                        ZoneId.of((String) agent.get("timeZone")),
                        list(agent, "availability"),
                        "start",
                        "end")) {
            found.add(where + ": outside the agent's availability in its own zone");
        }
        for (Map<String, Object> off : list(agent, "timeOff")) {
            if (start.isBefore(Instant.parse((String) off.get("end")))
                    && Instant.parse((String) off.get("start")).isBefore(end)) {
                found.add(where + ": during time off");
            }
        }
        Map<String, Object> client = clients.get((String) shift.get("clientId"));
        Map<String, Object> channel = list(client, "channels").stream()
                .filter(c -> c.get("channel").equals(shift.get("channel")))
                .findFirst()
                .orElseThrow();
        if (!withinLocalWindows(
                start,
                end,
                ZoneId.of((String) client.get("timeZone")),
                list(channel, "openingHours"),
                "open",
                "close")) {
            found.add(where + ": outside the channel's opening hours in the client's zone");
        }
        Map<String, Object> contract = contract(agent);
        double hours = (end.getEpochSecond() - start.getEpochSecond()) / 3600.0;
        if (hours < number(contract, "minShiftHours")
                || hours > number(contract, "maxShiftHours")
                || hours > number(contract, "maxDailyHours")) {
            found.add(where + ": " + hours + " h breaks the contract's shift length or daily maximum");
        }
    }

    private void checkWeek(Map<String, Object> agent, List<Map<String, Object>> shifts, List<String> found) {
        Map<String, Object> contract = contract(agent);
        ZoneId zone = ZoneId.of((String) agent.get("timeZone"));
        shifts.sort(Comparator.comparing(s -> (String) s.get("start")));
        double weekHours = 0;
        TreeSet<LocalDate> days = new TreeSet<>();
        for (int i = 0; i < shifts.size(); i++) {
            Instant start = Instant.parse((String) shifts.get(i).get("start"));
            Instant end = Instant.parse((String) shifts.get(i).get("end"));
            weekHours += (end.getEpochSecond() - start.getEpochSecond()) / 3600.0;
            days.add(start.atZone(zone).toLocalDate());
            if (i > 0) {
                Instant previousEnd = Instant.parse((String) shifts.get(i - 1).get("end"));
                double restHours = (start.getEpochSecond() - previousEnd.getEpochSecond()) / 3600.0;
                if (restHours < 0) {
                    found.add(agent.get("id") + ": overlapping shifts at " + start);
                } else if (restHours < number(contract, "minRestHours")) {
                    found.add(agent.get("id") + ": only " + restHours + " h rest before " + start);
                }
            }
        }
        if (weekHours > number(contract, "maxWeeklyHours") + 1e-9) {
            found.add(agent.get("id") + ": " + weekHours + " h in the week");
        }
        int run = 0;
        LocalDate previous = null;
        for (LocalDate day : days) {
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            if (run > number(contract, "maxConsecutiveDays")) {
                found.add(agent.get("id") + ": " + run + " days in a row up to " + day);
            }
            previous = day;
        }
    }

    /**
     * Whether every quarter-hour of [start, end) lies inside a weekly local window ("HH:mm", end may be
     * "24:00") of that quarter's own local day; an empty list means around the clock (opening hours).
     */
    private static boolean withinLocalWindows(
            Instant start, Instant end, ZoneId zone, List<Map<String, Object>> windows, String from, String to) {
        if (windows.isEmpty()) {
            return true;
        }
        for (Instant t = start; t.isBefore(end); t = t.plusSeconds(900)) {
            Instant quarter = t;
            LocalDate date = quarter.atZone(zone).toLocalDate();
            DayOfWeek day = date.getDayOfWeek();
            boolean inside = windows.stream()
                    .filter(w -> DayOfWeek.valueOf((String) w.get("dayOfWeek")) == day)
                    .anyMatch(w -> {
                        Instant open = local(date, (String) w.get(from), zone);
                        Instant close = local(date, (String) w.get(to), zone);
                        return !quarter.isBefore(open)
                                && !quarter.plusSeconds(900).isAfter(close);
                    });
            if (!inside) {
                return false;
            }
        }
        return true;
    }

    private static Instant local(LocalDate date, String hhmm, ZoneId zone) {
        if (hhmm.equals("24:00")) {
            return date.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return ZonedDateTime.of(date, LocalTime.parse(hhmm), zone).toInstant();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.get(key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> contract(Map<String, Object> agent) {
        return (Map<String, Object>) agent.get("contract");
    }

    private static double number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }
}
