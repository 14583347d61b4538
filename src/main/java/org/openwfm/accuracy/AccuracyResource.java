package org.openwfm.accuracy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openwfm.access.Roles;
import org.openwfm.accuracy.AccuracyViews.Accuracy;
import org.openwfm.forecast.CurveQuery;
import org.openwfm.shared.RequestParams;
import org.openwfm.shared.config.OpenWfmConfig;

@Path("/api/v1/forecasts/accuracy")
public class AccuracyResource {

    @Inject
    AccuracyService service;

    @Inject
    OpenWfmConfig config;

    @GET
    @RolesAllowed({Roles.FORECASTER, Roles.PLANNER})
    @Operation(
            summary = "The forecast in effect, or a named version, against the actuals: WAPE, bias and MASE of contacts"
                    + " and handle time, and the staffing error, per day and overall")
    @APIResponse(responseCode = "200", description = "The scores and every compared interval")
    @APIResponse(responseCode = "400", description = "A parameter missing or invalid, or a span too long")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a forecaster or planner")
    @APIResponse(responseCode = "404", description = "No such forecast version")
    public Accuracy accuracy(
            @QueryParam("clientId") String clientId,
            @QueryParam("channel") String channelText,
            @QueryParam("from") String fromText,
            @QueryParam("to") String toText,
            @QueryParam("forecastId") String forecastIdText) {
        CurveQuery query = CurveQuery.read(
                clientId, channelText, fromText, toText, config.forecast().maxQueryDays());
        return service.accuracy(
                query.clientId(),
                query.channel(),
                query.from(),
                query.to(),
                RequestParams.optionalLong("forecastId", forecastIdText));
    }
}
