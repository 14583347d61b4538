package org.openwfm.workforce;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.openwfm.client.Channel;

/** The agent passed this client's test for this channel, so may take its contacts. */
@Embeddable
public class Certification {

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    public Certification() {}

    public Certification(String clientId, Channel channel) {
        this.clientId = clientId;
        this.channel = channel;
    }
}
