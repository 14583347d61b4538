package org.openwfm.staffing.queueing;

/** The inputs ask for a queue no real center has; answering would take unbounded time. */
public class TrafficOutOfRangeException extends RuntimeException {

    public TrafficOutOfRangeException(String message) {
        super(message);
    }
}
