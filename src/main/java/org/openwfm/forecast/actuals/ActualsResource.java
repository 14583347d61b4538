package org.openwfm.forecast.actuals;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openwfm.access.CurrentUser;
import org.openwfm.access.Roles;
import org.openwfm.forecast.CurveQuery;
import org.openwfm.forecast.UploadBody;
import org.openwfm.forecast.actuals.ActualsViews.Series;
import org.openwfm.forecast.actuals.ActualsViews.UploadView;
import org.openwfm.shared.RequestParams;
import org.openwfm.shared.config.OpenWfmConfig;
import org.openwfm.shared.idempotency.Idempotency;
import org.openwfm.shared.paging.PageRequest;

/** Actuals: forecasters upload them, forecasters and planners read them. */
@Path("/api/v1/actuals")
public class ActualsResource {

    /** How the 413 answer names this upload. */
    private static final String WHAT = "An actuals upload";

    @Inject
    ActualsService service;

    @Inject
    Idempotency idempotency;

    @Inject
    CurrentUser currentUser;

    @Inject
    OpenWfmConfig config;

    @Inject
    UploadBody bodies;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed(Roles.FORECASTER)
    @Operation(summary = "Upload actuals, CSV or JSON: every row or none; each interval replaces the one stored")
    @APIResponse(responseCode = "201", description = "The upload stored, with Location")
    @APIResponse(responseCode = "400", description = "Every bad row or field, by line and column")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(
            responseCode = "403",
            description = "Not a forecaster, or Sent without the X-Requested-With header from another site")
    @APIResponse(responseCode = "413", description = "Larger than openwfm.forecast.max-upload-bytes")
    @APIResponse(responseCode = "422", description = "An Idempotency-Key reused for another request")
    public Response uploadCsv(
            InputStream body, @QueryParam("note") String note, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        UploadBody.requireNoteWithinLimit(note);
        String text = bodies.readUtf8(body, WHAT);
        return idempotency.once(
                idempotencyKey,
                currentUser.username(),
                "POST /actuals csv\n" + note + "\n" + text,
                () -> created(service.uploadCsv(text, currentUser.username(), note)));
    }

    /** Read by hand (see {@link UploadBody#readJson}) so that the upload size limit holds for JSON too. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FORECASTER)
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ActualsUpload.class)))
    @Operation(summary = "Upload actuals, CSV or JSON: every row or none; each interval replaces the one stored")
    @APIResponse(responseCode = "201", description = "The upload stored, with Location")
    @APIResponse(responseCode = "400", description = "Every bad row or field, by line and column")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(
            responseCode = "403",
            description = "Not a forecaster, or Sent without the X-Requested-With header from another site")
    @APIResponse(responseCode = "413", description = "Larger than openwfm.forecast.max-upload-bytes")
    @APIResponse(responseCode = "422", description = "An Idempotency-Key reused for another request")
    public Response uploadJson(InputStream body, @HeaderParam(Idempotency.HEADER) String idempotencyKey)
            throws JsonProcessingException {
        ActualsUpload upload = bodies.readJson(body, ActualsUpload.class, WHAT, "an actuals upload");
        return idempotency.once(
                idempotencyKey,
                currentUser.username(),
                "POST /actuals json\n" + bodies.toJson(upload),
                () -> created(service.uploadJson(upload, currentUser.username())));
    }

    @GET
    @RolesAllowed({Roles.FORECASTER, Roles.PLANNER})
    @Operation(summary = "The actuals of a client channel over a span, each interval with the upload that wrote it")
    @APIResponse(responseCode = "200", description = "The stored intervals, in order")
    @APIResponse(
            responseCode = "400",
            description = "A parameter missing or invalid, an unknown client or channel, or a span too long")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a forecaster or planner")
    public Series series(
            @QueryParam("clientId") String clientId,
            @QueryParam("channel") String channel,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        CurveQuery query =
                CurveQuery.read(clientId, channel, from, to, config.actuals().maxQueryDays());
        return service.stored(query.clientId(), query.channel(), query.from(), query.to());
    }

    @GET
    @Path("/uploads")
    @RolesAllowed({Roles.FORECASTER, Roles.PLANNER})
    @Operation(summary = "Actuals uploads, newest first, paged by limit and offset")
    @APIResponse(responseCode = "200", description = "The uploads; X-Total-Count, and Link to the next page")
    @APIResponse(responseCode = "400", description = "limit outside 1 to 500, or a negative offset")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a forecaster or planner")
    public Response uploads(
            @QueryParam("limit") String limit, @QueryParam("offset") String offset, @Context UriInfo uri) {
        return service.listUploads(PageRequest.of(limit, offset)).toResponse(uri);
    }

    @GET
    @Path("/uploads/{uploadId}")
    @RolesAllowed({Roles.FORECASTER, Roles.PLANNER})
    @Operation(summary = "One actuals upload: who, when, note, span, rows written and replaced")
    @APIResponse(responseCode = "200", description = "The upload")
    @APIResponse(responseCode = "400", description = "The id is not a number")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a forecaster or planner")
    @APIResponse(responseCode = "404", description = "No such upload")
    public UploadView upload(@PathParam("uploadId") String uploadId) {
        return service.findUpload(RequestParams.requiredLong("uploadId", uploadId));
    }

    private static Response created(UploadView upload) {
        return Response.created(URI.create("/api/v1/actuals/uploads/" + upload.id()))
                .entity(upload)
                .build();
    }
}
