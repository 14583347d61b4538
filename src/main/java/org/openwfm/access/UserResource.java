package org.openwfm.access;

import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Users who sign in (admin only), and "who am I" and "my password" for every signed-in user. */
@Path("/api/v1")
public class UserResource {

    @Inject
    UserService users;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("/me")
    @Authenticated
    @Operation(summary = "Who am I: the signed-in user's name, role and agent or supervisor id")
    @APIResponse(responseCode = "200", description = "The signed-in user")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public UserView me() {
        return new UserView(
                currentUser.username(), currentUser.role(), currentUser.agentId(), currentUser.supervisorId(), false);
    }

    @PUT
    @Path("/me/password")
    @Authenticated
    @Operation(summary = "Change my own password; ends all my page sessions")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "The current password is wrong, or the new one too short")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Sent without the X-Requested-With header from another site")
    @APIResponse(responseCode = "429", description = "Too many wrong passwords: retry after Retry-After")
    public void changeMyPassword(@NotNull @Valid PasswordChange change, @Context HttpServerRequest request) {
        users.changeOwnPassword(currentUser.username(), change, ClientAddress.of(request));
    }

    @GET
    @Path("/users")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Every user, with role, agent and whether it is disabled")
    @APIResponse(responseCode = "200", description = "The users, by name")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public List<UserView> list() {
        return users.list();
    }

    @PUT
    @Path("/users/{username}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a user, or change its password, role or agent (ends its page sessions)")
    @APIResponse(responseCode = "200", description = "The user as stored")
    @APIResponse(responseCode = "400", description = "Invalid username, role, agent, or a password too short")
    @APIResponse(responseCode = "422", description = "No such supervisor for a supervisor user")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "The change would leave no enabled admin")
    public UserView put(@PathParam("username") String username, @NotNull @Valid UserRequest request) {
        return users.put(currentUser.username(), username, request);
    }

    @POST
    @Path("/users/{username}/disable")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Disable a user: it can no longer sign in, and its page sessions end")
    @APIResponse(responseCode = "200", description = "The user, disabled")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such user")
    @APIResponse(responseCode = "409", description = "The last enabled admin, or the admin itself")
    public UserView disable(@PathParam("username") String username) {
        return users.setDisabled(currentUser.username(), username, true);
    }

    @POST
    @Path("/users/{username}/enable")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Enable a disabled user again")
    @APIResponse(responseCode = "200", description = "The user, enabled")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such user")
    public UserView enable(@PathParam("username") String username) {
        return users.setDisabled(currentUser.username(), username, false);
    }

    @GET
    @Path("/users/audit")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The latest changes to users: who changed whom, how and when, newest first")
    @APIResponse(responseCode = "200", description = "Audit entries")
    @APIResponse(responseCode = "400", description = "limit outside 1 to 1000")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public List<UserAuditEntry> audit(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return users.audit(limit);
    }
}
