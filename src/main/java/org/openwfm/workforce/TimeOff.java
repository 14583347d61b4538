package org.openwfm.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** An absolute span the agent cannot work (vacation, appointment), overriding availability. */
@Embeddable
public class TimeOff {

    @Column(name = "start_at", nullable = false)
    public Instant start;

    @Column(name = "end_at", nullable = false)
    public Instant end;

    public String reason;

    public TimeOff() {}

    public TimeOff(Instant start, Instant end, String reason) {
        this.start = start;
        this.end = end;
        this.reason = reason;
    }
}
