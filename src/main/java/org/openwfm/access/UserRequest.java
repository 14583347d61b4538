package org.openwfm.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An admin's create or update of a user; an agent user names its agent, a supervisor user its supervisor. The password is required for a new user; left out on an update it
 * stays as it is. Its shortest length is a setting (openwfm.sign-in.min-password-length), checked by the service.
 */
public record UserRequest(
        @Size(max = 200) String password,

        @NotBlank
        @Pattern(
                regexp = "planner|forecaster|agent|admin|supervisor",
                message = "must be planner, forecaster, agent, admin or supervisor")
        String role,

        String agentId,

        /** The supervisor a supervisor user acts as; required for role supervisor and only for it. */
        String supervisorId) {}
