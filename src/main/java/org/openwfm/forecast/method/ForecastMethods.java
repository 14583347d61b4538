package org.openwfm.forecast.method;

import java.util.List;

/** The methods by the names the API speaks. */
public final class ForecastMethods {

    public static final List<String> NAMES =
            List.of(Auto.NAME, SeasonalNaive.NAME, WeekdayAverage.NAME, HoltWinters.NAME, Combined.NAME);

    private ForecastMethods() {}

    /**
     * The method of that name (a fresh instance; Holt-Winters fits to each history).
     *
     * @throws UnknownMethodException for any other name
     */
    public static ForecastMethod named(String name) {
        return switch (name == null ? "" : name) {
            case Auto.NAME -> new Auto();
            case SeasonalNaive.NAME -> new SeasonalNaive();
            case WeekdayAverage.NAME -> new WeekdayAverage();
            case HoltWinters.NAME -> new HoltWinters();
            case Combined.NAME -> new Combined();
            default -> throw new UnknownMethodException(name);
        };
    }

    /** A method name the service does not know; the API answers 400 naming the field and the known names. */
    public static final class UnknownMethodException extends IllegalArgumentException {

        public UnknownMethodException(String name) {
            super("unknown forecast method '" + name + "'; known: " + String.join(", ", NAMES));
        }
    }
}
