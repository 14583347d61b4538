package org.openwfm.forecast.method;

import java.util.Map;

/**
 * A generated forecast: contacts and handle time for the days after the history, the method asked for, which method
 * made each lead day (1 = the first day), and, for auto, the back-test it chose by (null for a named method).
 */
public record Generated(
        DayGrid contacts,
        DayGrid ahtSeconds,
        String method,
        Map<Integer, String> methodByLeadDay,
        BackTestReport backTest) {

    public Generated {
        methodByLeadDay = Map.copyOf(methodByLeadDay);
    }
}
