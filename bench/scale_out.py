"""The scale-out week of issue 17 (instance twenty-clients-5000), run by bench/solve_benchmark.py.

20 clients in ten groups of one to three clients that share agents; clients in five zones (client n in zone
n mod 5, so a group spans zones); the bank call shape scaled 0.25x-0.7x per client, every fourth client open
7 days (weekends at 60 % of Friday), the others Monday to Friday, all 07:00-21:00 local. 5,000 agents are
shared out to the groups by the hours their clients require, and inside a group to each agent's home client
the same way; an agent lives in its home client's zone and is certified for it, in a group of two or three
for another client of the group with probability 0.3, in a group of three for all three with 0.1. No agent
is certified outside its group, so the groups are exactly the independent groups the service finds.
"""
import concurrent.futures
import os
import random
import re
import subprocess
import time
import urllib.error

GROUP_SIZES = [3, 2, 1, 3, 1, 2, 3, 2, 1, 2]
AGENTS = 5000
SEED = 17
SOLVE_PROBE = int(os.environ.get("SOLVE_PROBE", "10"))
GC_PAUSE = re.compile(r"Pause .*? (\d+(?:\.\d+)?[KMG])->(\d+(?:\.\d+)?[KMG])\(")
CONSTRUCTED = re.compile(r"Custom phase \(0\) ended: time spent \((\d+)\), best score \(([^)]*)\)")
PLANNER = {"user": "planner", "password": "bench-planner-password"}
BUILT = re.compile(r"Built a roster of (\d+) clients: (\d+) agents, (\d+) agent-days, (\d+) shift options in value "
                   r"ranges, (\d+) slots, (?:\d+) activity sessions; staffing and directories (\d+) ms \((\d+) ms CPU\), planning model (\d+) ms "
                   r"\((\d+) ms CPU\)")


def clients(rng, zones):
    result, n = [], 0
    for group, size in enumerate(GROUP_SIZES):
        for _ in range(size):
            n += 1
            result.append({"id": f"so{n:02d}", "group": group, "zone": zones[(n - 1) % len(zones)],
                           "days": list(range(7)) if n % 4 == 0 else list(range(5)),
                           "scale": round(rng.uniform(0.25, 0.7), 2)})
    return result


def shares(total, weights):
    """total split in proportion to weights, whole numbers that add up to total (largest remainder)."""
    exact = [total * w / sum(weights) for w in weights]
    whole = [int(x) for x in exact]
    for i in sorted(range(len(exact)), key=lambda i: whole[i] - exact[i])[:total - sum(whole)]:
        whole[i] += 1
    return whole


def required_hours(bench, client_id):
    week = bench.call("GET", f"/api/v1/staffing?clientId={client_id}&channel=VOICE&weekStart={bench.WEEK}", **PLANNER)
    return sum(i["requiredWithShrinkage"] for i in week["intervals"]) * week["intervalMinutes"] / 60


def make_agents(bench, week_clients, hours, rng):
    groups = sorted({c["group"] for c in week_clients})
    members = {g: [c for c in week_clients if c["group"] == g] for g in groups}
    per_group = shares(AGENTS, [sum(hours[c["id"]] for c in members[g]) for g in groups])
    result = []
    for g, group_count in zip(groups, per_group):
        mates = members[g]
        for home, count in zip(mates, shares(group_count, [hours[c["id"]] for c in mates])):
            others = [c for c in mates if c is not home]
            for k in range(count):
                i = len(result)
                certified = [home]
                if others and rng.random() < 0.3:
                    certified.append(others[k % len(others)])
                if len(mates) == 3 and rng.random() < 0.1:
                    certified = [home] + others
                result.append(agent(bench, f"S{i + 1:04d}", home, certified, i % 3 == 2, rng))
    return result


