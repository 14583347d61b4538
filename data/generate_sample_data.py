#!/usr/bin/env python3
"""Writes the sample data of OpenWFM (clients, agents, four weeks of forecasts, nine weeks of actuals and the
retailer's sale days) into this folder.

Deterministic: the same seed gives the same files. Run it from anywhere:
    python3 data/generate_sample_data.py
The weeks run from the reference Monday 2026-11-30 (the loader moves them so that the first is the current
week). Every day is ordinary except the Wednesday of the second week, the retailer's one-day sale, and in the
actuals the same sale five weeks earlier.
"""
import csv
import json
import math
import os
import random
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
WEEK_START = date(2026, 11, 30)
WEEKS = 4
SALE_DAY = WEEK_START + timedelta(days=9)  # Wednesday of the second week
TIME_OFF_DAY = WEEK_START + timedelta(days=10)  # Thursday of the second week
FORECAST_FILE = "forecast-weeks.csv"
ACTUALS_FILE = "actuals-history.csv"
SPECIAL_DAYS_FILE = "special-days.json"
HISTORY_WEEKS = 8  # actuals for the eight weeks before WEEK_START, then the first week itself
PAST_SALE_DAY = SALE_DAY - timedelta(weeks=5)  # Wednesday 2026-11-04: the sale the coming one learns from
DAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]
rng = random.Random(20261130)


def hours(spans):
    """{day index: (open, close)} -> opening hours list."""
    return [{"dayOfWeek": DAYS[d], "open": o, "close": c} for d, (o, c) in sorted(spans.items())]


def every_day(o, c, days=range(7)):
    return {d: (o, c) for d in days}


CLIENTS = [
    {"id": "retail", "name": "Northwind Outfitters", "timeZone": "America/New_York", "channels": [
        {"channel": "VOICE", "intervalMinutes": 30, "serviceLevelTarget": 0.80, "answerWithinSeconds": 20,
         "maxOccupancy": 0.85, "shrinkage": 0.30, "minAgents": 2, "concurrency": 1, "patienceSeconds": None,
         "releaseNoticeHours": 24, "openingHours": hours(every_day("08:00", "22:00"))},
        {"channel": "CHAT", "intervalMinutes": 30, "serviceLevelTarget": 0.80, "answerWithinSeconds": 60,
         "maxOccupancy": 0.90, "shrinkage": 0.30, "minAgents": 1, "concurrency": 2, "patienceSeconds": None,
         "releaseNoticeHours": 24, "openingHours": hours(every_day("08:00", "24:00"))},
    ]},
    {"id": "telecom", "name": "Prairie Telecom", "timeZone": "America/Chicago", "channels": [
        {"channel": "VOICE", "intervalMinutes": 30, "serviceLevelTarget": 0.80, "answerWithinSeconds": 30,
         "maxOccupancy": 0.88, "shrinkage": 0.32, "minAgents": 2, "concurrency": 1, "patienceSeconds": None,
         "releaseNoticeHours": 48,
         "openingHours": hours({**every_day("07:00", "21:00", range(6)), 6: ("09:00", "18:00")})},
    ]},
    {"id": "bank", "name": "Pacific Coast Bank", "timeZone": "America/Los_Angeles", "channels": [
        {"channel": "VOICE", "intervalMinutes": 30, "serviceLevelTarget": 0.90, "answerWithinSeconds": 20,
         "maxOccupancy": 0.85, "shrinkage": 0.30, "minAgents": 2, "concurrency": 1, "patienceSeconds": 180,
         "maxAbandonRate": 0.05, "releaseNoticeHours": 24,
         "openingHours": hours({**every_day("06:00", "20:00", range(5)), 5: ("08:00", "17:00")})},
    ]},
]

CLIENT_ZONE = {c["id"]: c["timeZone"] for c in CLIENTS}

