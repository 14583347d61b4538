package org.openwfm.forecast.method;

/** One way of turning a channel's history into a forecast of the days after it. */
public interface ForecastMethod {

    /** The name the API speaks: "seasonal-naive", "weekday-average", "holt-winters", "combined" or "auto". */
    String name();

    /** Days of history, from the first day with any actual to the history's last day, the method needs. */
    int minimumHistoryDays();

    /**
     * The {@code days} local days after the history's last day; NaN where the method has nothing to go on.
     *
     * @throws ThinHistoryException when the history spans fewer than {@link #minimumHistoryDays()} days
     */
    DayGrid forecast(DayGrid history, int days);

    /**
     * This method with whatever it fits to the history fixed, so its forecast from that history is unchanged and a
     * back-test replays it from earlier origins without fitting again (which would cost a fit per origin). Methods
     * that fit nothing are themselves.
     */
    default ForecastMethod fittedTo(DayGrid history) {
        return this;
    }

    /** Refuses a history too short for this method, before any work is done. */
    default void requireHistory(DayGrid history) {
        int have = history.observedSpanDays();
        if (have < minimumHistoryDays()) {
            throw new ThinHistoryException(name(), minimumHistoryDays(), have);
        }
    }
}