def agent(bench, agent_id, home, certified, part_time, rng):
    worked = sorted(rng.sample(home["days"], min(len(home["days"]), rng.choice([3, 4]) if part_time else 5)))
    start = rng.choice([7, 8, 9, 10, 11, 12])
    return {"id": agent_id, "name": f"Agent {agent_id}", "timeZone": home["zone"],
            "certifications": [{"clientId": c["id"], "channel": "VOICE"} for c in certified],
            "contract": bench.contract(part_time),
            "availability": [{"dayOfWeek": bench.DAYS[d], "start": f"{start:02d}:00",
                              "end": f"{min(24, start + 12):02d}:00"} for d in worked],
            "timeOff": []}


def gc_peak_mb(gc_log, offset):
    """The most heap in use at any collection logged since offset (heap peaks just before one): read from the
    service's GC log, so watching costs the service nothing."""
    with open(gc_log) as log:
        log.seek(offset)
        return max((mb(before) for before, _ in GC_PAUSE.findall(log.read())), default=0)


def mb(size):
    return int(float(size[:-1]) * {"K": 1 / 1024, "M": 1, "G": 1024}[size[-1]])


def cpu_seconds(pid):
    """CPU time the service's process has used (user and system, all its threads)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def live_heap_mb(bench, pid):
    """Heap used right after a full collection: what the service holds live."""
    subprocess.run(["jcmd", str(pid), "GC.run"], capture_output=True, timeout=60)
    return bench.heap_mb(pid)


def submit(bench, client_ids, seconds):
    return bench.call("POST", "/api/v1/schedules",
                      {"weekStart": str(bench.WEEK), "clientIds": client_ids, "solveSeconds": seconds}, **PLANNER)


def wait(bench, job_id, failure_ends_run=True):
    while True:
        try:
            state = bench.call("GET", f"/api/v1/schedules/{job_id}", **PLANNER)
        except urllib.error.HTTPError as e:
            if failure_ends_run:
                raise
            return {"status": f"reading it answered {e.code}", "shifts": None}
        if state["status"] in ("SOLVED", "FAILED", "CANCELLED"):
            if state["status"] != "SOLVED" and failure_ends_run:
                raise SystemExit(f"job {job_id}: {state['status']}: {state['message']}")
            return state
        time.sleep(0.5)


def log_since(log_path, offset):
    with open(log_path) as log:
        log.seek(offset)
        return log.read()


def measure_build(bench, label, client_ids, pid, log_path):
    """One job of SOLVE_PROBE seconds: the builder's own figures, and the heap around and during it."""
    before = live_heap_mb(bench, pid)
    offset, gc_offset = os.path.getsize(log_path), os.path.getsize(bench.gc_log(log_path))
    cpu_start, wall_start = cpu_seconds(pid), time.time()
    job = submit(bench, client_ids, SOLVE_PROBE)
    while "Solving started" not in log_since(log_path, offset):
        if bench.call("GET", f"/api/v1/schedules/{job['id']}", **PLANNER)["status"] == "FAILED":
            raise SystemExit(f"{label}: job {job['id']} failed")
        time.sleep(0.2)
    time.sleep(SOLVE_PROBE - 1)
    solving = live_heap_mb(bench, pid)
    while "Solving ended" not in log_since(log_path, offset):
        time.sleep(0.2)
    solved_at = time.time()
    state = wait(bench, job["id"], failure_ends_run=False)
    # Placing breaks, the KPIs and storing the shifts, after the solver stopped.
    closing = (f"{state['status']}, {len(state['shifts'] or []):,} shifts, {time.time() - solved_at:.0f} s"
               if state["status"] == "SOLVED" else f"{state['status']} after {time.time() - solved_at:.0f} s")
    cores = (cpu_seconds(pid) - cpu_start) / (time.time() - wall_start)
    peak = gc_peak_mb(bench.gc_log(log_path), gc_offset)
    log = log_since(log_path, offset)
    built = BUILT.search(log)
    n_clients, agents, days, options, slots, read_ms, read_cpu, model_ms, model_cpu = (int(x) for x in built.groups())
    # The week-by-week construction builds every agent's week: when it was done, and the score it reached.
    construction = CONSTRUCTED.search(log)
    steps = (f"{int(construction.group(1)) / 1000:.1f} s, {construction.group(2)}" if construction else "-")
    print(f"| {label} | {n_clients} | {agents:,} | {days:,} | {options:,} | {slots:,} | {read_ms:,} ({read_cpu:,}) | "
          f"{model_ms:,} ({model_cpu:,}) | {before:,} | {peak:,} | {solving:,} | {steps} | {closing} | {cores:.2f} |",
          flush=True)


