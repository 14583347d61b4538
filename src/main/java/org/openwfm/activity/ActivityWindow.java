package org.openwfm.activity;

import java.time.DayOfWeek;
import java.util.List;

/** When a session may take place: on these days, between local minutes of the day, in the zone. */
public record ActivityWindow(List<DayOfWeek> days, int startMinute, int endMinute, String timeZone) {

    public ActivityWindow {
        days = List.copyOf(days);
    }
}
