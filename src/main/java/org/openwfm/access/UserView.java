package org.openwfm.access;

/** A user as the API shows it: never its password hash. */
public record UserView(String username, String role, String agentId, String supervisorId, boolean disabled) {

    static UserView of(AppUser user) {
        return new UserView(user.username, user.role, user.agentId, user.supervisorId, user.disabled);
    }
}
