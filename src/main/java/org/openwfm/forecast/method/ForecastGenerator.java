package org.openwfm.forecast.method;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Contacts by the method asked for (auto when none) and handle time alongside: what the generate endpoint returns. */
public final class ForecastGenerator {

    private ForecastGenerator() {}

    /**
     * @param contacts contacts history, already masked for excluded and past event days
     * @param ahtSeconds handle-time history on the same slots
     * @param method a name from {@link ForecastMethods#NAMES}, or null for auto
     * @throws ThinHistoryException when the history is too short for the method
     * @throws ForecastMethods.UnknownMethodException for an unknown name
     */
    public static Generated generate(DayGrid contacts, DayGrid ahtSeconds, int days, String method) {
        if (days <= 0) {
            throw new IllegalArgumentException("days must be positive, was " + days);
        }
        ForecastMethod chosen = ForecastMethods.named(method == null ? Auto.NAME : method);
        DayGrid forecast;
        Map<Integer, String> byLead = new LinkedHashMap<>();
        BackTestReport backTest = null;
        String backTestSkipped = null;
        if (chosen instanceof Auto auto) {
            Auto.Result result = auto.run(contacts, days);
            forecast = result.forecast();
            byLead.putAll(result.methodByLeadDay());
            backTest = result.backTest();
        } else {
            chosen.requireHistory(contacts);
            ForecastMethod fitted = chosen.fittedTo(contacts);
            forecast = fitted.forecast(contacts, days);
            for (int lead = 1; lead <= days; lead++) {
                byLead.put(lead, chosen.name());
            }
            try {
                backTest = BackTest.recent(List.of(fitted), contacts, days);
            } catch (ThinHistoryException e) {
                backTestSkipped = notBackTested(chosen, e);
            }
        }
        return new Generated(
                forecast,
                HandleTime.forecast(contacts, ahtSeconds, forecast),
                chosen.name(),
                byLead,
                backTest,
                backTestSkipped);
    }

    /** Why a named method made a forecast but has no back-test: its history is long enough for one but not both. */
    private static String notBackTested(ForecastMethod method, ThinHistoryException thin) {
        return method.name() + " is not back-tested: a back-test needs at least " + thin.neededDays()
                + " days of history (the " + method.minimumHistoryDays() + " the method needs, then "
                + BackTest.MIN_ORIGINS + " days to forecast from one by one); the history has " + thin.haveDays();
    }
}
