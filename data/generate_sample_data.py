#!/usr/bin/env python3
"""Writes the sample data of OpenWFM (clients, agents, one week of forecasts) into this folder.

Deterministic: the same seed gives the same files. Run it from anywhere:
    python3 data/generate_sample_data.py
The week is Monday 2026-11-30 to Sunday 2026-12-06; Monday is Cyber Monday, the retailer's big sale.
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

# Contacts per day (index 0 = Monday) and AHT per client channel. Monday is the retail sale day.
VOLUME = {
    ("retail", "VOICE"): ([4400, 1050, 900, 880, 950, 1000, 800], 330),
    ("retail", "CHAT"): ([2800, 650, 560, 540, 600, 640, 500], 420),
    ("telecom", "VOICE"): ([1250, 1100, 1050, 1000, 1080, 650, 350], 390),
    ("bank", "VOICE"): ([1500, 1250, 1150, 1100, 1350, 420, 0], 240),
}


def intraday_weight(hour):
    """Morning rise, late-morning peak, lunch dip, afternoon peak, evening tail."""
    morning = math.exp(-((hour - 10.5) ** 2) / 4.0)
    afternoon = 0.85 * math.exp(-((hour - 14.5) ** 2) / 5.0)
    lunch_dip = -0.18 * math.exp(-((hour - 12.5) ** 2) / 0.6)
    evening = 0.35 * math.exp(-((hour - 19.0) ** 2) / 3.0)
    return max(0.05, morning + afternoon + lunch_dip + evening)


def forecast_rows():
    rows = []
    for client in CLIENTS:
        zone = ZoneInfo(client["timeZone"])
        for ch in client["channels"]:
            daily, aht = VOLUME[(client["id"], ch["channel"])]
            for d in range(7):
                spans = [h for h in ch["openingHours"] if h["dayOfWeek"] == DAYS[d]]
                if not spans or daily[d] == 0:
                    continue
                day = WEEK_START + timedelta(days=d)
                slots = []
                for span in spans:
                    o = int(span["open"][:2]) * 60 + int(span["open"][3:])
                    c = int(span["close"][:2]) * 60 + int(span["close"][3:])
                    slots += list(range(o, c, 30))
                weights = [intraday_weight((m + 15) / 60) * rng.uniform(0.93, 1.07) for m in slots]
                total = sum(weights)
                for m, w in zip(slots, weights):
                    local = datetime.combine(day, time(0, 0), zone) + timedelta(minutes=m)
                    start = local.astimezone(timezone.utc)
                    contacts = round(daily[d] * w / total, 1)
                    handle = round(aht * rng.uniform(0.94, 1.06) * (1.08 if d == 0 and client["id"] == "retail" else 1))
                    rows.append((client["id"], ch["channel"], start.strftime("%Y-%m-%dT%H:%M:%SZ"), contacts, handle))
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    return rows


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


def certifications(i):
    """Mixed skills: most agents serve one client, about one in five serves two."""
    home = ["retail"] * 9 + ["telecom"] * 7 + ["bank"] * 5
    first = home[i % len(home)]
    certs = [(first, "VOICE")]
    if first == "retail" and rng.random() < 0.55:
        certs.append(("retail", "CHAT"))
    if rng.random() < 0.22:
        second = rng.choice([c for c in ("retail", "telecom", "bank") if c != first])
        certs.append((second, "VOICE"))
    return [{"clientId": c, "channel": ch} for c, ch in certs]


def availability(part_time):
    """Full-timers offer five or six daytime days; part-timers evenings and weekends (tight late hours)."""
    days = sorted(rng.sample(range(7), rng.choice([5, 6]) if not part_time else rng.choice([3, 4, 5])))
    spans = []
    for d in days:
        if part_time:
            start, end = rng.choice([(16, 23), (17, 24), (8, 14), (12, 20)])
        else:
            start = rng.choice([6, 7, 8, 9, 10])
            end = min(24, start + rng.choice([10, 11, 12]))
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
            # A day off on Thursday of the sample week, in the agent's own zone.
            zone = ZoneInfo(zones[i])
            start = datetime.combine(WEEK_START + timedelta(days=3), time(0, 0), zone).astimezone(timezone.utc)
            time_off.append({"start": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
                             "end": (start + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                             "reason": "Personal day"})
        result.append({
            "id": agent_id,
            "name": f"{FIRST[i % len(FIRST)]} {LAST[(i * 7) % len(LAST)]}",
            "timeZone": zones[i],
            "certifications": certifications(i),
            "contract": PART_TIME if part_time else FULL_TIME,
            "availability": availability(part_time),
            "timeOff": time_off,
        })
        if i % 2 == 0:
            result[-1]["preferredHours"] = preferred(result[-1]["availability"])
    return result


def main():
    with open(os.path.join(HERE, "clients.json"), "w") as f:
        json.dump(CLIENTS, f, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "agents.json"), "w") as f:
        json.dump(agents(), f, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "forecast-2026-11-30.csv"), "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["client_id", "channel", "interval_start", "contacts", "aht_seconds"])
        out.writerows(forecast_rows())


if __name__ == "__main__":
    main()