def parse_score(score):
    hard, medium, soft = (int(x) for x in re.match(r"(-?\d+)hard/(-?\d+)medium/(-?\d+)soft", score).groups())
    return hard, medium, soft


def create_week(bench, curve):
    """The clients with their forecasts, then the agents shared out by the hours the clients require."""
    rng = random.Random(SEED)
    week_clients = clients(rng, bench.ZONES)
    for c in week_clients:
        bench.call("POST", "/api/v1/clients", bench.client(c["id"], c["zone"], c["days"]))
        csv_text = "client_id,channel,interval_start,contacts,aht_seconds\n" + "\n".join(
            bench.forecast_rows(c["id"], c["zone"], curve, c["scale"], c["days"])) + "\n"
        bench.call("POST", "/api/v1/forecasts", csv_text.encode(), user="forecaster", content_type="text/csv",
                   password="bench-forecaster-password")
    hours = {c["id"]: required_hours(bench, c["id"]) for c in week_clients}
    agents = make_agents(bench, week_clients, hours, rng)
    describe(week_clients, hours, agents)
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda a: bench.call("POST", "/api/v1/agents", a), agents))
    groups = [[c["id"] for c in week_clients if c["group"] == g] for g in range(len(GROUP_SIZES))]
    return week_clients, groups, agents_per_group(week_clients, agents)


def agents_per_group(week_clients, agents, shared_only=False):
    group_of = {c["id"]: c["group"] for c in week_clients}
    counts = [0] * len(GROUP_SIZES)
    for a in agents:
        if not shared_only or len(a["certifications"]) > 1:
            counts[group_of[a["certifications"][0]["clientId"]]] += 1
    return counts


def describe(week_clients, hours, agents):
    per_group, shared = agents_per_group(week_clients, agents), agents_per_group(week_clients, agents, True)
    print(f"\ntwenty-clients-5000: {len(agents):,} agents, {sum(hours.values()):,.0f} required agent-hours "
          f"({sum(hours.values()) / len(agents):.1f} per agent)")
    print("| group | clients (zone, days, scale) | required h | agents | certified for more than one |")
    print("|---|---|---|---|---|")
    for g in range(len(GROUP_SIZES)):
        members = [c for c in week_clients if c["group"] == g]
        described = ", ".join(f"{c['id']} ({c['zone'].split('/')[1]}, {len(c['days'])} d, {c['scale']}x)"
                              for c in members)
        print(f"| {g + 1} | {described} | {sum(hours[c['id']] for c in members):,.0f} | {per_group[g]:,} | "
              f"{shared[g]:,} |")


def run(bench, curve, pid, log_path):
    week_clients, groups, per_group = create_week(bench, curve)
    everyone = [c["id"] for c in week_clients]
    largest = max(range(len(groups)), key=lambda g: per_group[g])
    print("\n| problem | clients | agents | agent-days | shift options | slots | staffing and directories ms (CPU) | "
          "planning model ms (CPU) | heap live before MB | peak heap in use MB | heap live 1 s before the end MB | "
          "construction done at, score | after solving: job, shifts stored, seconds | service's cores busy |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    # The group first: a failed whole-week job may leave the service unable to answer.
    measure_build(bench, f"largest group ({', '.join(groups[largest])})", groups[largest], pid, log_path)
    measure_build(bench, "whole week", everyone, pid, log_path)
