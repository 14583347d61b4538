package org.openwfm.staffing;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.openwfm.access.Roles;
import org.openwfm.client.Channel;
import org.openwfm.shared.RequestParams;
import org.openwfm.shared.config.OpenWfmConfig;
import org.openwfm.shared.time.Weeks;
import org.openwfm.shared.error.ProblemException;
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
    @RolesAllowed({ Roles.PLANNER, Roles.FORECASTER })
    public Calculation calculate(@NotNull @Valid CalculationRequest request) {
        return withinRange(() -> IntervalCalculation.calculate(request, config.staffing()));
    }

    @GET
    @RolesAllowed({ Roles.PLANNER, Roles.FORECASTER })
    public Week week(@QueryParam("clientId") String clientId, @QueryParam("channel") String channelText,
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
