package org.openwfm.forecast;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.openwfm.access.CurrentUser;
import org.openwfm.access.Roles;
import org.openwfm.client.Channel;
import org.openwfm.forecast.ForecastViews.Curve;
import org.openwfm.forecast.ForecastViews.VersionView;
import org.openwfm.shared.RequestParams;
import org.openwfm.shared.config.OpenWfmConfig;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.idempotency.Idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

@Path("/api/v1/forecasts")
public class ForecastResource {

    static final int MAX_NOTE_LENGTH = 500;

    @Inject
    ForecastService service;

    @Inject
    Idempotency idempotency;

    @Inject
    CurrentUser currentUser;

    @Inject
    OpenWfmConfig config;

    @Inject
    ObjectMapper json;

    @POST
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @RolesAllowed(Roles.FORECASTER)
    public Response uploadCsv(InputStream body, @QueryParam("note") String note,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw ProblemException.invalidField("note", "must be at most " + MAX_NOTE_LENGTH + " characters");
        }
        String text = readUtf8(body);
        return idempotency.once(idempotencyKey, currentUser.username(), "POST /forecasts csv\n" + note + "\n" + text,
                () -> created(service.uploadCsv(text, currentUser.username(), note)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FORECASTER)
    public Response uploadJson(@NotNull @Valid ForecastUpload upload,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.once(idempotencyKey, currentUser.username(), "POST /forecasts json\n" + toJson(upload),
                () -> created(service.upload(ForecastJson.read(upload), currentUser.username(), upload.note())));
    }

    /** The effective curve (newest version per interval), or one version's rows with {@code forecastId}. */
    @GET
    @RolesAllowed({ Roles.FORECASTER, Roles.PLANNER })
    public Curve curve(@QueryParam("clientId") String clientId, @QueryParam("channel") String channelText,
            @QueryParam("from") String fromText, @QueryParam("to") String toText,
            @QueryParam("forecastId") String forecastIdText) {
        String client = RequestParams.required("clientId", clientId);
        Channel channel = Channel.fromParam("channel", RequestParams.required("channel", channelText));
        Instant from = RequestParams.requiredInstant("from", fromText);
        Instant to = RequestParams.requiredInstant("to", toText);
        if (!to.isAfter(from)) {
            throw ProblemException.invalidField("to", "must be after from");
        }
        if (Duration.between(from, to).toDays() > config.forecast().maxQueryDays()) {
            throw ProblemException.invalidField("to", "a query spans at most " + config.forecast().maxQueryDays() + " days");
        }
        Long forecastId = RequestParams.optionalLong("forecastId", forecastIdText);
        return forecastId == null ? service.effectiveCurve(client, channel, from, to)
                : service.versionCurve(forecastId, client, channel, from, to);
    }

    @GET
    @Path("/versions")
    @RolesAllowed({ Roles.FORECASTER, Roles.PLANNER })
    public List<VersionView> versions() {
        return service.listVersions();
    }

    @GET
    @Path("/versions/{forecastId}")
    @RolesAllowed({ Roles.FORECASTER, Roles.PLANNER })
    public VersionView version(@PathParam("forecastId") String forecastId) {
        return service.findVersion(RequestParams.requiredLong("forecastId", forecastId));
    }

    private static Response created(VersionView version) {
        return Response.created(URI.create("/api/v1/forecasts/versions/" + version.id())).entity(version).build();
    }

    /** Reads at most the configured number of bytes and insists on UTF-8. */
    private String readUtf8(InputStream body) {
        long limit = config.forecast().maxUploadBytes();
        byte[] bytes;
        try {
            bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (IOException e) {
            throw ProblemException.invalidField("body", "could not be read: " + e.getMessage());
        }
        if (bytes.length > limit) {
            throw ProblemException.tooLarge("A forecast upload may be at most " + limit + " bytes");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.invalidField("body", "is not UTF-8 text");
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
