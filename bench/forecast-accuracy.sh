#!/usr/bin/env bash
# Forecast accuracy on the real bank call series (issue 18): seasonal naive, weekday average, Holt-Winters and auto
# from a rolling origin every day over two 12-week windows, WAPE and MASE by lead day, and the time to generate four
# weeks with auto from a year of history; prints the tables and writes them into BENCHMARKS.md.
#   bash bench/forecast-accuracy.sh
#   CALLS=/path/to/bank_calls_5min.csv bash bench/forecast-accuracy.sh
set -euo pipefail
cd "$(dirname "$0")/.."
calls=${CALLS:-../shared/data/bank_calls_5min.csv}
./mvnw -B -q -Pbench compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
java -Xmx2g -cp "target/classes:$(cat target/bench.classpath)" \
  org.openwfm.bench.forecast.ForecastAccuracyBench "$calls" "${OUT:-BENCHMARKS.md}"
