package org.openwfm.shared.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wall-clock times of day as minutes since midnight, written "HH:mm". "24:00" is allowed as an end,
 * so a range can close at midnight without spilling into the next day.
 */
public final class MinuteOfDay {

    public static final int END_OF_DAY = 24 * 60;
    private static final Pattern HH_MM = Pattern.compile("(\\d{2}):(\\d{2})");

    private MinuteOfDay() {}

    /** @return minutes since midnight, or -1 when the text is not a time from "00:00" to "24:00" */
    public static int parse(String text) {
        if (text == null) {
            return -1;
        }
        Matcher m = HH_MM.matcher(text.trim());
        if (!m.matches()) {
            return -1;
        }
        int hours = Integer.parseInt(m.group(1));
        int minutes = Integer.parseInt(m.group(2));
        int total = hours * 60 + minutes;
        return minutes < 60 && total <= END_OF_DAY ? total : -1;
    }

    public static String format(int minuteOfDay) {
        return String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    }
}
