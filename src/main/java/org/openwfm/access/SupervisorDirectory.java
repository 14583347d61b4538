package org.openwfm.access;

/**
 * Which supervisors exist, as the workforce feature answers: sign-in is below every feature and must not read
 * the supervisor table or depend on workforce, so workforce implements this.
 */
public interface SupervisorDirectory {

    boolean exists(String supervisorId);
}
