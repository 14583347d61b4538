package org.openwfm.client;

/** How customers reach a client. VOICE and VIDEO are staffed with Erlang queues, CHAT with concurrency, EMAIL as workload. */
public enum Channel {
    VOICE, CHAT, EMAIL, VIDEO;

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
