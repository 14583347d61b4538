package org.openwfm.bench.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a benchmark ran on, in the words BENCHMARKS.md uses: cores, CPU model, memory, JVM. */
public final class Machine {

    private Machine() {}

    public static String describe() {
        return Runtime.getRuntime().availableProcessors() + " cores (" + procLine("/proc/cpuinfo", "model name") + "), "
                + memoryGiB() + " GiB memory, Java " + System.getProperty("java.version")
                + ", heap limit " + Runtime.getRuntime().maxMemory() / (1024 * 1024 * 1024) + " GiB";
    }

    private static String memoryGiB() {
        String kilobytes = procLine("/proc/meminfo", "MemTotal").replaceAll("[^0-9]", "");
        return kilobytes.isEmpty()
                ? "unknown"
                : String.valueOf(Math.round(Long.parseLong(kilobytes) / 1024.0 / 1024.0));
    }

    /** The value after the colon of the first line starting with {@code key}, or "unknown". */
    private static String procLine(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream()
                    .filter(line -> line.startsWith(key))
                    .findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
