package org.openwfm.staffing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openwfm.access.Roles;
import org.openwfm.client.Channel;
import org.openwfm.shared.RequestParams;
import org.openwfm.shared.config.OpenWfmConfig;
import org.openwfm.shared.error.ProblemException;
import org.openwfm.shared.time.Weeks;
import org.openwfm.staffing.StaffingViews.Calculation;
import org.openwfm.staffing.StaffingViews.Week;
import org.openwfm.staffing.queueing.TrafficOutOfRangeException;

@Path("/api/v1/staffing")
public class StaffingResource {

    @Inject
    StaffingService service;

    @Inject
    OpenWfmConfig config;

    @POST
    @Path("/calculate")
    @RolesAllowed({Roles.PLANNER, Roles.FORECASTER})
    @Operation(
            summary = "Staff or evaluate one interval: agents, service level, ASA, occupancy, waiting and abandoning")
    @APIResponse(responseCode = "200", description = "The calculation")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(
            responseCode = "403",
            description = "Not a planner or forecaster, or Sent without the X-Requested-With header from another site")
    @APIResponse(responseCode = "422", description = "Traffic or Erlang A states beyond the configured bounds")
    public Calculation calculate(@NotNull @Valid CalculationRequest request) {
        return withinRange(() -> IntervalCalculation.calculate(request, config.staffing()));
    }

    @GET
    @RolesAllowed({Roles.PLANNER, Roles.FORECASTER})
    @Operation(
            summary =
                    "Every interval of a client channel's week: contacts, AHT, agents required before and after shrinkage")
    @APIResponse(responseCode = "200", description = "The week")
    @APIResponse(responseCode = "400", description = "A parameter missing or invalid, an unknown client or channel")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a planner or forecaster")
    @APIResponse(responseCode = "422", description = "Forecast traffic beyond any real center")
    public Week week(
            @QueryParam("clientId") String clientId,
            @QueryParam("channel") String channelText,
            @QueryParam("weekStart") String weekStartText) {
        String client = RequestParams.required("clientId", clientId);
        Channel channel = Channel.fromParam("channel", RequestParams.required("channel", channelText));
        LocalDate weekStart = Weeks.requireMonday("weekStart", RequestParams.requiredDate("weekStart", weekStartText));
        return withinRange(() -> Week.of(service.weekStaffing(client, channel, weekStart)));
    }

    private static <T> T withinRange(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (TrafficOutOfRangeException e) {
            throw ProblemException.unprocessable(e.getMessage());
        }
    }
}
