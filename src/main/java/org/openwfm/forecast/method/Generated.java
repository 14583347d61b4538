package org.openwfm.forecast.method;

import java.util.Map;

/**
 * A generated forecast: contacts and handle time for the days after the history, the method asked for, which method
 * made each lead day (1 = the first day), and the back-test: for auto, every method's, which it chose by; for a named
 * method, that method's alone. When the history is long enough for a named method but not for its back-test, {@code
 * backTest} is null and {@code backTestSkipped} says how much history a back-test needs; it is null otherwise.
 */
public record Generated(
        DayGrid contacts,
        DayGrid ahtSeconds,
        String method,
        Map<Integer, String> methodByLeadDay,
        BackTestReport backTest,
        String backTestSkipped) {

    public Generated {
        methodByLeadDay = Map.copyOf(methodByLeadDay);
    }
}
