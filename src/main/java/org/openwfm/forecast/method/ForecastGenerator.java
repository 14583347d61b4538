package org.openwfm.forecast.method;

import java.util.LinkedHashMap;
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
        if (chosen instanceof Auto auto) {
            Auto.Result result = auto.run(contacts, days);
            forecast = result.forecast();
            byLead.putAll(result.methodByLeadDay());
            backTest = result.backTest();
        } else {
            forecast = chosen.forecast(contacts, days);
            for (int lead = 1; lead <= days; lead++) {
                byLead.put(lead, chosen.name());
            }
        }
        return new Generated(
                forecast, HandleTime.forecast(contacts, ahtSeconds, forecast), chosen.name(), byLead, backTest);
    }
}
