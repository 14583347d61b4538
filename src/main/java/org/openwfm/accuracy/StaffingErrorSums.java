package org.openwfm.accuracy;

/** Running sums of agents required from the forecast minus agents required from the actuals, interval by interval. */
final class StaffingErrorSums {

    private long error;
    private long absoluteError;
    private int intervals;
    private int under;
    private int over;

    void add(int fromForecast, int fromActuals) {
        int difference = fromForecast - fromActuals;
        error += difference;
        absoluteError += Math.abs(difference);
        intervals++;
        if (difference < 0) {
            under++;
        } else if (difference > 0) {
            over++;
        }
    }

    StaffingError score() {
        return new StaffingError(
                intervals,
                intervals == 0 ? 0 : (double) error / intervals,
                intervals == 0 ? 0 : (double) absoluteError / intervals,
                under,
                over);
    }

    /**
     * @param meanError mean of (from forecast − from actuals), in agents: negative when the forecast staffed too few
     * @param intervalsUnder intervals where the forecast required fewer agents than what happened did
     */
    record StaffingError(
            int intervals, double meanError, double meanAbsoluteError, int intervalsUnder, int intervalsOver) {}
}
