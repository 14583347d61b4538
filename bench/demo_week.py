#!/usr/bin/env python3
"""Solves demo weeks on a running service and prints, per local day, what a planner judges a week by.

Usage: demo_week.py BASE_URL SOLVE_SECONDS WEEK [WEEK ...]   (see bench/demo-week.sh)

Per day: required and scheduled agent-hours (after shrinkage, breaks taken out), coverage
(sum of min(scheduled, required) over sum of required, all client channels), the contact-weighted
projected service level, and whether every channel met its own goal that day.
"""
import base64
import json
import sys
import time
import urllib.request
from collections import defaultdict
from datetime import datetime
from zoneinfo import ZoneInfo

BASE, SECONDS, WEEKS = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
HEADERS = {"Authorization": "Basic " + base64.b64encode(b"planner:planner").decode(),
           "Content-Type": "application/json", "X-Requested-With": "bench"}


def api(method, path, body=None):
    request = urllib.request.Request(BASE + path, method=method, headers=HEADERS,
                                     data=None if body is None else json.dumps(body).encode())
    with urllib.request.urlopen(request, timeout=120) as answer:
        return json.loads(answer.read() or b"null")


def channels():
    for client in api("GET", "/api/v1/clients"):
        for channel in client["channels"]:
            yield client["id"], channel["channel"], ZoneInfo(client["timeZone"]), channel["serviceLevelTarget"]


def solve(week):
    job = api("POST", "/api/v1/schedules", {"weekStart": week, "solveSeconds": SECONDS})
    while True:
        schedule = api("GET", f"/api/v1/schedules/{job['id']}")
        if schedule["status"] in ("SOLVED", "FAILED", "CANCELLED"):
            return schedule
        time.sleep(1)


def report(week):
    schedule = solve(week)
    kpis = schedule["kpis"]
    print(f"\nWeek of {week}: {schedule['status']}, score {schedule['score']}, coverage {kpis['coverage']:.4f}, "
          f"overstaffing {kpis['overstaffing']:.4f}, projected service level {kpis['projectedServiceLevel']:.4f}, "
          f"paid hours {kpis['paidHours']:.0f}")
    days = defaultdict(lambda: {"required": 0.0, "covered": 0.0, "scheduled": 0.0, "contacts": 0.0, "served": 0.0,
                                "goals": {}})
    for client, channel, zone, goal in channels():
        contacts = {i["start"]: i["contacts"] for i in api(
            "GET", f"/api/v1/staffing?clientId={client}&channel={channel}&weekStart={week}")["intervals"]}
        per_day = defaultdict(lambda: [0.0, 0.0])
        for interval in api("GET", f"/api/v1/schedules/{schedule['id']}/coverage?clientId={client}&channel={channel}"):
            day = datetime.fromisoformat(interval["start"].replace("Z", "+00:00")).astimezone(zone).date()
            hours = 0.5  # the sample's grain
            row = days[day]
            row["required"] += interval["required"] * hours
            row["covered"] += min(interval["scheduled"], interval["required"]) * hours
            row["scheduled"] += interval["scheduled"] * hours
            if interval["required"] > 0:
                level = interval["projectedServiceLevel"]
                level = 1.0 if level is None else level
                row["contacts"] += contacts.get(interval["start"], 0)
                row["served"] += contacts.get(interval["start"], 0) * level
                per_day[day][0] += contacts.get(interval["start"], 0)
                per_day[day][1] += contacts.get(interval["start"], 0) * level
        for day, (offered, served) in per_day.items():
            if offered > 0:
                days[day]["goals"][f"{client} {channel}"] = served / offered >= goal
    print("| day | required h | scheduled h | coverage | service level | every goal met |")
    print("|---|---|---|---|---|---|")
    for day in sorted(days):
        row = days[day]
        if row["required"] == 0:
            continue
        missed = [name for name, met in row["goals"].items() if not met]
        print(f"| {day:%a %Y-%m-%d} | {row['required']:.0f} | {row['scheduled']:.0f} | "
              f"{row['covered'] / row['required']:.1%} | {row['served'] / max(row['contacts'], 1e-9):.1%} | "
              f"{'yes' if not missed else 'no: ' + ', '.join(missed)} |")


for week in WEEKS:
    report(week)
