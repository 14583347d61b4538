package org.openwfm.roster.problem;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Wall-clock and this thread's CPU time, lap by lap. A build on a busy machine waits for a core, so the wall clock
 * alone says more about the machine than about the build; the CPU time is what the build itself costs.
 */
final class BuildClock {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private long wall = System.nanoTime();
    private long cpu = cpuNow();

    /** The time since the last lap (or the start) as "W ms (C ms CPU)", and starts the next lap. */
    String lap() {
        long wallNow = System.nanoTime();
        long cpuNow = cpuNow();
        String lap = (wallNow - wall) / 1_000_000 + " ms (" + (cpu < 0 ? "?" : (cpuNow - cpu) / 1_000_000) + " ms CPU)";
        wall = wallNow;
        cpu = cpuNow;
        return lap;
    }

    private static long cpuNow() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    }
}
