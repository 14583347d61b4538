package org.openwfm.forecast;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openwfm.client.Channel;
import org.openwfm.client.ChannelProfile;
import org.openwfm.client.ClientProfile;
import org.openwfm.shared.error.Violation;
import org.openwfm.shared.time.Grain;

/**
 * The rules every forecast row must meet, whichever form it was uploaded in. Uploads of actual volume meet the
 * same rules except for handle time, which they bring as their own {@link AhtRule}.
 */
public final class ForecastValidation {

    public static final double MAX_AHT_SECONDS = 7200;
    /**
     * Far beyond any real center's interval; a larger number is a unit or typing mistake, caught here, not in staffing.
     */
    static final double MAX_CONTACTS = 1_000_000;

    /** What a row's average handle time must be; it adds a violation to {@code errors} when the row breaks it. */
    @FunctionalInterface
    public interface AhtRule {
        void check(ForecastCandidate row, List<Violation> errors);
    }

    /** A forecast plans for contacts in every interval it names, so each needs a handle time. */
    static final AhtRule POSITIVE_AHT = (row, errors) -> {
        if (row.ahtSeconds() != null && (row.ahtSeconds() <= 0 || row.ahtSeconds() > MAX_AHT_SECONDS)) {
            errors.add(row.where()
                    .at(ForecastCsv.AHT_SECONDS, "must be above 0 and at most 7200, was " + row.ahtSeconds()));
        }
    };

    private ForecastValidation() {}

    /** Adds a violation for each rule a readable row breaks; rows that could not be read are skipped. */
    static void check(List<ForecastCandidate> candidates, Map<String, ClientProfile> clients, List<Violation> errors) {
        check(candidates, clients, POSITIVE_AHT, errors);
    }

    /** As {@link #check(List, Map, List)}, with handle time checked by {@code ahtRule}. */
    public static void check(
            List<ForecastCandidate> candidates,
            Map<String, ClientProfile> clients,
            AhtRule ahtRule,
            List<Violation> errors) {
        Map<String, RowLocator> firstSeen = new HashMap<>();
        for (ForecastCandidate row : candidates) {
            ChannelProfile channel = knownChannel(row, clients, errors);
            if (row.start() != null && channel != null && !Grain.isOnGrain(row.start(), channel.intervalMinutes())) {
                errors.add(row.where()
                        .at(
                                ForecastCsv.INTERVAL_START,
                                row.start() + " is not on the " + channel.intervalMinutes() + "-minute grain of "
                                        + row.clientId() + " " + row.channel()));
            }
            if (row.contacts() != null && (row.contacts() < 0 || row.contacts() > MAX_CONTACTS)) {
                errors.add(row.where()
                        .at(ForecastCsv.CONTACTS, "must be 0 or more and at most 1000000, was " + row.contacts()));
            }
            ahtRule.check(row, errors);
            if (row.clientId() != null && row.channel() != null && row.start() != null) {
                RowLocator first = firstSeen.putIfAbsent(key(row.clientId(), row.channel(), row.start()), row.where());
                if (first != null) {
                    errors.add(row.where()
                            .at(
                                    ForecastCsv.INTERVAL_START,
                                    "duplicates " + describe(first) + " for " + row.clientId() + " " + row.channel()
                                            + " " + row.start()));
                }
            }
        }
    }

    private static ChannelProfile knownChannel(
            ForecastCandidate row, Map<String, ClientProfile> clients, List<Violation> errors) {
        if (row.clientId() == null) {
            return null;
        }
        ClientProfile client = clients.get(row.clientId());
        if (client == null) {
            errors.add(row.where().at(ForecastCsv.CLIENT_ID, "unknown client '" + row.clientId() + "'"));
            return null;
        }
        if (row.channel() == null) {
            return null;
        }
        ChannelProfile channel = client.channel(row.channel()).orElse(null);
        if (channel == null) {
            errors.add(row.where()
                    .at(ForecastCsv.CHANNEL, "client '" + row.clientId() + "' has no " + row.channel() + " channel"));
        }
        return channel;
    }

    private static String describe(RowLocator first) {
        Violation v = first.at(null, "");
        return v.line() != null ? "line " + v.line() : v.field();
    }

    private static String key(String clientId, Channel channel, Instant start) {
        return clientId + '\u0000' + channel + '\u0000' + start.getEpochSecond();
    }
}
