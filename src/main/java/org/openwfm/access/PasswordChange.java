package org.openwfm.access;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A signed-in user's change of its own password: the current one proves it is the user at the keyboard. */
public record PasswordChange(
        @NotNull String currentPassword,
        @NotNull @Size(max = 200) String newPassword) {}
