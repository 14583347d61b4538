package org.openwfm.access;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.net.URI;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.error.ProblemMappers;

/**
 * Against cross-site request forgery, whatever the credential: a session cookie and Basic credentials a
 * browser has cached are both sent by the browser on its own. So every change (POST, PUT, DELETE) must show
 * that it did not come from another site: the pages' {@value ProblemMappers#PAGE_REQUEST_HEADER} header
 * (a form or link on another site cannot add a header, and a script there would need the CORS consent the
 * service never gives), or the browser's own word that it comes from this origin ({@code Origin} equal to
 * the service's, or {@code Sec-Fetch-Site: same-origin}). API clients send the header.
 */
public class CrossSiteRequestGuard {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter(preMatching = true)
    public void requireSameSiteChanges(ContainerRequestContext request) {
        if (READS.contains(request.getMethod())
                || request.getHeaderString(ProblemMappers.PAGE_REQUEST_HEADER) != null
                || "same-origin".equals(request.getHeaderString("Sec-Fetch-Site"))
                || isOwnOrigin(
                        request.getHeaderString("Origin"), request.getUriInfo().getBaseUri())) {
            return;
        }
        throw ProblemException.forbidden("A change must carry the " + ProblemMappers.PAGE_REQUEST_HEADER
                + " header (any value), or come from this service's own pages");
    }

    /** Scheme, host and port as the request reached the service (through a trusted proxy, as forwarded). */
    static boolean isOwnOrigin(String origin, URI service) {
        if (origin == null || origin.isBlank() || "null".equals(origin) || service.getHost() == null) {
            return false;
        }
        try {
            URI claimed = URI.create(origin);
            return service.getScheme().equalsIgnoreCase(claimed.getScheme())
                    && service.getHost().equalsIgnoreCase(claimed.getHost())
                    && port(service) == port(claimed);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
