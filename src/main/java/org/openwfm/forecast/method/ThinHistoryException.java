package org.openwfm.forecast.method;

/** The history is too short for the method asked for; the API answers 422 with both numbers. */
public class ThinHistoryException extends IllegalArgumentException {

    private final String method;
    private final int neededDays;
    private final int haveDays;

    public ThinHistoryException(String method, int neededDays, int haveDays) {
        super(method + " needs at least " + neededDays + " days of history, the history has " + haveDays);
        this.method = method;
        this.neededDays = neededDays;
        this.haveDays = haveDays;
    }

    public String method() {
        return method;
    }

    public int neededDays() {
        return neededDays;
    }

    public int haveDays() {
        return haveDays;
    }
}
