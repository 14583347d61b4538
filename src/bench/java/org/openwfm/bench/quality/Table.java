package org.openwfm.bench.quality;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A Markdown table that is also printed row by row as it fills, so a long run shows its progress. */
final class Table {

    private final StringBuilder text = new StringBuilder();

    Table(String... headings) {
        line(headings);
        line(Arrays.stream(headings).map(heading -> "---").toArray());
        System.out.print(text);
    }

    void row(Object... cells) {
        String row = line(cells);
        System.out.print(row);
        System.out.flush();
    }

    private String line(Object[] cells) {
        String row = Arrays.stream(cells).map(String::valueOf).collect(Collectors.joining(" | ", "| ", " |\n"));
        text.append(row);
        return row;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
