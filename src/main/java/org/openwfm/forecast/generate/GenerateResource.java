package org.openwfm.forecast.generate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openwfm.access.CurrentUser;
import org.openwfm.access.Roles;
import org.openwfm.forecast.generate.GenerationViews.GenerateRequest;
import org.openwfm.forecast.generate.GenerationViews.Generation;
import org.openwfm.shared.idempotency.Idempotency;

@Path("/api/v1/forecasts/generate")
public class GenerateResource {

    @Inject
    GenerationService service;

    @Inject
    Idempotency idempotency;

    @Inject
    CurrentUser currentUser;

    @POST
    @RolesAllowed(Roles.FORECASTER)
    @Operation(summary = "Generate a forecast version from actuals, by a named method or the best back-tested one")
    @APIResponse(responseCode = "201", description = "The version stored, the method used and its back-test")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named; an unknown method")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(
            responseCode = "403",
            description = "Not a forecaster, or Sent without the X-Requested-With header from another site")
    @APIResponse(
            responseCode = "422",
            description = "Too little history for the method (how much it needs), an event without an uplift to"
                    + " apply or learn, or an Idempotency-Key reused for another request")
    public Response generate(
            @NotNull @Valid GenerateRequest request, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.once(idempotencyKey, currentUser.username(), "POST /forecasts/generate\n" + request, () -> {
            Generation generation = service.generate(request, currentUser.username());
            return Response.created(URI.create("/api/v1/forecasts/versions/"
                            + generation.forecast().id()))
                    .entity(generation)
                    .build();
        });
    }
}
