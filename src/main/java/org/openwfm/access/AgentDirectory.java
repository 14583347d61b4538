package org.openwfm.access;

/**
 * Which agents exist, as the workforce feature answers: sign-in is below every feature and must not
 * read the agent table or depend on workforce, so workforce implements this.
 */
public interface AgentDirectory {

    boolean exists(String agentId);
}
