package org.openwfm.events;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openwfm.access.CurrentUser;
import org.openwfm.shared.RequestParams;

/** Server-sent events: open seats changed, schedule published, job progress (planners), an agent's notifications. */
@Path("/api/v1/events")
public class EventResource {

    /** A comment line this often keeps proxies from closing a quiet stream. */
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(20);

    @Inject
    EventFeed feed;

    @Inject
    CurrentUser currentUser;

    @Inject
    OpenStreams openStreams;

    @GET
    @Authenticated
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(
            summary =
                    "Server-sent events: open-slots, schedule-published, job-progress (planners), notification (its agent);"
                            + " resumes after Last-Event-ID")
    @APIResponse(responseCode = "200", description = "The event stream")
    @APIResponse(responseCode = "400", description = "Last-Event-ID is not a number")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "429", description = "Too many streams open for this user: retry after Retry-After")
    public Multi<OutboundSseEvent> stream(@Context Sse sse, @HeaderParam("Last-Event-ID") String lastEventId) {
        Long resumeAfter = RequestParams.optionalLong("Last-Event-ID", lastEventId);
        String username = currentUser.username();
        openStreams.open(username);
        // Closed by the client, failed or completed: the place is freed exactly once.
        AtomicBoolean open = new AtomicBoolean(true);
        Runnable free = () -> {
            if (open.getAndSet(false)) {
                openStreams.close(username);
            }
        };
        try {
            return stream(sse, resumeAfter).onTermination().invoke(free);
        } catch (RuntimeException notStarted) {
            free.run();
            throw notStarted;
        }
    }

    /** The caller's role, and for an agent user its own agent's audience (its notifications), never another's. */
    private Set<String> audiences() {
        Set<String> audiences = new HashSet<>();
        if (currentUser.role() != null) {
            audiences.add(currentUser.role());
        }
        if (currentUser.isAgent() && currentUser.agentId() != null) {
            audiences.add(EventLog.agent(currentUser.agentId()));
        }
        return Set.copyOf(audiences);
    }

    private Multi<OutboundSseEvent> stream(Sse sse, Long resumeAfter) {
        Multi<OutboundSseEvent> events = feed.listen(audiences(), resumeAfter)
                .map(e -> sse.newEventBuilder()
                        .id(String.valueOf(e.id()))
                        .name(e.type())
                        .data(e.payload())
                        .build());
        Multi<OutboundSseEvent> keepAlive = Multi.createFrom()
                .ticks()
                .every(KEEP_ALIVE)
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(events, keepAlive);
    }
}
