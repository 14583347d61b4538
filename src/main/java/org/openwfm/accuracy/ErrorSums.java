package org.openwfm.accuracy;

/** Running sums of one quantity's forecast error over intervals, and the scores they give. */
final class ErrorSums {

    private double actual;
    private double forecast;
    private double absoluteError;
    private int intervals;

    void add(double actualValue, double forecastValue) {
        actual += actualValue;
        forecast += forecastValue;
        absoluteError += Math.abs(forecastValue - actualValue);
        intervals++;
    }

    /**
     * WAPE = Σ|F − A| / ΣA; bias = Σ(F − A) / ΣA, positive when the forecast was too high; MASE = mean |F − A| over
     * {@code naiveScale}, the mean error of the same-interval-a-week-earlier forecast before the span. Null where a
     * denominator is zero or unknown.
     */
    ErrorScore score(Double naiveScale) {
        return new ErrorScore(
                intervals,
                actual,
                forecast,
                actual > 0 ? absoluteError / actual : null,
                actual > 0 ? (forecast - actual) / actual : null,
                intervals > 0 && naiveScale != null && naiveScale > 0 ? absoluteError / intervals / naiveScale : null);
    }

    /**
     * @param actual sum of actuals (for handle time, of interval AHTs)
     * @param forecast sum of forecasts over the same intervals
     */
    record ErrorScore(int intervals, double actual, double forecast, Double wape, Double bias, Double mase) {}
}
