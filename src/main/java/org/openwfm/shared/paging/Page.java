package org.openwfm.shared.paging;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;

/**
 * One slice of a list and the size of the whole. It answers as a plain JSON array, as before paging, so clients that
 * read arrays keep working; the total and the way on travel in headers.
 */
public record Page<T>(List<T> items, long total, PageRequest request) {

    public static final String TOTAL_COUNT = "X-Total-Count";

    public <R> Page<R> map(java.util.function.Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, request);
    }

    /** 200 with the items, {@code X-Total-Count}, and a {@code Link rel="next"} when more follow. */
    public Response toResponse(UriInfo requested) {
        Response.ResponseBuilder answer = Response.ok(items).header(TOTAL_COUNT, total);
        int next = request.offset() + items.size();
        if (!items.isEmpty() && next < total) {
            // A path-absolute reference: behind a proxy the service cannot know the public scheme and host.
            URI nextPage = requested
                    .getRequestUriBuilder()
                    .replaceQueryParam("offset", next)
                    .replaceQueryParam("limit", request.limit())
                    .build();
            String target = nextPage.getRawPath() + "?" + nextPage.getRawQuery();
            answer.header("Link", "<" + target + ">; rel=\"next\"");
        }
        return answer.build();
    }
}
