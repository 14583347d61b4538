package org.openwfm.selfservice;

import java.time.Instant;
import org.openwfm.schedule.PublishedWeeks.Shift;
import org.openwfm.shared.RequestParams;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.time.Grain;
import org.openwfm.shared.time.TimeSpan;

/** The hours of a published shift a release or a trade names: on the grain, inside the shift, or the whole shift. */
public final class ShiftPart {

    private ShiftPart() {}

    /**
     * Reads the range; a bad one is a 400 naming its field.
     *
     * @param startText the start given, or null for the shift's start
     * @param endText   the end given, or null for the shift's end
     */
    public static TimeSpan of(
            Shift published, String startText, String endText, int grainMinutes, String startField, String endField) {
        TimeSpan shift = published.span();
        Instant start = startText == null ? shift.start() : RequestParams.requiredInstant(startField, startText);
        Instant end = endText == null ? shift.end() : RequestParams.requiredInstant(endField, endText);
        if (!Grain.isOnGrain(start, grainMinutes) || !Grain.isOnGrain(end, grainMinutes)) {
            throw ProblemException.invalidField(
                    Grain.isOnGrain(start, grainMinutes) ? endField : startField,
                    "is not on the channel's " + grainMinutes + "-minute grain");
        }
        if (!end.isAfter(start)) {
            throw ProblemException.invalidField(endField, "must be after " + startField);
        }
        if (start.isBefore(shift.start()) || end.isAfter(shift.end())) {
            throw ProblemException.invalidField(
                    startField,
                    "the hours must lie inside shift " + published.shiftId() + " (" + shift.start() + "–" + shift.end()
                            + ")");
        }
        return new TimeSpan(start, end);
    }
}
