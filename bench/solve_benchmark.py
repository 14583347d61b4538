#!/usr/bin/env python3
"""Schedule-optimizer benchmark (issue 4): solves generated weeks through the packaged service's API.

Instances (seeded, reproducible):
  bank-60 / bank-150 / bank-400  one client, VOICE, Mon-Fri 07:00-21:00 America/New_York; volume = the
                                 real calls of ../shared/data/bank_calls_5min.csv for Mon 2003-03-03 to
                                 Fri 2003-03-07 summed to 30 minutes; assumed AHT 180 s (the Israeli bank
                                 figure in ../shared/data/README.md), 80 % in 20 s, occupancy 0.85,
                                 shrinkage 0.30; 60, 150 or 400 generated agents.
  three-clients-1000             three clients in three zones (bank shape scaled 0.9x, 0.6x, 0.45x, 7 days
                                 for one of them: about the hours 1,000 agents can give), 1,000
                                 generated agents, a fifth certified twice.
  twenty-clients-5000            the scale-out week (issue 17): 20 clients in ten groups of one to three
                                 that share agents (3+2+1+3+1+2+3+2+1+2), in five zones, each with the
                                 bank shape scaled 0.25x-0.7x (every fourth open 7 days); 5,000 agents
                                 shared out to the groups by their required hours, certified only for
                                 clients of their own group. Only run when named in INSTANCES.
Each instance is solved for 10, 30 and 60 s (stall limit lifted). Run from the project root:
  ./mvnw -B package -DskipTests && python3 bench/solve_benchmark.py
(INSTANCES=bank-400 DURATIONS=10 ... runs a subset; KEEP_LOG=file keeps the service's log.)

twenty-clients-5000 measures building the problem:
          a job of SOLVE_PROBE seconds (default 10) for the whole week and one for its largest group:
          the builder's wall and CPU time and size (from its log line), heap used after a forced GC before the job,
          the most heap in use at any collection during the job (from the service's GC log), heap live
          (forced GC) 1 s before its time is up, when the week-by-week construction was done
          and the score it reached, how the job ended and how long placing breaks, KPIs and storing took after
          solving, and how many cores the service kept busy on average (its CPU time / wall)
          (its quality, solved whole, split and on two replicas, is bench/scale_out_quality.py's)
e.g. INSTANCES=twenty-clients-5000 SOLVE_PROBE=40 python3 bench/solve_benchmark.py
"""
import base64
import csv
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import scale_out

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "data", "bank_calls_5min.csv")
WEEK = date(2026, 11, 30)
PORT = int(os.environ.get("PORT", "18082"))
DURATIONS = [int(s) for s in os.environ.get("DURATIONS", "10,30,60").split(",")]
INSTANCES = os.environ.get("INSTANCES", "bank-60,bank-150,bank-400,three-clients-1000").split(",")
SOLVERS = int(os.environ.get("SOLVERS", "1"))
ZONES = ["America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles"]
DAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]


