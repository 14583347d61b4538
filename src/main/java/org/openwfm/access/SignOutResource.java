package org.openwfm.access;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Ends a web session. The sign-in form itself is Quarkus' form authentication ({@code POST /j_security_check});
 * its cookie is HTTP-only, so the page cannot drop it and asks the service to expire it.
 */
@Path("/api/v1/sign-out")
public class SignOutResource {

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String cookieName;

    @POST
    @PermitAll
    public Response signOut() {
        NewCookie expired = new NewCookie.Builder(cookieName).value("").path("/").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
        return Response.noContent().cookie(expired).build();
    }
}
