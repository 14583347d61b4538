package org.openwfm.forecast.generate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openwfm.access.CurrentUser;
import org.openwfm.access.Roles;
import org.openwfm.forecast.generate.SpecialDayViews.MarkRequest;
import org.openwfm.forecast.generate.SpecialDayViews.SpecialDayView;
import org.openwfm.shared.RequestParams;
import org.openwfm.shared.error.ProblemException;

/** Dates a forecaster marks per client: excluded from learning, or events with an uplift. */
@Path("/api/v1/forecasts/special-days")
public class SpecialDayResource {

    @Inject
    SpecialDayService service;

    @Inject
    CurrentUser currentUser;

    @POST
    @RolesAllowed(Roles.FORECASTER)
    @Operation(summary = "Mark a client's date as excluded from learning, or as an event with an uplift")
    @APIResponse(responseCode = "201", description = "The mark, with Location")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(
            responseCode = "403",
            description = "Not a forecaster, or Sent without the X-Requested-With header from another site")
    @APIResponse(responseCode = "409", description = "The date is already marked for that client")
    public Response mark(@NotNull @Valid MarkRequest request) {
        SpecialDayView marked = service.mark(request, currentUser.username());
        return Response.created(URI.create("/api/v1/forecasts/special-days/" + marked.id()))
                .entity(marked)
                .build();
    }

    @GET
    @RolesAllowed({Roles.FORECASTER, Roles.PLANNER})
    @Operation(summary = "A client's marked dates in [from, to), by date")
    @APIResponse(responseCode = "200", description = "The marks")
    @APIResponse(responseCode = "400", description = "A parameter missing or invalid, an unknown client")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a forecaster or planner")
    public List<SpecialDayView> list(
            @QueryParam("clientId") String clientId, @QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate first = RequestParams.requiredDate("from", from);
        LocalDate end = RequestParams.requiredDate("to", to);
        if (!end.isAfter(first)) {
            throw ProblemException.invalidField("to", "must be after from");
        }
        return service.list(RequestParams.required("clientId", clientId), first, end);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.FORECASTER)
    @Operation(summary = "Remove a mark")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", description = "The id is not a number")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(
            responseCode = "403",
            description = "Not a forecaster, or Sent without the X-Requested-With header from another site")
    @APIResponse(responseCode = "404", description = "No such mark")
    public void unmark(@PathParam("id") String id) {
        service.unmark(RequestParams.requiredLong("id", id));
    }
}
