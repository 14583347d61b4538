package org.openwfm.access;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openwfm.shared.config.OpenWfmConfig;
import org.openwfm.shared.error.ProblemException;

/**
 * The pages' sign-in and sign-out. Signing in checks the password like HTTP Basic does (throttled, logged)
 * and sets an HTTP-only, SameSite=Strict session cookie, marked Secure when the request came over HTTPS
 * (directly or through a trusted proxy). Signing out ends the session on the server, not only in the browser.
 */
@Path("/api/v1")
public class SignInResource {

    @Inject
    Credentials credentials;

    @Inject
    UserSessions sessions;

    @Inject
    OpenWfmConfig config;

    @POST
    @Path("/sign-in")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Sign in with a username and password; sets the pages' session cookie")
    @APIResponse(responseCode = "200", description = "Signed in: who, with the session cookie")
    @APIResponse(responseCode = "400", description = "Username or password missing")
    @APIResponse(responseCode = "401", description = "Unknown user or wrong password")
    @APIResponse(responseCode = "403", description = "Sent without the X-Requested-With header from another site")
    @APIResponse(
            responseCode = "429",
            description = "Too many failed sign-ins for this user or address: retry after Retry-After")
    public Response signIn(
            @FormParam("username") String username,
            @FormParam("password") String password,
            @Context HttpServerRequest request) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            throw ProblemException.invalidField(
                    username == null || username.isBlank() ? "username" : "password", "is required");
        }
        AppUser user = credentials.check(username, password, ClientAddress.of(request));
        String token = sessions.start(user.username);
        NewCookie cookie = cookie(token, (int) config.session().maxLifetime().toSeconds(), request);
        return Response.ok(UserView.of(user)).cookie(cookie).build();
    }

    @POST
    @Path("/sign-out")
    @PermitAll
    @Operation(summary = "Sign out: ends the page session on the server and drops its cookie")
    @APIResponse(responseCode = "204", description = "Signed out (also when there was no session)")
    @APIResponse(responseCode = "403", description = "Sent without the X-Requested-With header from another site")
    public Response signOut(
            @CookieParam(SessionCookieMechanism.COOKIE) String token, @Context HttpServerRequest request) {
        if (token != null && !token.isBlank()) {
            sessions.end(token);
        }
        return Response.noContent().cookie(cookie("", 0, request)).build();
    }

    private static NewCookie cookie(String value, int maxAgeSeconds, HttpServerRequest request) {
        return new NewCookie.Builder(SessionCookieMechanism.COOKIE)
                .value(value)
                .path("/")
                .maxAge(maxAgeSeconds)
                .httpOnly(true)
                .secure("https".equalsIgnoreCase(request.scheme()))
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }
}
