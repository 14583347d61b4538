package org.openwfm.staffing.queueing;

/**
 * Erlang B, the blocking probability of N servers offered A Erlangs, by the forward recursion
 * {@code B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1))}. The textbook {@code A^N/N!} form overflows a
 * double at N = 171; the recursion stays in [0, 1] for any size and lets a search carry B(n) forward.
 */
public final class ErlangB {

    private ErlangB() {}

    public static double blocking(int servers, double trafficErlangs) {
        double b = 1.0;
        for (int n = 1; n <= servers; n++) {
            b = next(b, n, trafficErlangs);
        }
        return b;
    }

    /** B(0) … B(servers), for a search that jumps between server counts. */
    public static double[] upTo(int servers, double trafficErlangs) {
        double[] table = new double[servers + 1];
        table[0] = 1.0;
        for (int n = 1; n <= servers; n++) {
            table[n] = next(table[n - 1], n, trafficErlangs);
        }
        return table;
    }

    /** B(n) from B(n−1). */
    public static double next(double previousBlocking, int servers, double trafficErlangs) {
        double numerator = trafficErlangs * previousBlocking;
        return numerator / (servers + numerator);
    }
}
