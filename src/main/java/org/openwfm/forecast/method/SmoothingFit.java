package org.openwfm.forecast.method;

import java.util.function.ToDoubleFunction;

/**
 * Finds Holt-Winters parameters with a small error: a coarse grid over all four, then a pattern search around the
 * best point with halving steps. Deterministic (same history, same parameters), no library, and a few hundred runs of
 * the smoothing, which for a year of half-hours takes well under a second.
 */
final class SmoothingFit {

    private static final double[] SMOOTHING_GRID = {0.0, 0.02, 0.05, 0.1, 0.2, 0.4};
    private static final double[] LEVEL_GRID = {0.005, 0.02, 0.05, 0.1, 0.2, 0.4};
    private static final double[] PHI_GRID = {0.0, 0.5, 0.8, 0.95};
    private static final double FIRST_STEP = 0.04;
    private static final double LAST_STEP = 0.0025;

    private SmoothingFit() {}

    static HoltWinters.Parameters minimise(ToDoubleFunction<HoltWinters.Parameters> error) {
        double[] best = null;
        double bestError = Double.POSITIVE_INFINITY;
        for (double alpha : LEVEL_GRID) {
            for (double delta : SMOOTHING_GRID) {
                for (double omega : SMOOTHING_GRID) {
                    for (double phi : PHI_GRID) {
                        double[] point = {alpha, delta, omega, phi};
                        double value = error.applyAsDouble(of(point));
                        if (value < bestError) {
                            bestError = value;
                            best = point;
                        }
                    }
                }
            }
        }
        for (double step = FIRST_STEP; step >= LAST_STEP; step /= 2) {
            boolean improved = true;
            while (improved) {
                improved = false;
                for (int i = 0; i < best.length; i++) {
                    for (double sign : new double[] {1, -1}) {
                        double[] point = best.clone();
                        point[i] = Math.min(i == 3 ? 0.99 : 1, Math.max(0, point[i] + sign * step));
                        double value = error.applyAsDouble(of(point));
                        if (value < bestError) {
                            bestError = value;
                            best = point;
                            improved = true;
                        }
                    }
                }
            }
        }
        return of(best);
    }

    private static HoltWinters.Parameters of(double[] point) {
        return new HoltWinters.Parameters(point[0], point[1], point[2], point[3]);
    }
}