def call(method, path, body=None, user="admin", content_type="application/json", password="bench-admin-password"):
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    request = urllib.request.Request(f"http://127.0.0.1:{PORT}{path}", data=data, method=method)
    request.add_header("Authorization", "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode())
    request.add_header("X-Requested-With", "bench")
    if data is not None:
        request.add_header("Content-Type", content_type)
    with urllib.request.urlopen(request, timeout=60) as response:
        text = response.read().decode()
        return json.loads(text) if text else None


def bank_half_hours():
    """Calls per 30 minutes for Mon 2003-03-03 .. Fri 2003-03-07: {(weekday, 'HH:MM'): calls}."""
    sums = {}
    with open(DATA) as f:
        for row in csv.DictReader(f):
            stamp = datetime.strptime(row["DateTime"], "%Y-%m-%d %H:%M:%S")
            if date(2003, 3, 3) <= stamp.date() <= date(2003, 3, 7):
                key = (stamp.weekday(), f"{stamp.hour:02d}:{30 * (stamp.minute // 30):02d}")
                sums[key] = sums.get(key, 0) + int(row["Calls"])
    return sums


def client(client_id, zone, days, open_at="07:00", close_at="21:00"):
    return {"id": client_id, "name": client_id.title(), "timeZone": zone, "channels": [{
        "channel": "VOICE", "serviceLevelTarget": 0.8, "answerWithinSeconds": 20, "maxOccupancy": 0.85,
        "shrinkage": 0.3, "minAgents": 1, "openingHours": [{"dayOfWeek": DAYS[d], "open": open_at, "close": close_at}
                                                           for d in days]}]}


def forecast_rows(client_id, zone, curve, scale, days):
    rows = []
    for (weekday, hhmm), calls in sorted(curve.items()):
        for d in days:
            if weekday != min(d, 4):  # weekends borrow Friday's shape at 60 %
                continue
            local = datetime.combine(WEEK + timedelta(days=d), datetime.strptime(hhmm, "%H:%M").time(), ZoneInfo(zone))
            if not ("07:00" <= hhmm < "21:00"):
                continue
            value = round(calls * scale * (0.6 if d >= 5 else 1), 1)
            rows.append(f"{client_id},VOICE,{local.astimezone(timezone.utc):%Y-%m-%dT%H:%M:%SZ},{value},180")
    return rows


def contract(part_time):
    return {"minWeeklyHours": 10 if part_time else 30, "maxWeeklyHours": 25 if part_time else 40,
            "maxDailyHours": 8 if part_time else 10, "minShiftHours": 3 if part_time else 4,
            "maxShiftHours": 8 if part_time else 10, "minRestHours": 10, "maxConsecutiveDays": 6}


def agents(count, clients, seed, days):
    rng = random.Random(seed)
    zones = ZONES
    result = []
    for i in range(count):
        part_time = i % 3 == 2
        home = clients[i % len(clients)]
        certs = [{"clientId": home, "channel": "VOICE"}]
        if len(clients) > 1 and rng.random() < 0.2:
            certs.append({"clientId": rng.choice([c for c in clients if c != home]), "channel": "VOICE"})
        worked = sorted(rng.sample(days, min(len(days), rng.choice([3, 4]) if part_time else 5)))
        start = rng.choice([7, 8, 9, 10, 11, 12])
        result.append({
            "id": f"B{i + 1:04d}", "name": f"Agent {i + 1}", "timeZone": rng.choice(zones) if len(clients) > 1 else zones[0],
            "certifications": certs,
            "contract": contract(part_time),
            "availability": [{"dayOfWeek": DAYS[d], "start": f"{start:02d}:00", "end": f"{min(24, start + 12):02d}:00"}
                             for d in worked],
            "timeOff": []})
    return result


def heap_mb(pid):
    try:
        out = subprocess.run(["jcmd", str(pid), "GC.heap_info"], capture_output=True, text=True, timeout=10).stdout
        match = re.search(r"used (\d+)K", out)
        return int(match.group(1)) // 1024 if match else 0
    except (OSError, subprocess.TimeoutExpired):
        return 0


TABLE_HEADER = ("| instance | seconds | score | coverage | overstaffing | projected SL | paid h | lower bound h | "
                "vs bound | moves/s | peak heap MB |\n|---|---|---|---|---|---|---|---|---|---|---|")


def run_instance(name, client_ids, pid, log_path):
    lines = []
    for seconds in DURATIONS:
        job = call("POST", "/api/v1/schedules", {"weekStart": str(WEEK), "clientIds": client_ids, "solveSeconds": seconds},
                   user="planner", password="bench-planner-password")
        peak, first_feasible = 0, None
        while True:
            state = call("GET", f"/api/v1/schedules/{job['id']}", user="planner", password="bench-planner-password")
            peak = max(peak, heap_mb(pid))
            if state["status"] in ("SOLVED", "FAILED"):
                break
            time.sleep(1)
        if state["status"] == "FAILED":
            raise SystemExit(f"{name}: job failed: {state['message']}")
        with open(log_path) as log:
            speeds = re.findall(r"Solving ended.*move evaluation speed \((\d+)/sec\)", log.read())
        k = state["kpis"]
        bound = sum(c["requiredAgentIntervals"] for c in k["byClientChannel"]) * 0.5
        lines.append(f"| {name} | {seconds} | {state['score']} | {k['coverage']:.4f} | {k['overstaffing']:.4f} | "
                     f"{k['projectedServiceLevel']:.4f} | {k['paidHours']:,.0f} | {bound:,.0f} | "
                     f"{k['paidHours'] / bound - 1:+.1%} | {int(speeds[-1]):,} | {peak} |")
        print(lines[-1], flush=True)
    return lines


def gc_log(log_path):
    """The service's GC log, beside its console log: each collection with the heap in use before and after it."""
    return log_path.replace("service.log", "gc.log")


def main():
    work = tempfile.mkdtemp()
    log_path = os.path.join(work, "service.log")
    service = subprocess.Popen(["java", *os.environ.get("JAVA_OPTS", "").split(),
                                f"-Xlog:gc:file={gc_log(log_path)}",
                                f"-Dopenwfm.data-dir={work}/db", f"-Dquarkus.http.port={PORT}",
                                "-Dopenwfm.initial-admin-password=bench-admin-password",
                                "-Dopenwfm.roster.unimproved-seconds=3600",
                                # the scale-out week's groups are submitted together, one job each
                                "-Dopenwfm.roster.max-active-jobs=50", "-Dopenwfm.roster.max-active-jobs-per-user=50",
                                f"-Dquarkus.timefold.solver-manager.parallel-solver-count={SOLVERS}", "-jar",
                                os.path.join(ROOT, "target/quarkus-app/quarkus-run.jar")],
                               stdout=open(log_path, "w"), stderr=subprocess.STDOUT)
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}/q/health/ready", timeout=2)
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.2)
        call("PUT", "/api/v1/users/planner", {"password": "bench-planner-password", "role": "planner"})
        call("PUT", "/api/v1/users/forecaster", {"password": "bench-forecaster-password", "role": "forecaster"})
        curve = bank_half_hours()
        call("POST", "/api/v1/clients", client("retired", "America/New_York", []))
        weekdays, week = list(range(5)), list(range(7))
        specs = [("bank", "America/New_York", 1.0, weekdays), ("metro", "America/Chicago", 0.9, week),
                 ("coastal", "America/Los_Angeles", 0.6, weekdays), ("prairie", "America/Denver", 0.45, weekdays)]
        for client_id, zone, scale, days in specs:
            call("POST", "/api/v1/clients", client(client_id, zone, days))
            csv_text = "client_id,channel,interval_start,contacts,aht_seconds\n" + "\n".join(
                forecast_rows(client_id, zone, curve, scale, days)) + "\n"
            call("POST", "/api/v1/forecasts", csv_text.encode(), user="forecaster", content_type="text/csv",
                 password="bench-forecaster-password")
        if any(i != "twenty-clients-5000" for i in INSTANCES):
            print(TABLE_HEADER)
        seed = 0
        for count in [n for n in (60, 150, 400) if f"bank-{n}" in INSTANCES]:
            # Each bank instance gets its own agents; earlier ones move to a client no instance plans.
            for agent in agents(count, ["bank"], seed := seed + 1, weekdays):
                agent["id"] = f"K{count}-{agent['id']}"
                call("POST", "/api/v1/agents", agent)
            run_instance(f"bank-{count}", ["bank"], service.pid, log_path)
            for agent in call("GET", "/api/v1/agents?clientId=bank"):
                agent["certifications"] = [{"clientId": "retired", "channel": "VOICE"}]
                call("PUT", f"/api/v1/agents/{agent['id']}", agent)
        if "three-clients-1000" in INSTANCES:
            for agent in agents(1000, ["metro", "coastal", "prairie"], 99, week):
                call("POST", "/api/v1/agents", agent)
            run_instance("three-clients-1000", ["metro", "coastal", "prairie"], service.pid, log_path)
        if "twenty-clients-5000" in INSTANCES:
            scale_out.run(sys.modules[__name__], curve, service.pid, log_path)
    finally:
        service.terminate()
        service.wait(timeout=60)
        if os.environ.get("KEEP_LOG"):
            shutil.copy(log_path, os.environ["KEEP_LOG"])
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
