package org.openwfm.access;

import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.error.ProblemMappers;

/**
 * Against cross-site request forgery: a change signed in only by the pages' session cookie must carry the
 * pages' header. A form or link on another site cannot add a header, and a script there would need the
 * service's CORS consent, which it never gives. The cookie's SameSite=Strict covers other sites; this covers
 * sibling hosts of the same site too. Requests with Basic credentials carry no ambient authority and pass.
 */
public class PageSessionGuard {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String cookieName;

    @ServerRequestFilter
    public void requirePageHeaderOnCookieChanges(ContainerRequestContext request) {
        boolean byCookieOnly = request.getCookies().containsKey(cookieName)
                && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null;
        if (byCookieOnly && !READS.contains(request.getMethod())
                && request.getHeaderString(ProblemMappers.PAGE_REQUEST_HEADER) == null) {
            throw ProblemException.forbidden("A change made with the pages' session must carry the "
                    + ProblemMappers.PAGE_REQUEST_HEADER + " header the pages send");
        }
    }
}
