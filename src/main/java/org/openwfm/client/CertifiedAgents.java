package org.openwfm.client;

/**
 * Agents' certifications for clients, as the workforce feature answers about them: clients are below
 * workforce and must not read its tables or depend on it, so workforce implements this.
 */
public interface CertifiedAgents {

    /** Certifications for the client, or (channel not null) for one of its channels. */
    long certificationsFor(String clientId, Channel channel);
}
