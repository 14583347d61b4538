package org.openwfm.client;

import org.openwfm.shared.error.InvalidRequestException;

/**
 * How customers reach a client. VOICE and VIDEO are staffed with Erlang queues, CHAT with concurrency, EMAIL as
 * workload.
 */
public enum Channel {
    VOICE,
    CHAT,
    EMAIL,
    VIDEO;

    public static final String NAMES = "VOICE, CHAT, EMAIL, VIDEO";

    /** Reads a query parameter; null when absent, a 400 naming the parameter when it names no channel. */
    public static Channel fromParam(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Channel channel = parse(text);
        if (channel == null) {
            throw InvalidRequestException.field(name, "'" + text + "' is not one of " + NAMES);
        }
        return channel;
    }

    /** @return the channel named by the text (case-insensitive), or null when there is none */
    public static Channel parse(String text) {
        if (text == null) {
            return null;
        }
        for (Channel channel : values()) {
            if (channel.name().equalsIgnoreCase(text.trim())) {
                return channel;
            }
        }
        return null;
    }
}
