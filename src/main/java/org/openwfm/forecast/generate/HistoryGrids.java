package org.openwfm.forecast.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.openwfm.forecast.actuals.ActualInterval;
import org.openwfm.forecast.method.DayGrid;

/**
 * Actuals laid on the local clock, as the methods read them. An interval without actuals stays unknown (NaN), never
 * zero: a night or a gap in the contact system's export is not a quiet interval.
 *
 * @param contacts contacts per slot
 * @param ahtSeconds handle time per slot; unknown where no contact was handled
 */
record HistoryGrids(DayGrid contacts, DayGrid ahtSeconds) {

    /** Days {@code [firstDay, end)}; on the hour repeated in autumn, the two intervals' mean fills the slot. */
    static HistoryGrids of(List<ActualInterval> actuals, LocalClock clock, LocalDate firstDay, LocalDate end) {
        int slots = clock.slotsPerDay();
        int length = (int) ChronoUnit.DAYS.between(firstDay, end) * slots;
        double[] contacts = new double[length];
        double[] work = new double[length];
        int[] count = new int[length];
        for (ActualInterval actual : actuals) {
            long day = ChronoUnit.DAYS.between(firstDay, clock.dateOf(actual.start()));
            if (day < 0 || day * slots >= length) {
                continue;
            }
            int index = (int) day * slots + clock.slotOf(actual.start());
            contacts[index] += actual.contacts();
            work[index] += actual.ahtSeconds() == null ? 0 : actual.contacts() * actual.ahtSeconds();
            count[index]++;
        }
        double[] aht = new double[length];
        Arrays.fill(aht, Double.NaN);
        for (int i = 0; i < length; i++) {
            if (count[i] == 0) {
                contacts[i] = Double.NaN;
            } else {
                if (contacts[i] > 0) {
                    aht[i] = work[i] / contacts[i];
                }
                contacts[i] /= count[i];
            }
        }
        return new HistoryGrids(new DayGrid(firstDay, slots, contacts), new DayGrid(firstDay, slots, aht));
    }
}
