package org.openwfm.forecast;

import java.util.List;

/**
 * The columns an upload's CSV header may name: each required one once, each optional one at most once, in any
 * order. Forecasts have only required columns; actuals add optional ones.
 */
public record UploadColumns(List<String> required, List<String> optional) {

    public UploadColumns {
        required = List.copyOf(required);
        optional = List.copyOf(optional);
    }

    public boolean isKnown(String column) {
        return required.contains(column) || optional.contains(column);
    }

    /** The header as messages spell it out: the required columns, then any optional ones. */
    public String expected() {
        String header = String.join(",", required);
        return optional.isEmpty() ? header : header + " (optionally also " + String.join(",", optional) + ")";
    }
}
