package org.openwfm.forecast.method;

/**
 * Average handle time for the forecast days: the contacts-weighted average of the same weekday and slot over the last
 * {@value WeekdayAverage#WEEKS} weeks (total handle time over total contacts, so a busy week counts for what it
 * handled). Where a forecast slot has contacts but that slot never had any in those weeks, the channel's
 * contacts-weighted average over the same weeks stands in, so every slot with contacts has a handle time; NaN where
 * there are no contacts to handle, or the channel had none at all.
 */
public final class HandleTime {

    private HandleTime() {}

    /**
     * @param contacts contacts history, slot for slot with {@code ahtSeconds}
     * @param ahtSeconds handle-time history; NaN where unknown
     * @param contactsForecast the contacts forecast of the days after the history
     */
    public static DayGrid forecast(DayGrid contacts, DayGrid ahtSeconds, DayGrid contactsForecast) {
        if (!contacts.firstDay().equals(ahtSeconds.firstDay())
                || contacts.slotsPerDay() != ahtSeconds.slotsPerDay()
                || contacts.days() != ahtSeconds.days()) {
            throw new IllegalArgumentException("contacts and handle-time histories must cover the same slots");
        }
        int slots = contacts.slotsPerDay();
        int days = contactsForecast.days();
        double channel = channelAverage(contacts, ahtSeconds);
        double[] out = new double[days * slots];
        for (int lead = 0; lead < days; lead++) {
            for (int slot = 0; slot < slots; slot++) {
                double expected = contactsForecast.at(lead, slot);
                double slotAverage = slotAverage(contacts, ahtSeconds, lead, slot);
                out[lead * slots + slot] =
                        Double.isNaN(expected) ? Double.NaN : Double.isNaN(slotAverage) ? channel : slotAverage;
            }
        }
        return new DayGrid(contactsForecast.firstDay(), slots, out);
    }

    private static double slotAverage(DayGrid contacts, DayGrid aht, int lead, int slot) {
        double handled = 0;
        double count = 0;
        for (int back = 0; back < WeekdayAverage.WEEKS; back++) {
            int day = SameWeekday.day(contacts.days(), lead, back);
            if (day < 0) {
                break;
            }
            double c = contacts.at(day, slot);
            double a = aht.at(day, slot);
            if (c > 0 && !Double.isNaN(a)) {
                handled += c * a;
                count += c;
            }
        }
        return count > 0 ? handled / count : Double.NaN;
    }

    private static double channelAverage(DayGrid contacts, DayGrid aht) {
        int from = Math.max(0, contacts.length() - 7 * WeekdayAverage.WEEKS * contacts.slotsPerDay());
        double handled = 0;
        double count = 0;
        for (int t = from; t < contacts.length(); t++) {
            double c = contacts.at(t);
            double a = aht.at(t);
            if (c > 0 && !Double.isNaN(a)) {
                handled += c * a;
                count += c;
            }
        }
        return count > 0 ? handled / count : Double.NaN;
    }
}