# Contacts on an ordinary day (index 0 = Monday) and AHT per client channel. Sized so that supply fits demand:
# an ordinary week needs about 3,400 agent-hours after shrinkage, and the 150 agents can give 5,150 paid hours
# (their weekly maximums within their availability, at least 3,700 by their weekly minimums), enough for the
# requirement plus breaks. Only the sale day needs more than the agents can give.
VOLUME = {
    ("retail", "VOICE"): ([650, 590, 560, 545, 590, 620, 500], 330),
    ("retail", "CHAT"): ([400, 370, 350, 335, 370, 395, 310], 420),
    ("telecom", "VOICE"): ([850, 750, 710, 680, 730, 445, 235], 390),
    ("bank", "VOICE"): ([1010, 850, 780, 750, 910, 290, 0], 240),
}
# The retailer's sale day: contacts that day and how much longer its contacts take.
SALE = {("retail", "VOICE"): 5000, ("retail", "CHAT"): 3000}
SALE_AHT_FACTOR = 1.08


def intraday_weight(hour):
    """Morning rise, late-morning peak, lunch dip, afternoon peak, evening tail."""
    morning = math.exp(-((hour - 10.5) ** 2) / 4.0)
    afternoon = 0.85 * math.exp(-((hour - 14.5) ** 2) / 5.0)
    lunch_dip = -0.18 * math.exp(-((hour - 12.5) ** 2) / 0.6)
    evening = 0.35 * math.exp(-((hour - 19.0) ** 2) / 3.0)
    return max(0.05, morning + afternoon + lunch_dip + evening)


def open_minutes(ch, d):
    """Start of every 30-minute interval the channel is open on weekday d, in minutes after local midnight."""
    slots = []
    for span in (h for h in ch["openingHours"] if h["dayOfWeek"] == DAYS[d]):
        o = int(span["open"][:2]) * 60 + int(span["open"][3:])
        c = int(span["close"][:2]) * 60 + int(span["close"][3:])
        slots += list(range(o, c, 30))
    return slots


def utc_text(day, minutes, zone):
    local = datetime.combine(day, time(0, 0), zone) + timedelta(minutes=minutes)
    return local.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def forecast_rows():
    rows = []
    for client in CLIENTS:
        zone = ZoneInfo(client["timeZone"])
        for ch in client["channels"]:
            key = (client["id"], ch["channel"])
            daily, aht = VOLUME[key]
            for w in range(WEEKS):
                week_level = rng.uniform(0.97, 1.03)  # each week its own noise
                for d in range(7):
                    day = WEEK_START + timedelta(days=7 * w + d)
                    slots = open_minutes(ch, d)
                    if not slots or daily[d] == 0:
                        continue
                    sale = day == SALE_DAY and key in SALE
                    volume = SALE[key] if sale else daily[d] * week_level * rng.uniform(0.96, 1.04)
                    weights = [intraday_weight((m + 15) / 60) * rng.uniform(0.93, 1.07) for m in slots]
                    total = sum(weights)
                    for m, wt in zip(slots, weights):
                        local = datetime.combine(day, time(0, 0), zone) + timedelta(minutes=m)
                        start = local.astimezone(timezone.utc)
                        contacts = round(volume * wt / total, 1)
                        handle = round(aht * rng.uniform(0.94, 1.06) * (SALE_AHT_FACTOR if sale else 1))
                        rows.append((client["id"], ch["channel"], start.strftime("%Y-%m-%dT%H:%M:%SZ"), contacts, handle))
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    return rows


# Actuals, what "really happened": the forecast's daily and intraday shape with Poisson noise on the contacts
# and a little on the handle time. Callers give up (abandon) at these rates; of the rest, about the channel's
# service-level target are answered within it. A sale day is short-staffed: more give up, few are answered in
# time. The past sale had three times an ordinary Wednesday's contacts.
ABANDON = {"VOICE": 0.04, "CHAT": 0.02}
SALE_ABANDON = {"VOICE": 0.22, "CHAT": 0.12}
SALE_IN_TARGET = 0.35
PAST_SALE_UPLIFT = 3.0
SALE_NAME = "flash sale"


def poisson(mean):
    """Knuth's method: exact, and quick enough for the few hundred contacts an interval gets at most."""
    limit, count, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def binomial(n, p):
    return sum(1 for _ in range(n) if rng.random() < p)


