#!/usr/bin/env python3
"""Quality of the scale-out week (issue 17, instance twenty-clients-5000 of bench/scale_out.py) solved three ways,
each for every duration in DURATIONS (default 60,300 seconds):

  whole     one replica with openwfm.roster.split-independent-clients=false: the week is one solve
  split     one replica, splitting on (the default): the service solves the ten groups as parts, one after another
            on its solver slot, each for its share of the job's time by agents, and joins them
  split-2   two replicas, splitting on: the parts go to whichever replica's slot is free

Every replica is the packaged PostgreSQL build (target/pg) with one solver slot, against a fresh database
DATABASE (default openwfm_scale_out, dropped and created by this script; the week is made once, through the API,
and kept for all modes). One job per run, submitted through the API; the table gives its score, coverage over all
client channels, paid hours against Σ required × 0.5 h, the contacts at stake (the score's medium level) against
LP_BOUND when given (the sum of the groups' LP bounds from bench/lp-bound.sh on the same database), the wall time
from submitting to the closed job, where the parts ran, and the most heap in use at any collection (GC logs).

  ./mvnw -B package -DskipTests -Dquarkus.profile=pg -Dquarkus.package.output-directory=pg
  python3 bench/scale_out_quality.py            # MODES=whole,split,split-2 DURATIONS=60,300 by default
"""
import os
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

import scale_out
import solve_benchmark as bench

ROOT = bench.ROOT
DATABASE = os.environ.get("DATABASE", "openwfm_scale_out")
MODES = os.environ.get("MODES", "whole,split,split-2").split(",")
DURATIONS = [int(s) for s in os.environ.get("DURATIONS", "60,300").split(",")]
LP_BOUND = int(os.environ["LP_BOUND"]) if os.environ.get("LP_BOUND") else None
PORTS = [18091, 18092]
PSQL = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-v", "ON_ERROR_STOP=1", "-q"]


def fresh_database():
    subprocess.run(PSQL + ["-c", f"DROP DATABASE IF EXISTS {DATABASE}", "postgres"], check=True)
    subprocess.run(PSQL + ["-c", f"CREATE DATABASE {DATABASE}", "postgres"], check=True)


class Replica:
    """One process of the packaged PostgreSQL build, with its console and GC logs in work."""

    def __init__(self, work, index, split):
        self.port = PORTS[index]
        self.log_path = os.path.join(work, f"replica-{index}-{int(time.time())}-service.log")
        self.gc_path = bench.gc_log(self.log_path)
        self.log = open(self.log_path, "w")
        self.process = subprocess.Popen(
            ["java", *os.environ.get("JAVA_OPTS", "").split(), f"-Xlog:gc:file={self.gc_path}",
             "-Dquarkus.profile=pg",
             f"-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/{DATABASE}",
             "-Dquarkus.datasource.username=postgres", "-Dquarkus.datasource.password=",
             f"-Dopenwfm.node-id=replica-{index + 1}", f"-Dquarkus.http.port={self.port}",
             "-Dopenwfm.initial-admin-password=bench-admin-password",
             "-Dopenwfm.roster.unimproved-seconds=3600",
             f"-Dopenwfm.roster.split-independent-clients={str(split).lower()}",
             "-Dquarkus.timefold.solver-manager.parallel-solver-count=1",
             "-jar", os.path.join(ROOT, "target/pg/quarkus-run.jar")],
            stdout=self.log, stderr=subprocess.STDOUT)
        for _ in range(600):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/q/health/ready", timeout=2)
                return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.2)
        raise SystemExit(f"replica {index + 1} did not start; see {self.log_path}")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=120)
        self.log.close()


def solve(label, replicas, client_ids, seconds):
    offsets = [os.path.getsize(r.gc_path) for r in replicas]
    started = time.time()
    job = scale_out.submit(bench, client_ids, seconds)
    state = scale_out.wait(bench, job["id"])
    wall = time.time() - started
    peak = max(scale_out.gc_peak_mb(r.gc_path, offset) for r, offset in zip(replicas, offsets))
    hard, medium, _ = scale_out.parse_score(state["score"])
    required = paid = covered = 0.0
    for c in state["kpis"]["byClientChannel"]:
        required += c["requiredAgentIntervals"]
        covered += c["coverage"] * c["requiredAgentIntervals"]
        paid += c["paidHours"]
    bound = required * 0.5
    at_stake = -medium
    vs_lp = f"{at_stake / LP_BOUND - 1:+.1%}" if LP_BOUND else "–"
    parts = state.get("parts") or []
    ran = ", ".join(f"{sum(1 for p in parts if p['solvedBy'] == node)} on {node}"
                    for node in sorted({p["solvedBy"] for p in parts})) if parts else "one solve"
    print(f"| {label} | {seconds} | {hard}hard/{medium}medium | {covered / required:.4f} | {paid:,.0f} | "
          f"{paid / bound - 1:+.1%} | {at_stake:,} | {vs_lp} | {wall:.0f} | {ran} | {peak:,} |", flush=True)


def main():
    work = tempfile.mkdtemp(prefix="scale-out-")
    fresh_database()
    replicas = []
    try:
        replicas = [Replica(work, 0, split=False)]
        bench.PORT = replicas[0].port
        bench.call("PUT", "/api/v1/users/planner", {"password": "bench-planner-password", "role": "planner"})
        bench.call("PUT", "/api/v1/users/forecaster", {"password": "bench-forecaster-password", "role": "forecaster"})
        week_clients, _, _ = scale_out.create_week(bench, bench.bank_half_hours())
        everyone = [c["id"] for c in week_clients]
        print(f"\nlogs in {work}\n")
        print("| mode | seconds | score (hard/medium) | coverage | paid h | paid vs Σ required | contacts at stake | "
              "vs LP bound | wall s | parts ran | peak heap in use MB |")
        print("|---|---|---|---|---|---|---|---|---|---|---|")
        for mode in MODES:
            for replica in replicas:
                replica.stop()
            count = 2 if mode == "split-2" else 1
            replicas = [Replica(work, i, split=mode != "whole") for i in range(count)]
            bench.PORT = replicas[0].port
            for seconds in DURATIONS:
                solve(mode, replicas, everyone, seconds)
    finally:
        for replica in replicas:
            replica.stop()


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    main()
