#!/usr/bin/env python3
"""Activities benchmark (issue 19): what meetings and coaching cost the service, placed naively or by the optimizer.

Per instance, four solves of SECONDS (default 60) each, one at a time, through the packaged service's API:
  none           the week without activities; it is then published
  booked-on-top  weekly meetings and coaching booked into that published week without changing any shift or day
                 off: the solver only places the sessions ("sessionsOnly": true), as a supervisor booking meetings
                 into a published week would get
  first-fit      the same sessions, each fixed at the first start of its window that its attendees and supervisor
                 can all make, where each attendee could work and nobody is double-booked, in the order the
                 sessions are listed; the solver then builds the shifts around them
                 (openwfm.roster.activity-placement=first-fit; "replanPublished": true, so the published week of
                 "none" does not hold it)
  optimized      the same sessions placed by the solver with the shifts (the default; "replanPublished": true)
Instances:
  sample              the demo's sample week (Monday 2026-11-30): 4 supervisors, 8 teams, 17 activities (8 team
                      meetings, coaching for 8 teams, a 2-session training); "none" deletes them through the API
                      first, and they are posted back after it
  three-clients-1000  bench/solve_benchmark.py's 1,000-agent week (same clients, forecasts and seeded agents);
                      agents are put, by zone, in teams of up to 10 who share at least two hours of the meeting
                      window, three teams per supervisor (Mon-Fri 08:00-18:00 in the team's zone); each team gets a
                      weekly 30-minute meeting (Tue-Thu 10:00-16:00, priority 6) and 30-minute coaching per agent
                      (Mon-Fri 09:00-17:00, priority 4), windows in the supervisor's zone, as the sample's are
Per solve: score, coverage, projected service level, the contacts answered within the target (projected service
level × the week's contacts), sessions placed and left out. Then, per instance, what the optimizer saves over
first-fit and over booked-on-top: the difference in projected service level, in contacts answered within the target
and in the score's medium level (contacts at stake, sessions left out included). Run from the project root:
  ./mvnw -B package -DskipTests && python3 bench/activities.py
(INSTANCES=sample SECONDS=30 ... runs a subset.)
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import solve_benchmark as sb

ROOT = sb.ROOT
PORT = int(os.environ.get("PORT", "18083"))
SECONDS = int(os.environ.get("SECONDS", "60"))
INSTANCES = os.environ.get("INSTANCES", "sample,three-clients-1000").split(",")
WEEK = sb.WEEK  # Monday 2026-11-30, the week the other sample benchmarks solve
sb.PORT = PORT
DEMO_PLANNER = ("planner", "planner")
BENCH_PLANNER = ("planner", "bench-planner-password")
TEAM_SIZE, TEAMS_PER_SUPERVISOR, SHARED_HALF_HOURS = 10, 3, 4
MEETING = {"days": ["TUESDAY", "WEDNESDAY", "THURSDAY"], "start": "10:00", "end": "16:00"}
COACHING = {"days": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"], "start": "09:00", "end": "17:00"}
HEADER = ("| instance | activities | score | coverage | projected SL | answered in target | sessions placed | "
          "left out |\n|---|---|---|---|---|---|---|---|")


def start_service(data_dir, placement, demo, log_path):
    flags = ["-Dopenwfm.demo=true", f"-Dopenwfm.demo-first-week={WEEK}"] if demo else [
        "-Dopenwfm.initial-admin-password=bench-admin-password"]
    service = subprocess.Popen(["java", *flags, f"-Dopenwfm.data-dir={data_dir}", f"-Dquarkus.http.port={PORT}",
                                "-Dopenwfm.roster.unimproved-seconds=3600",
                                f"-Dopenwfm.roster.activity-placement={placement}", "-jar",
                                os.path.join(ROOT, "target/quarkus-app/quarkus-run.jar")],
                               stdout=open(log_path, "a"), stderr=subprocess.STDOUT)
    for _ in range(600):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/q/health/ready", timeout=2)
            return service
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2)
    raise SystemExit("the service did not start")


def stop_service(service):
    service.terminate()
    service.wait(timeout=60)


def api(method, path, body=None, who=DEMO_PLANNER):
    return sb.call(method, path, body, user=who[0], password=who[1])


def week_contacts(who):
    total = 0.0
    for client in api("GET", "/api/v1/clients", who=who):
        for channel in client["channels"]:
            staffing = api("GET", f"/api/v1/staffing?clientId={client['id']}&channel={channel['channel']}"
                                  f"&weekStart={WEEK}", who=who)
            total += sum(interval["contacts"] or 0 for interval in staffing["intervals"])
    return total


def solve(client_ids, who, **flags):
    """One solve of the week, waited for; flags go into the request (replanPublished, sessionsOnly)."""
    body = {"weekStart": str(WEEK), "solveSeconds": SECONDS, **flags}
    if client_ids:
        body["clientIds"] = client_ids
    job = api("POST", "/api/v1/schedules", body, who=who)
    while True:
        state = api("GET", f"/api/v1/schedules/{job['id']}", who=who)
        if state["status"] in ("SOLVED", "FAILED", "CANCELLED"):
            break
        time.sleep(2)
    if state["status"] != "SOLVED":
        raise SystemExit(f"job {job['id']} ended {state['status']}: {state.get('message')}")
    return state


def publish(state, who):
    api("POST", f"/api/v1/schedules/{state['id']}/publish", who=who)


def medium(score):
    return int(score.split("/")[1].replace("medium", ""))


def result_row(instance, mode, state, contacts, who):
    k = state["kpis"]
    placed, left_out = len(state.get("activities") or []), len(state.get("unplacedActivities") or [])
    result = {"mode": mode, "score": state["score"], "coverage": k["coverage"], "sl": k["projectedServiceLevel"],
              "answered": k["projectedServiceLevel"] * contacts, "placed": placed, "left_out": left_out}
    print(f"| {instance} | {mode} | {state['score']} | {k['coverage']:.4f} | {k['projectedServiceLevel']:.4f} | "
          f"{result['answered']:,.0f} of {contacts:,.0f} | {placed} | {left_out} |", flush=True)
    reasons = {}
    for unplaced in state.get("unplacedActivities") or []:
        reasons.setdefault(unplaced["reason"], []).append(unplaced["name"])
    for reason, names in reasons.items():
        print(f"    left out ({len(names)}: {', '.join(names[:5])}{' ...' if len(names) > 5 else ''}): {reason}",
              flush=True)
    result["left_out_stake"] = sum(left_out_stake(unplaced["key"], who) for unplaced in state.get("unplacedActivities")
                                   or [])
    if result["left_out_stake"]:
        print(f"    medium score: {result['left_out_stake']:,} for the sessions left out, "
              f"{-medium(state['score']) - result['left_out_stake']:,} contacts at stake by staffing", flush=True)
    return result


def left_out_stake(key, who):
    """What the score charges for a session left out: priority × minutes × everyone it needs (the supervisor's
    agent, when it has one, counts apart from the supervisor, as ActivityAssignment counts people)."""
    activity = api("GET", f"/api/v1/activities/{key.split('/')[0].split('#')[0]}", who=who)
    if "/" in key:
        agents = {key.split("/")[1]}
    elif activity.get("teamId"):
        agents = set(api("GET", f"/api/v1/teams/{activity['teamId']}", who=who)["members"])
    else:
        agents = set(activity["agentIds"])
    supervisor_id = activity.get("supervisorId")
    if supervisor_id is None and activity.get("teamId"):
        supervisor_id = api("GET", f"/api/v1/teams/{activity['teamId']}", who=who)["supervisorId"]
    people = len(agents)
    if supervisor_id:
        people += 1
        agent_id = api("GET", f"/api/v1/supervisors/{supervisor_id}", who=who).get("agentId")
        if agent_id and agent_id not in agents:
            people += 1
    return activity.get("priority", 5) * activity["lengthMinutes"] * people


def savings(instance, results):
    optimized = results["optimized"]
    for baseline in ("first-fit", "booked-on-top"):
        other = results[baseline]
        print(f"{instance}: the optimizer over {baseline}: projected SL {optimized['sl'] - other['sl']:+.4f}, "
              f"contacts answered within target {optimized['answered'] - other['answered']:+,.0f}, medium score "
              f"{medium(optimized['score']) - medium(other['score']):+,} (by staffing alone "
              f"{staffing_stake(other) - staffing_stake(optimized):+,} contacts at stake)", flush=True)
    print(f"{instance}: without activities SL {results['none']['sl']:.4f}", flush=True)


def staffing_stake(result):
    return -medium(result["score"]) - result["left_out_stake"]


def run_sample(work, log_path):
    data_dir = os.path.join(work, "sample-db")
    service = start_service(data_dir, "optimized", True, log_path)
    results = {}
    try:
        contacts = week_contacts(DEMO_PLANNER)
        definitions = api("GET", "/api/v1/activities")
        for definition in definitions:
            api("DELETE", f"/api/v1/activities/{definition['id']}")
        none = solve(None, DEMO_PLANNER)
        results["none"] = result_row("sample", "none", none, contacts, DEMO_PLANNER)
        publish(none, DEMO_PLANNER)
        for definition in definitions:
            api("POST", "/api/v1/activities", {k: v for k, v in definition.items() if k not in ("id", "version")})
        results["booked-on-top"] = result_row("sample", "booked-on-top", solve(None, DEMO_PLANNER, sessionsOnly=True),
                                              contacts, DEMO_PLANNER)
        results["optimized"] = result_row("sample", "optimized", solve(None, DEMO_PLANNER, replanPublished=True),
                                          contacts, DEMO_PLANNER)
    finally:
        stop_service(service)
    service = start_service(data_dir, "first-fit", True, log_path)
    try:
        results["first-fit"] = result_row("sample", "first-fit", solve(None, DEMO_PLANNER, replanPublished=True),
                                          contacts, DEMO_PLANNER)
    finally:
        stop_service(service)
    savings("sample", results)


def half_hours(availability, zone):
    """The UTC half-hours from Monday 00:00 UTC of the week in which the weekly windows given lie, in their zone."""
    monday = datetime.combine(WEEK, datetime.min.time(), timezone.utc)
    result = set()
    for window in availability:
        day = WEEK + timedelta(days=sb.DAYS.index(window["dayOfWeek"]))
        start = local_instant(day, window["start"], zone)
        end = local_instant(day, window["end"], zone)
        result.update(range(int((start - monday).total_seconds()) // 1800, int((end - monday).total_seconds()) // 1800))
    return result


def local_instant(day, hhmm, zone):
    hours, minutes = map(int, hhmm.split(":"))
    return datetime.combine(day, datetime.min.time(), ZoneInfo(zone)) + timedelta(hours=hours, minutes=minutes)


def window_half_hours(window, zone):
    return half_hours([{"dayOfWeek": d, "start": window["start"], "end": window["end"]} for d in window["days"]], zone)


def teams_of(agents):
    """Teams by zone, each of agents sharing at least two hours of the meeting window, coachable in their own."""
    teams = []
    for zone in sb.ZONES:
        meeting, coaching = window_half_hours(MEETING, zone), window_half_hours(COACHING, zone)
        open_teams = []
        for agent in (a for a in agents if a["timeZone"] == zone):
            hours = half_hours(agent["availability"], zone)
            if not hours & coaching:
                continue
            for team in open_teams:
                if len(team["shared"] & hours) >= SHARED_HALF_HOURS:
                    team["shared"] &= hours
                    team["members"].append(agent["id"])
                    break
            else:
                if len(meeting & hours) >= SHARED_HALF_HOURS:
                    open_teams.append({"zone": zone, "shared": meeting & hours, "members": [agent["id"]]})
            full = [team for team in open_teams if len(team["members"]) == TEAM_SIZE]
            teams += full
            open_teams = [team for team in open_teams if len(team["members"]) < TEAM_SIZE]
        teams += [team for team in open_teams if len(team["members"]) >= 3]
    return teams


def define_activities(agents, who):
    teams = teams_of(agents)
    by_zone = {}
    for team in teams:
        by_zone.setdefault(team["zone"], []).append(team)
    supervisor_count, team_count = 0, 0
    for zone, zone_teams in by_zone.items():
        for i in range(0, len(zone_teams), TEAMS_PER_SUPERVISOR):
            supervisor_count += 1
            supervisor = f"S{supervisor_count:03d}"
            api("POST", "/api/v1/supervisors", {
                "id": supervisor, "name": f"Supervisor {supervisor_count}", "timeZone": zone,
                "availability": [{"dayOfWeek": d, "start": "08:00", "end": "18:00"} for d in sb.DAYS[:5]]}, who=who)
            for team in zone_teams[i:i + TEAMS_PER_SUPERVISOR]:
                team_count += 1
                team["id"] = f"T{team_count:03d}"
                api("POST", "/api/v1/teams", {"id": team["id"], "name": f"Team {team_count}",
                                              "supervisorId": supervisor, "members": team["members"]}, who=who)
    for team in teams:  # meetings first, then coaching: the order first-fit books them in, as in the sample
        api("POST", "/api/v1/activities", {"kind": "TEAM_MEETING", "teamId": team["id"], "lengthMinutes": 30,
                                           "window": MEETING, "placement": "IN_SHIFT", "priority": 6}, who=who)
    for team in teams:
        api("POST", "/api/v1/activities", {"kind": "COACHING", "teamId": team["id"], "lengthMinutes": 30,
                                           "window": COACHING, "placement": "IN_SHIFT", "priority": 4}, who=who)
    members = sum(len(team["members"]) for team in teams)
    print(f"three-clients-1000: {supervisor_count} supervisors, {len(teams)} teams of {members} agents "
          f"({members / len(teams):.1f} each), {len(teams)} meetings and {members} coaching sessions", flush=True)


def run_thousand(work, log_path):
    data_dir = os.path.join(work, "thousand-db")
    clients = ["metro", "coastal", "prairie"]
    service = start_service(data_dir, "optimized", False, log_path)
    results = {}
    try:
        sb.call("PUT", "/api/v1/users/planner", {"password": BENCH_PLANNER[1], "role": "planner"})
        sb.call("PUT", "/api/v1/users/forecaster", {"password": "bench-forecaster-password", "role": "forecaster"})
        curve = sb.bank_half_hours()
        weekdays, week = list(range(5)), list(range(7))
        specs = [("metro", "America/Chicago", 0.9, week), ("coastal", "America/Los_Angeles", 0.6, weekdays),
                 ("prairie", "America/Denver", 0.45, weekdays)]
        for client_id, zone, scale, days in specs:
            sb.call("POST", "/api/v1/clients", sb.client(client_id, zone, days))
            csv_text = "client_id,channel,interval_start,contacts,aht_seconds\n" + "\n".join(
                sb.forecast_rows(client_id, zone, curve, scale, days)) + "\n"
            sb.call("POST", "/api/v1/forecasts", csv_text.encode(), user="forecaster", content_type="text/csv",
                    password="bench-forecaster-password")
        agents = sb.agents(1000, clients, 99, week)
        for agent in agents:
            sb.call("POST", "/api/v1/agents", agent)
        contacts = week_contacts(BENCH_PLANNER)
        none = solve(clients, BENCH_PLANNER)
        results["none"] = result_row("three-clients-1000", "none", none, contacts, BENCH_PLANNER)
        publish(none, BENCH_PLANNER)
        define_activities(agents, BENCH_PLANNER)
        results["booked-on-top"] = result_row("three-clients-1000", "booked-on-top",
                                              solve(clients, BENCH_PLANNER, sessionsOnly=True), contacts,
                                              BENCH_PLANNER)
        results["optimized"] = result_row("three-clients-1000", "optimized",
                                          solve(clients, BENCH_PLANNER, replanPublished=True), contacts,
                                          BENCH_PLANNER)
    finally:
        stop_service(service)
    service = start_service(data_dir, "first-fit", False, log_path)
    try:
        results["first-fit"] = result_row("three-clients-1000", "first-fit",
                                          solve(clients, BENCH_PLANNER, replanPublished=True), contacts,
                                          BENCH_PLANNER)
    finally:
        stop_service(service)
    savings("three-clients-1000", results)


def main():
    work = tempfile.mkdtemp()
    log_path = os.path.join(work, "service.log")
    try:
        print(f"{SECONDS} s per solve\n{HEADER}", flush=True)
        if "sample" in INSTANCES:
            run_sample(work, log_path)
        if "three-clients-1000" in INSTANCES:
            run_thousand(work, log_path)
    finally:
        if os.environ.get("KEEP_LOG"):
            shutil.copy(log_path, os.environ["KEEP_LOG"])
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
