package org.openwfm.client;

/** A client channel, the unit agents are certified for and requirements are given for. */
public record ChannelKey(String clientId, Channel channel) {

    @Override
    public String toString() {
        return clientId + " " + channel;
    }
}