def actual_row(key, ch, start, mean, aht, in_target, sale):
    """One interval's actuals around an expected volume and handle time; counts consistent with each other."""
    contacts = poisson(mean)
    if contacts == 0:
        return (*key, start, 0, 0, 0, 0)
    spread = min(0.12, 0.35 / math.sqrt(contacts))  # an average over few contacts wanders more
    handle = max(1, round(aht * (SALE_AHT_FACTOR if sale else 1) * rng.gauss(1.0, spread)))
    abandoned = binomial(contacts, (SALE_ABANDON if sale else ABANDON)[ch["channel"]])
    answered_in_target = binomial(contacts - abandoned, SALE_IN_TARGET if sale else in_target)
    return (*key, start, contacts, handle, abandoned, answered_in_target)


def day_service_level(ch):
    """An ordinary day's share answered within the target: near the target, some days better, some worse."""
    return min(0.97, max(0.5, ch["serviceLevelTarget"] + rng.gauss(0.0, 0.03)))


def history_rows(ch, key, zone):
    """The eight weeks before WEEK_START, drawn from the forecast's shape, with the past sale in them."""
    daily, aht = VOLUME[key]
    rows = []
    for w in range(-HISTORY_WEEKS, 0):
        week_level = rng.uniform(0.97, 1.03)
        for d in range(7):
            day = WEEK_START + timedelta(days=7 * w + d)
            slots = open_minutes(ch, d)
            if not slots or daily[d] == 0:
                continue
            sale = day == PAST_SALE_DAY and key in SALE
            volume = daily[d] * week_level * rng.uniform(0.95, 1.05) * (PAST_SALE_UPLIFT if sale else 1)
            weights = [intraday_weight((m + 15) / 60) * rng.uniform(0.93, 1.07) for m in slots]
            total = sum(weights)
            in_target = day_service_level(ch)
            for m, wt in zip(slots, weights):
                rows.append(actual_row(key, ch, utc_text(day, m, zone), volume * wt / total, aht, in_target, sale))
    return rows


def actuals_rows(forecast):
    """Eight weeks of history, then the first week drawn around its own forecast, so that its accuracy is a
    forecast's usual error. The loader uploads only the intervals that have begun."""
    rows = []
    for client in CLIENTS:
        zone = ZoneInfo(client["timeZone"])
        for ch in client["channels"]:
            key = (client["id"], ch["channel"])
            rows += history_rows(ch, key, zone)
            level = rng.uniform(0.96, 1.04)
            in_target = {}
            for client_id, channel, start, contacts, handle in forecast:
                if (client_id, channel) != key:
                    continue
                local_day = datetime.strptime(start, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc) \
                    .astimezone(zone).date()
                if local_day >= WEEK_START + timedelta(days=7):
                    continue
                if local_day not in in_target:
                    in_target[local_day] = day_service_level(ch)
                rows.append(actual_row(key, ch, start, contacts * level, handle, in_target[local_day], False))
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    return rows


def special_days():
    """The retailer's flash sales as events without an uplift: the coming one learns it from the past one."""
    return [
        {"clientId": "retail", "date": PAST_SALE_DAY.isoformat(), "kind": "EVENT", "name": SALE_NAME,
         "note": "One-day sale, three times an ordinary day's contacts"},
        {"clientId": "retail", "date": SALE_DAY.isoformat(), "kind": "EVENT", "name": SALE_NAME,
         "note": "The coming sale: its uplift is learned from the past one"},
    ]


