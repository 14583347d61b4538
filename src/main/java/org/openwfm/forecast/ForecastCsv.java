package org.openwfm.forecast;

import java.util.List;
import org.openwfm.client.Channel;
import org.openwfm.shared.error.Violation;
import org.openwfm.shared.time.Instants;

/**
 * Reads the forecast CSV of the product ({@code client_id,channel,interval_start,contacts,aht_seconds})
 * into candidates, recording every field that cannot be read with its line and column. The five columns
 * are also the start of every other upload of contact volume (actuals), which reads them through
 * {@link #readRow}.
 */
public final class ForecastCsv {

    public static final String CLIENT_ID = "client_id";
    public static final String CHANNEL = "channel";
    public static final String INTERVAL_START = "interval_start";
    public static final String CONTACTS = "contacts";
    public static final String AHT_SECONDS = "aht_seconds";
    public static final List<String> HEADER = List.of(CLIENT_ID, CHANNEL, INTERVAL_START, CONTACTS, AHT_SECONDS);
    static final UploadColumns COLUMNS = new UploadColumns(HEADER, List.of());

    public record Parsed(List<ForecastCandidate> candidates, List<Violation> errors) {}

    private ForecastCsv() {}

    static Parsed parse(String text) {
        UploadCsv.Read<ForecastCandidate> read =
                UploadCsv.read(text, COLUMNS, ForecastCsv::readRow, ForecastCandidate::unreadable);
        return new Parsed(read.rows(), read.errors());
    }

    /** The five forecast columns of a row; a cell that cannot be read is null, its violation recorded. */
    public static ForecastCandidate readRow(CsvRow row) {
        String clientId = row.text(CLIENT_ID);
        if (clientId.isEmpty()) {
            row.refuse(CLIENT_ID, "is empty");
        }
        Channel channel = Channel.parse(row.text(CHANNEL));
        if (channel == null) {
            row.refuse(CHANNEL, "'" + row.text(CHANNEL) + "' is not one of " + Channel.NAMES);
        }
        var start = Instants.parseWithOffset(row.text(INTERVAL_START));
        if (start.isEmpty()) {
            row.refuse(INTERVAL_START, "'" + row.text(INTERVAL_START) + "' is not " + Instants.EXPECTED);
        }
        Double contacts = row.number(CONTACTS);
        Double aht = row.number(AHT_SECONDS);
        return new ForecastCandidate(
                row.where(), clientId.isEmpty() ? null : clientId, channel, start.orElse(null), contacts, aht);
    }
}
