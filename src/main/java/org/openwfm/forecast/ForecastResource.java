package org.openwfm.forecast;

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
import org.openwfm.forecast.ForecastViews.Curve;
import org.openwfm.forecast.ForecastViews.VersionView;
import org.openwfm.shared.RequestParams;
import org.openwfm.shared.config.OpenWfmConfig;
import org.openwfm.shared.idempotency.Idempotency;
import org.openwfm.shared.paging.PageRequest;

@Path("/api/v1/forecasts")
public class ForecastResource {

    /** How the 413 answer names this upload. */
    private static final String WHAT = "A forecast upload";

    @Inject
    ForecastService service;

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
    @Operation(summary = "Upload a forecast version, CSV or JSON: every row or none")
    @APIResponse(responseCode = "201", description = "The version stored, with Location")
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
                "POST /forecasts csv\n" + note + "\n" + text,
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
                            schema = @Schema(implementation = ForecastUpload.class)))
    @Operation(summary = "Upload a forecast version, CSV or JSON: every row or none")
    @APIResponse(responseCode = "201", description = "The version stored, with Location")
    @APIResponse(responseCode = "400", description = "Every bad row or field, by line and column")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(
            responseCode = "403",
            description = "Not a forecaster, or Sent without the X-Requested-With header from another site")
    @APIResponse(responseCode = "413", description = "Larger than openwfm.forecast.max-upload-bytes")
    @APIResponse(responseCode = "422", description = "An Idempotency-Key reused for another request")
    public Response uploadJson(InputStream body, @HeaderParam(Idempotency.HEADER) String idempotencyKey)
            throws JsonProcessingException {
        ForecastUpload upload = bodies.readJson(body, ForecastUpload.class, WHAT, "a forecast upload");
        return idempotency.once(
                idempotencyKey,
                currentUser.username(),
                "POST /forecasts json\n" + bodies.toJson(upload),
                () -> created(service.upload(ForecastJson.read(upload), currentUser.username(), upload.note(), null)));
    }

    /** The effective curve (newest version per interval), or one version's rows with {@code forecastId}. */
    @GET
    @RolesAllowed({Roles.FORECASTER, Roles.PLANNER})
    @Operation(summary = "The effective curve of a client channel (newest version per interval), or one version's rows")
    @APIResponse(responseCode = "200", description = "The curve")
    @APIResponse(responseCode = "400", description = "A parameter missing or invalid, or a span too long")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a forecaster or planner")
    @APIResponse(responseCode = "404", description = "No such forecast version")
    public Curve curve(
            @QueryParam("clientId") String clientId,
            @QueryParam("channel") String channelText,
            @QueryParam("from") String fromText,
            @QueryParam("to") String toText,
            @QueryParam("forecastId") String forecastIdText) {
        CurveQuery query = CurveQuery.read(
                clientId, channelText, fromText, toText, config.forecast().maxQueryDays());
        Long forecastId = RequestParams.optionalLong("forecastId", forecastIdText);
        return forecastId == null
                ? service.effectiveCurve(query.clientId(), query.channel(), query.from(), query.to())
                : service.versionCurve(forecastId, query.clientId(), query.channel(), query.from(), query.to());
    }

    @GET
    @Path("/versions")
    @RolesAllowed({Roles.FORECASTER, Roles.PLANNER})
    @Operation(summary = "Forecast uploads, newest first, paged by limit and offset")
    @APIResponse(responseCode = "200", description = "The uploads; X-Total-Count, and Link to the next page")
    @APIResponse(responseCode = "400", description = "limit outside 1 to 500, or a negative offset")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a forecaster or planner")
    public Response versions(
            @QueryParam("limit") String limit, @QueryParam("offset") String offset, @Context UriInfo uri) {
        return service.listVersions(PageRequest.of(limit, offset)).toResponse(uri);
    }

    @GET
    @Path("/versions/{forecastId}")
    @RolesAllowed({Roles.FORECASTER, Roles.PLANNER})
    @Operation(summary = "One upload: who, when, span, rows per client channel")
    @APIResponse(responseCode = "200", description = "The upload")
    @APIResponse(responseCode = "400", description = "The id is not a number")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a forecaster or planner")
    @APIResponse(responseCode = "404", description = "No such forecast version")
    public VersionView version(@PathParam("forecastId") String forecastId) {
        return service.findVersion(RequestParams.requiredLong("forecastId", forecastId));
    }

    private static Response created(VersionView version) {
        return Response.created(URI.create("/api/v1/forecasts/versions/" + version.id()))
                .entity(version)
                .build();
    }
}