FIRST = ["Ava", "Ben", "Carla", "Dev", "Elena", "Femi", "Grace", "Hugo", "Iris", "Jamal", "Kira", "Luis", "Maya",
         "Noah", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tara", "Uma", "Victor", "Wen", "Ximena", "Yusuf", "Zoe"]
LAST = ["Adams", "Brooks", "Chen", "Diaz", "Evans", "Fischer", "Garcia", "Hughes", "Ito", "Johnson", "Khan", "Lopez",
        "Miller", "Nguyen", "Okafor", "Patel", "Quintero", "Reyes", "Smith", "Tanaka", "Usman", "Vargas", "Walker",
        "Young", "Zimmer"]
ZONES = ["America/New_York"] * 40 + ["America/Chicago"] * 35 + ["America/Denver"] * 15 + \
        ["America/Phoenix"] * 20 + ["America/Los_Angeles"] * 40

FULL_TIME = {"minWeeklyHours": 32, "maxWeeklyHours": 40, "maxDailyHours": 10, "minShiftHours": 4,
             "maxShiftHours": 10, "minRestHours": 11, "maxConsecutiveDays": 5}
PART_TIME = {"minWeeklyHours": 10, "maxWeeklyHours": 25, "maxDailyHours": 8, "minShiftHours": 3,
             "maxShiftHours": 8, "minRestHours": 10, "maxConsecutiveDays": 6}


# Agents the tests name keep these skills whatever the dice say (zone and contract follow from the index).
KEEP_SKILLS = {
    "A001": [("retail", "VOICE")],
    "A002": [("retail", "VOICE")],
    "A042": [("bank", "VOICE")],
    "A075": [("telecom", "VOICE")],
    "A150": [("retail", "VOICE"), ("retail", "CHAT")],
}
HOME = ["retail"] * 9 + ["telecom"] * 7 + ["bank"] * 5

# Availability in the home client's wall clock: full-timers start at one of these hours and stay 10-12 h;
# part-timers offer one of these spans (a morning, a middle or an evening) on three to five days.
FULL_TIME_STARTS = {"retail": [7, 8, 9, 9, 10, 12], "telecom": [6, 7, 8, 9, 10, 11], "bank": [5, 6, 7, 8, 9, 10]}
PART_TIME_SPANS = {"retail": [(8, 14), (11, 19), (15, 22), (17, 24)], "telecom": [(7, 13), (10, 18), (14, 21)],
                   "bank": [(6, 12), (9, 17), (13, 20)]}


def certifications(i, agent_id):
    """Mixed skills: most agents serve one client, about one in five serves two."""
    home = HOME[i % len(HOME)]
    certs = [(home, "VOICE")]
    if home == "retail" and rng.random() < 0.55:
        certs.append(("retail", "CHAT"))
    if rng.random() < 0.22:
        second = rng.choice([c for c in ("retail", "telecom", "bank") if c != home])
        certs.append((second, "VOICE"))
    certs = KEEP_SKILLS.get(agent_id, certs)
    return [{"clientId": c, "channel": ch} for c, ch in certs]


def zone_shift(agent_zone, client_zone):
    """Hours to add to the client's wall clock to get the agent's, in the reference week."""
    noon = datetime.combine(WEEK_START, time(12, 0), timezone.utc)
    offset = noon.astimezone(ZoneInfo(agent_zone)).utcoffset() - noon.astimezone(ZoneInfo(client_zone)).utcoffset()
    return int(offset.total_seconds() // 3600)


def availability(part_time, home, agent_zone):
    """Windows that fit the home client's opening hours, written in the agent's own wall clock. Full-timers offer
    five or six days (bank agents Monday to Saturday, when the bank is open); part-timers three to five."""
    week = range(6) if home == "bank" else range(7)
    days = sorted(rng.sample(week, rng.choice([3, 4, 5]) if part_time else rng.choice([5, 6])))
    shift = zone_shift(agent_zone, CLIENT_ZONE[home])
    spans = []
    for d in days:
        if part_time:
            start, end = rng.choice(PART_TIME_SPANS[home])
        else:
            start = rng.choice(FULL_TIME_STARTS[home])
            end = start + rng.choice([10, 11, 12])
        start, end = max(0, start + shift), min(24, end + shift)
        spans.append({"dayOfWeek": DAYS[d], "start": f"{start:02d}:00", "end": f"{end:02d}:00"})
    return spans


def preferred(spans):
    """Half the agents state a wish: the first part of each available day (a morning or early person)."""
    wishes = []
    for span in spans:
        start, end = int(span["start"][:2]), int(span["end"][:2])
        wishes.append({"dayOfWeek": span["dayOfWeek"], "start": span["start"], "end": f"{min(end, start + 8):02d}:00"})
    return wishes


def agents():
    result = []
    zones = ZONES[:]
    rng.shuffle(zones)
    for i in range(150):
        part_time = i % 3 == 2
        agent_id = f"A{i + 1:03d}"
        time_off = []
        if i % 17 == 5:
            # A day off on Thursday of the second week, in the agent's own zone.
            zone = ZoneInfo(zones[i])
            start = datetime.combine(TIME_OFF_DAY, time(0, 0), zone).astimezone(timezone.utc)
            time_off.append({"start": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
                             "end": (start + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                             "reason": "Personal day"})
        result.append({
            "id": agent_id,
            "name": f"{FIRST[i % len(FIRST)]} {LAST[(i * 7) % len(LAST)]}",
            "timeZone": zones[i],
            "certifications": certifications(i, agent_id),
            "contract": PART_TIME if part_time else FULL_TIME,
            "availability": availability(part_time, HOME[i % len(HOME)], zones[i]),
            "timeOff": time_off,
        })
        if i % 2 == 0:
            result[-1]["preferredHours"] = preferred(result[-1]["availability"])
    return result


# Supervisors, each leading the teams of the agents nearest its zone; S4 is also an agent (A075, a Los Angeles agent in
# no team).
# They work weekdays 08:00-18:00 in their own zone.
def weekdays(start, end):
    return [{"dayOfWeek": d, "start": start, "end": end} for d in DAYS[:5]]


SUPERVISORS = [
    {"id": "S1", "name": "Morgan Hale", "timeZone": "America/New_York", "availability": weekdays("08:00", "18:00")},
    {"id": "S2", "name": "Riley Osei", "timeZone": "America/Chicago", "availability": weekdays("08:00", "18:00")},
    {"id": "S3", "name": "Jordan Baptiste", "timeZone": "America/Denver", "availability": weekdays("08:00", "18:00")},
    {"id": "S4", "name": "Casey Moreau", "timeZone": "America/Los_Angeles", "agentId": "A075",
     "availability": weekdays("08:00", "18:00")},
]
LEADER_OF_ZONE = {"America/New_York": "S1", "America/Chicago": "S2", "America/Denver": "S3",
                  "America/Phoenix": "S3", "America/Los_Angeles": "S4"}
TEAM_NAMES = ["Atlas", "Beacon", "Cedar", "Delta", "Ember", "Falcon", "Granite", "Harbor", "Iris", "Juniper",
              "Keystone", "Lumen", "Maple", "Nimbus", "Orchid", "Pioneer"]
MAX_TEAM = 13
MIN_TEAM = 8
# Every team meets once a week, Tuesday to Thursday 10:00-16:00 in its supervisor's zone; every member is coached
# once a week, Monday to Friday 09:00-17:00 there. A team is cut only from agents whose hours meet the
# supervisor's in the coaching window, and so that its meeting has at least four 30-minute starts on at least two
# days where every member and the supervisor are available, in each of the four weeks (their own zones, time off
# included). Those starts are the team's own: no other team of the same supervisor may count on them, so the
# supervisor's meetings never need the same half-hour.
MEETING_WINDOW = (["TUESDAY", "WEDNESDAY", "THURSDAY"], "10:00", "16:00")
MEETING_MINUTES = 30
MIN_MEETING_STARTS = 4
MIN_MEETING_DAYS = 2
COACHING_WINDOW = (DAYS[:5], "09:00", "17:00")
TRAINING = {"name": "Safety refresher", "trainer": "S1", "zone": "America/New_York", "group": 8, "length": 90,
            "window": (DAYS[:5], "09:00", "17:00")}


def minutes(text):
    return int(text[:2]) * 60 + int(text[3:])


def utc_spans(spans, zone):
    """Weekly local spans as [start, end) minutes after the reference Monday 00:00 UTC."""
    result = []
    for span in spans:
        day = WEEK_START + timedelta(days=DAYS.index(span["dayOfWeek"]))
        start = datetime.combine(day, time(0, 0), ZoneInfo(zone)) + timedelta(minutes=minutes(span["start"]))
        end = datetime.combine(day, time(0, 0), ZoneInfo(zone)) + timedelta(minutes=minutes(span["end"]))
        base = datetime.combine(WEEK_START, time(0, 0), timezone.utc)
        result.append((int((start - base).total_seconds() // 60), int((end - base).total_seconds() // 60)))
    return result


def window_spans(window, zone):
    days, start, end = window
    return utc_spans([{"dayOfWeek": d, "start": start, "end": end} for d in days], zone)


def free_during(spans, start, end):
    return any(s <= start and end <= e for s, e in spans)


def overlap(a, b, length):
    """Some span of a and some of b share at least length minutes."""
    return any(min(e1, e2) - max(s1, s2) >= length for s1, e1 in a for s2, e2 in b)


def parse_utc(text):
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def available_at(person, start, length):
    """Whether a person (agent or supervisor) is available for [start, start + length), a real instant: its weekly
    hours read on its own wall clock that day, and none of its time off in the way."""
    local = start.astimezone(ZoneInfo(person["timeZone"]))
    day, begin = DAYS[local.weekday()], local.hour * 60 + local.minute
    if not any(span["dayOfWeek"] == day and minutes(span["start"]) <= begin
               and begin + length <= minutes(span["end"]) for span in person["availability"]):
        return False
    end = start + timedelta(minutes=length)
    return not any(parse_utc(off["start"]) < end and start < parse_utc(off["end"]) for off in person.get("timeOff", []))


def meeting_starts(zone):
    """The meeting's possible starts, (day, minutes after local midnight) in the supervisor's zone."""
    days, start, end = MEETING_WINDOW
    return [(d, m) for d in days for m in range(minutes(start), minutes(end) - MEETING_MINUTES + 1, 30)]


def instants(start, zone):
    """A weekly local start as the real instant in each of the four weeks."""
    day, m = start
    return [datetime.combine(WEEK_START + timedelta(days=7 * w + DAYS.index(day)), time(0, 0), ZoneInfo(zone))
            + timedelta(minutes=m) for w in range(WEEKS)]


def free_at(person, start, zone):
    return all(available_at(person, t, MEETING_MINUTES) for t in instants(start, zone))


def start_patterns(starts):
    """Four starts on two days, two in a row on each: the smallest set a team can count on."""
    pairs = [(s, (s[0], s[1] + 30)) for s in starts if (s[0], s[1] + 30) in starts]
    return [[*p, *q] for i, p in enumerate(pairs) for q in pairs[i + 1:]
            if DAYS.index(p[0][0]) < DAYS.index(q[0][0])]


def has_own_starts(team_members, supervisor, taken):
    """The check the cut must pass, whatever pattern found the team: in every week, enough starts on enough days
    that every member and the supervisor can make and no other team of the supervisor counts on."""
    zone = supervisor["timeZone"]
    everyone = team_members + [supervisor]
    for w in range(WEEKS):
        own = [s for s in meeting_starts(zone) if s not in taken
               and all(available_at(p, instants(s, zone)[w], MEETING_MINUTES) for p in everyone)]
        if len(own) < MIN_MEETING_STARTS or len({d for d, _ in own}) < MIN_MEETING_DAYS:
            return False
    return True


def team_up(agent_list):
    """Greedy: for each supervisor, the four starts on two days that most of its unassigned agents can make (and
    no earlier team of the supervisor counts on) make a team of up to 13, which then counts on every start all its
    members can make, so no later team of the supervisor needs any of them."""
    supervisor_of = {s["id"]: s for s in SUPERVISORS}
    supervising_agents = {s["agentId"] for s in SUPERVISORS if "agentId" in s}
    agent_of = {a["id"]: a for a in agent_list}
    teams = []
    for supervisor in SUPERVISORS:
        zone = supervisor["timeZone"]
        person = dict(supervisor, timeOff=agent_of[supervisor["agentId"]]["timeOff"] if "agentId" in supervisor else [])
        own = utc_spans(supervisor["availability"], zone)
        coaching = [(max(s, ws), min(e, we)) for s, e in own for ws, we in window_spans(COACHING_WINDOW, zone)
                    if min(e, we) - max(s, ws) >= 30]
        starts = [s for s in meeting_starts(zone) if free_at(person, s, zone)]
        pool = [a for a in agent_list
                if LEADER_OF_ZONE[a["timeZone"]] == supervisor["id"] and a["id"] not in supervising_agents
                and overlap(utc_spans(a["availability"], a["timeZone"]), coaching, 30)]
        free = {a["id"]: {s for s in starts if free_at(a, s, zone)} for a in pool}
        taken = set()
        while True:
            patterns = [p for p in start_patterns(starts) if not taken.intersection(p)]
            if not patterns:
                break
            best = max(patterns, key=lambda p: sum(1 for a in pool if free[a["id"]].issuperset(p)))
            # The agents who can make the fewest starts go first: the others have more chances in a later team.
            members = sorted((a for a in pool if free[a["id"]].issuperset(best)),
                             key=lambda a: (len(free[a["id"]]), a["id"]))[:MAX_TEAM]
            if len(members) < MIN_TEAM:
                break
            assert has_own_starts(members, person, taken), best
            pool = [a for a in pool if a not in members]
            taken |= set.intersection(*(free[a["id"]] for a in members))
            teams.append({"id": f"T{len(teams) + 1}", "name": f"Team {TEAM_NAMES[len(teams)]}",
                          "supervisorId": supervisor["id"], "members": sorted(a["id"] for a in members)})
    assert all(t["supervisorId"] in supervisor_of for t in teams)
    return teams


def training_group(agent_list, teams):
    """Agents (by id) who share the training's length on two different days of its window, with the trainer."""
    trainer = next(s for s in SUPERVISORS if s["id"] == TRAINING["trainer"])
    own = utc_spans(trainer["availability"], trainer["timeZone"])
    days = []
    for s, e in window_spans(TRAINING["window"], TRAINING["zone"]):
        day = [(m, m + TRAINING["length"]) for m in range(s, e - TRAINING["length"] + 1, 30)
               if free_during(own, m, m + TRAINING["length"])]
        days.append(day)
    best = None
    for i in range(len(days)):
        for j in range(i + 1, len(days)):
            for a_slot in days[i]:
                for b_slot in days[j]:
                    group = [a["id"] for a in agent_list if a["id"] != trainer.get("agentId")
                             and free_during(utc_spans(a["availability"], a["timeZone"]), *a_slot)
                             and free_during(utc_spans(a["availability"], a["timeZone"]), *b_slot)]
                    if best is None or len(group) > len(best):
                        best = group
    assert len(best) >= TRAINING["group"], best
    return best[:TRAINING["group"]]


def activities(agent_list, teams):
    """A weekly meeting and coaching of every member for each team, and one training of two sessions."""
    result = []
    for team in teams:
        result.append({"kind": "TEAM_MEETING", "teamId": team["id"], "lengthMinutes": 30,
                       "window": {"days": MEETING_WINDOW[0], "start": MEETING_WINDOW[1], "end": MEETING_WINDOW[2]},
                       "placement": "IN_SHIFT", "priority": 6})
    for team in teams:
        result.append({"kind": "COACHING", "teamId": team["id"], "lengthMinutes": 30,
                       "window": {"days": COACHING_WINDOW[0], "start": COACHING_WINDOW[1],
                                  "end": COACHING_WINDOW[2]},
                       "placement": "IN_SHIFT", "priority": 4})
    days, start, end = TRAINING["window"]
    result.append({"kind": "TRAINING", "name": TRAINING["name"], "agentIds": training_group(agent_list, teams),
                   "supervisorId": TRAINING["trainer"], "lengthMinutes": TRAINING["length"], "sessions": 2,
                   "window": {"days": days, "start": start, "end": end, "timeZone": TRAINING["zone"]},
                   "placement": "MAY_EXTEND_SHIFT", "priority": 7,
                   "validFrom": WEEK_START.isoformat(), "validUntil": (WEEK_START + timedelta(days=27)).isoformat()})
    return result


def main():
    with open(os.path.join(HERE, "clients.json"), "w") as f:
        json.dump(CLIENTS, f, indent=2)
        f.write("\n")
    agent_list = agents()
    with open(os.path.join(HERE, "agents.json"), "w") as f:
        json.dump(agent_list, f, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, FORECAST_FILE), "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["client_id", "channel", "interval_start", "contacts", "aht_seconds"])
        forecast = forecast_rows()
        out.writerows(forecast)
    # Written after the files above, so that drawing the actuals leaves their bytes as they were.
    with open(os.path.join(HERE, ACTUALS_FILE), "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["client_id", "channel", "interval_start", "contacts", "aht_seconds", "abandoned",
                      "answered_in_target"])
        out.writerows(actuals_rows(forecast))
    with open(os.path.join(HERE, SPECIAL_DAYS_FILE), "w") as f:
        json.dump(special_days(), f, indent=2)
        f.write("\n")
    # Drawn without the dice, from the agents' hours: the files above keep their bytes.
    teams = team_up(agent_list)
    for name, content in (("supervisors.json", SUPERVISORS), ("teams.json", teams),
                          ("activities.json", activities(agent_list, teams))):
        with open(os.path.join(HERE, name), "w") as f:
            json.dump(content, f, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()
