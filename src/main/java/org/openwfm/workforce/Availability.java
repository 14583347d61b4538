package org.openwfm.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;

/** A weekly span the agent can work, in the agent's own zone, as minutes of the day. */
@Embeddable
public class Availability {

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false)
    public DayOfWeek dayOfWeek;

    @Column(name = "start_minute", nullable = false)
    public int startMinute;

    @Column(name = "end_minute", nullable = false)
    public int endMinute;

    public Availability() {}

    public Availability(DayOfWeek dayOfWeek, int startMinute, int endMinute) {
        this.dayOfWeek = dayOfWeek;
        this.startMinute = startMinute;
        this.endMinute = endMinute;
    }
}
