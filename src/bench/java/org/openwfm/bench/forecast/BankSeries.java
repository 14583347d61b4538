package org.openwfm.bench.forecast;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.openwfm.forecast.method.DayGrid;

/**
 * The bank call series ({@code bank_calls_5min.csv}: weekdays 07:00-21:05, 5-minute counts) as half-hour slots of a
 * local day (48 a day). Slots outside 07:00-21:00, weekends and the missing weekdays stay NaN. The last 5-minute count
 * of each day (21:00) is left out: alone it is a sixth of a half-hour posing as a whole one.
 */
final class BankSeries {

    static final int SLOTS = 48;

    private BankSeries() {}

    static DayGrid read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        LocalDate first = null;
        LocalDate last = null;
        for (String line : lines.subList(1, lines.size())) {
            LocalDate date = timestamp(line).toLocalDate();
            first = first == null || date.isBefore(first) ? date : first;
            last = last == null || date.isAfter(last) ? date : last;
        }
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        double[] values = new double[days * SLOTS];
        Arrays.fill(values, Double.NaN);
        for (String line : lines.subList(1, lines.size())) {
            LocalDateTime at = timestamp(line);
            if (at.getHour() >= 21) {
                continue;
            }
            int index = (int) ChronoUnit.DAYS.between(first, at.toLocalDate()) * SLOTS
                    + at.getHour() * 2
                    + at.getMinute() / 30;
            double calls = Double.parseDouble(line.substring(line.lastIndexOf(',') + 1));
            values[index] = Double.isNaN(values[index]) ? calls : values[index] + calls;
        }
        return new DayGrid(first, SLOTS, values);
    }

    /**
     * A year of history for timing: the series followed by its own first weeks again, weekday for weekday (the data
     * has about eight months).
     */
    static DayGrid year(DayGrid series) {
        int days = 364;
        int offset = series.days() % 7;
        double[] source = series.values();
        double[] values = Arrays.copyOf(source, days * SLOTS);
        for (int day = series.days(); day < days; day++) {
            int from = offset + (day - series.days());
            System.arraycopy(source, from * SLOTS, values, day * SLOTS, SLOTS);
        }
        return new DayGrid(series.firstDay(), SLOTS, values);
    }

    private static LocalDateTime timestamp(String line) {
        String cell = line.substring(0, line.indexOf(',')).replace("\"", "");
        return LocalDateTime.parse(cell.replace(' ', 'T'));
    }
}
