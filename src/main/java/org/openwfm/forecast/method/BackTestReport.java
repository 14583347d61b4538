package org.openwfm.forecast.method;

import java.time.LocalDate;
import java.util.List;

/**
 * A rolling-origin back-test: every method forecast from each origin (its first forecast day; the history before it
 * is all the method saw) up to {@code horizonDays} days, and was scored where actuals exist and every method had a
 * forecast, so all are judged on the same slots. {@code naiveScale} is the MASE denominator.
 */
public record BackTestReport(
        List<MethodScore> methods,
        LocalDate firstOrigin,
        LocalDate lastOrigin,
        int origins,
        int horizonDays,
        Double naiveScale) {

    public BackTestReport {
        methods = List.copyOf(methods);
    }

    public MethodScore of(String method) {
        return methods.stream()
                .filter(score -> score.method().equals(method))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no score for " + method));
    }
}
