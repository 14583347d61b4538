package org.openwfm.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Bodies too big to keep in the repository, made when a case names them. The limits in the test profile:
 * {@code openwfm.forecast.max-upload-bytes=1048576}, and 32 MiB for any body.
 */
final class HostileBodies {

    static final int FORECAST_LIMIT = 1_048_576;
    /** {@code quarkus.http.limits.max-body-size}: 32 MiB for any request. */
    static final int HTTP_LIMIT = 32 * 1_048_576;

    private static final String CSV_HEADER = "client_id,channel,interval_start,contacts,aht_seconds\n";

    private static final Map<String, Supplier<byte[]>> GENERATED = Map.of(
            "forecastCsvOverLimit", HostileBodies::forecastCsvOverLimit,
            "forecastJsonOverLimit", HostileBodies::forecastJsonOverLimit,
            "clientOverHttpLimit", HostileBodies::clientOverHttpLimit);

    private HostileBodies() {}

    static byte[] generate(String name) {
        Supplier<byte[]> body = GENERATED.get(name);
        if (body == null) {
            throw new IllegalArgumentException("No generated body '" + name + "'; known: " + GENERATED.keySet());
        }
        return body.get();
    }

    /** Good rows, the same one repeated: only the size is wrong (the duplicates are never reached). */
    private static byte[] forecastCsvOverLimit() {
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        while (csv.length() <= FORECAST_LIMIT) {
            csv.append("retail,VOICE,2031-03-03T15:00:00Z,10,300\n");
        }
        return csv.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A good one-interval upload padded with whitespace past the limit: the JSON form is an upload too. */
    private static byte[] forecastJsonOverLimit() {
        String upload = "{\"clientId\":\"retail\",\"channel\":\"VOICE\",\"note\":\"hx padded\",\"intervals\":"
                + "[{\"start\":\"2031-03-03T15:30:00Z\",\"contacts\":10,\"ahtSeconds\":300}]";
        return (upload + " ".repeat(FORECAST_LIMIT) + "}").getBytes(StandardCharsets.US_ASCII);
    }

    /** A client whose name alone is one byte over the limit for any body: refused before it is read. */
    private static byte[] clientOverHttpLimit() {
        String start = "{\"id\":\"hx-huge\",\"timeZone\":\"UTC\",\"name\":\"";
        String end = "\"}";
        return (start + "x".repeat(HTTP_LIMIT + 1 - start.length() - end.length()) + end)
                .getBytes(StandardCharsets.US_ASCII);
    }
}
