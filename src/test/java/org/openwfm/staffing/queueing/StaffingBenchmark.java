package org.openwfm.staffing.queueing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Not a test: times the staffing math. Run from the project root (see BENCHMARKS.md):
 * {@code ./mvnw -B -q test-compile && java -cp target/classes:target/test-classes org.openwfm.staffing.queueing.StaffingBenchmark}
 *
 * <p>A year of 15-minute intervals (35,040) for 10 client channels, with intraday volume from the real
 * bank call counts in ../shared/data/bank_calls_5min.csv (summed to 15 minutes, tiled over the year,
 * scaled by 0.1 to 1.0 per channel: up to about 230 Erlangs; six Erlang C voice channels, two with
 * patience (Erlang A), two chat channels with concurrency 2), then single requirements at A = 10, 1,000 and 10,000 Erlangs.
 */
public final class StaffingBenchmark {

    static final int INTERVALS_PER_YEAR = 365 * 96;

    public static void main(String[] args) throws IOException {
        double[] calls = quarterHourCalls(Path.of("../shared/data/bank_calls_5min.csv"));
        List<Channel> channels = tenChannels();
        System.out.printf(
                "year: %d channels x %d intervals, volume from %d real quarter-hours%n",
                channels.size(), INTERVALS_PER_YEAR, calls.length);
        report("year of requirements, one thread", () -> year(channels, calls, false));
        report("year of requirements, channels on 2 threads", () -> year(channels, calls, true));
        for (double traffic : new double[] {10, 1_000, 10_000}) {
            single(traffic);
        }
    }

    record Channel(double scale, double ahtSeconds, Double patienceSeconds, int concurrency) {}

    static List<Channel> tenChannels() {
        List<Channel> channels = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Double patience = i == 3 || i == 8 ? 120.0 + 60 * i : null; // two voice channels with Erlang A
            int concurrency = i == 4 || i == 9 ? 2 : 1; // two chat channels
            channels.add(new Channel(0.1 + 0.1 * i, 180 + 20 * i, patience, concurrency));
        }
        return channels;
    }

    static void report(String what, java.util.function.LongSupplier work) {
        long[] runs = new long[7];
        long checksum = 0;
        for (int run = 0; run < runs.length; run++) {
            long started = System.nanoTime();
            checksum = work.getAsLong();
            runs[run] = System.nanoTime() - started;
        }
        long[] measured = Arrays.copyOfRange(runs, 2, runs.length); // the first two warm the JIT up
        Arrays.sort(measured);
        System.out.printf(
                "%s: min %.1f ms, median %.1f ms (checksum %d agent-intervals)%n",
                what, measured[0] / 1e6, measured[measured.length / 2] / 1e6, checksum);
    }

    static long year(List<Channel> channels, double[] calls, boolean parallel) {
        var stream = parallel ? channels.parallelStream() : channels.stream();
        return stream.mapToLong(channel -> year(channel, calls)).sum();
    }

    static long year(Channel channel, double[] calls) {
        ServiceTargets rules = new ServiceTargets(
                ServiceTargets.Mode.QUEUE,
                0.8,
                20,
                0.85,
                0.3,
                1,
                channel.concurrency(),
                channel.patienceSeconds(),
                null);
        long total = 0;
        for (int i = 0; i < INTERVALS_PER_YEAR; i++) {
            double contacts = calls[i % calls.length] * channel.scale();
            total += StaffingCalculator.require(new IntervalLoad(contacts, channel.ahtSeconds(), 15), rules)
                    .agentsWithShrinkage();
        }
        return total;
    }

    static void single(double traffic) {
        ServiceTargets rules = new ServiceTargets(ServiceTargets.Mode.QUEUE, 0.8, 20, 1, 0, 0, 1, null, null);
        IntervalLoad load = new IntervalLoad(traffic * 1800 / 180, 180, 30);
        int calls = 0;
        int agents = 0;
        long started = System.nanoTime();
        long budget = 500_000_000L;
        while (System.nanoTime() - started < budget || calls < 3) {
            agents = StaffingCalculator.require(load, rules).agents();
            calls++;
        }
        double micros = (System.nanoTime() - started) / 1e3 / calls;
        System.out.printf(
                "single requirement at A = %,.0f Erlangs (Erlang C, 80/20): %d agents, %.2f us per call%n",
                traffic, agents, micros);
    }

    /** Calls per 15 minutes from the 5-minute bank series; a flat synthetic day when the file is absent. */
    public static double[] quarterHourCalls(Path file) throws IOException {
        if (!Files.exists(file)) {
            double[] flat = new double[96];
            Arrays.fill(flat, 150);
            return flat;
        }
        List<String> lines = Files.readAllLines(file);
        List<Double> quarters = new ArrayList<>();
        double sum = 0;
        for (int i = 1; i < lines.size(); i++) {
            sum += Double.parseDouble(lines.get(i).split(",")[1]);
            if (i % 3 == 0) {
                quarters.add(sum);
                sum = 0;
            }
        }
        return quarters.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
