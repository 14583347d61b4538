package org.openwfm.client;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;

/** One opening span of a channel on one weekday, in the client's zone, as minutes of the day. */
@Embeddable
public class OpeningHours {

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false)
    public DayOfWeek dayOfWeek;

    @Column(name = "open_minute", nullable = false)
    public int openMinute;

    @Column(name = "close_minute", nullable = false)
    public int closeMinute;

    public OpeningHours() {}

    public OpeningHours(DayOfWeek dayOfWeek, int openMinute, int closeMinute) {
        this.dayOfWeek = dayOfWeek;
        this.openMinute = openMinute;
        this.closeMinute = closeMinute;
    }
}
