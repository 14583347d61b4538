package org.openwfm.access;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.openwfm.shared.error.ProblemException;

import io.quarkus.security.Authenticated;

/** Users who sign in (admin only), and "who am I" for every signed-in user. */
@Path("/api/v1")
public class UserResource {

    public record UserView(String username, String role, String agentId) {
        static UserView of(AppUser user) {
            return new UserView(user.username, user.role, user.agentId);
        }
    }

    public record UserRequest(
            @NotBlank @Size(min = 4, max = 200) String password,
            @NotBlank @Pattern(regexp = "planner|forecaster|agent|admin", message = "must be planner, forecaster, agent or admin") String role,
            String agentId) {
    }

    @Inject
    UserRepository users;

    @Inject
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    CurrentUser currentUser;

    /** Asked in SQL so that sign-in, which every feature uses, depends on none of them. */
    private boolean agentExists(String agentId) {
        return ((Number) em.createNativeQuery("select count(*) from agent where id = ?1")
                .setParameter(1, agentId).getSingleResult()).longValue() > 0;
    }

    @GET
    @Path("/me")
    @Authenticated
    public UserView me() {
        return new UserView(currentUser.username(), currentUser.role(), currentUser.agentId());
    }

    @GET
    @Path("/users")
    @RolesAllowed(Roles.ADMIN)
    public List<UserView> list() {
        return users.listAll().stream().map(UserView::of).sorted((a, b) -> a.username().compareTo(b.username())).toList();
    }

    @PUT
    @Path("/users/{username}")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public UserView put(@PathParam("username") String username, @NotNull @Valid UserRequest request) {
        if (!username.matches("[A-Za-z0-9._-]{1,64}")) {
            throw ProblemException.invalidField("username", "use 1 to 64 letters, digits, dots, dashes or underscores");
        }
        boolean isAgent = Roles.AGENT.equals(request.role());
        if (isAgent != (request.agentId() != null)) {
            throw ProblemException.invalidField("agentId", "is required for role agent and only for it");
        }
        if (isAgent && !agentExists(request.agentId())) {
            throw ProblemException.invalidField("agentId", "no agent '" + request.agentId() + "'");
        }
        AppUser user = users.findById(username);
        boolean isNew = user == null;
        if (!isNew && Roles.ADMIN.equals(user.role) && !Roles.ADMIN.equals(request.role())
                && users.count("role", Roles.ADMIN) == 1) {
            throw ProblemException.conflict("'" + username + "' is the last admin; make another admin first");
        }
        if (isNew) {
            user = new AppUser();
            user.username = username;
        }
        user.passwordHash = hasher.hash(request.password());
        user.role = request.role();
        user.agentId = request.agentId();
        if (isNew) {
            users.persist(user);
        }
        return UserView.of(user);
    }
}
