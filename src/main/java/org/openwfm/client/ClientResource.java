package org.openwfm.client;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.openwfm.access.Roles;
import org.openwfm.shared.error.ProblemException;

@Path("/api/v1/clients")
@RolesAllowed({Roles.PLANNER, Roles.ADMIN})
public class ClientResource {

    @Inject
    ClientService service;

    /** Forecasters read clients too: their channels, zones and opening hours are what a forecast is made for. */
    @GET
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.FORECASTER})
    @Operation(summary = "Every client with its channels, coverage rules and opening hours")
    @APIResponse(responseCode = "200", description = "The clients")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a planner, admin or forecaster")
    public List<ClientDto> list() {
        return service.listClients();
    }

    @GET
    @Path("/{clientId}")
    @RolesAllowed({Roles.PLANNER, Roles.ADMIN, Roles.FORECASTER})
    @Operation(summary = "One client")
    @APIResponse(responseCode = "200", description = "The client")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a planner, admin or forecaster")
    @APIResponse(responseCode = "404", description = "No such client")
    public ClientDto get(@PathParam("clientId") String clientId) {
        return service.findClientById(clientId).orElseThrow(() -> ProblemException.notFound("Client", clientId));
    }

    @POST
    @Operation(summary = "Add a client; omitted coverage rules take the defaults")
    @APIResponse(responseCode = "201", description = "The client as stored, with Location")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(
            responseCode = "403",
            description = "Not a planner or admin, or Sent without the X-Requested-With header from another site")
    @APIResponse(responseCode = "409", description = "A client with this id exists")
    public Response create(@NotNull @Valid ClientDto client) {
        ClientDto created = service.createClient(client);
        return Response.created(URI.create("/api/v1/clients/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{clientId}")
    @Operation(summary = "Replace a client; needs the version read")
    @APIResponse(responseCode = "200", description = "The client as stored")
    @APIResponse(responseCode = "400", description = "Invalid fields, each named, or no version")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(
            responseCode = "403",
            description = "Not a planner or admin, or Sent without the X-Requested-With header from another site")
    @APIResponse(responseCode = "404", description = "No such client")
    @APIResponse(
            responseCode = "409",
            description = "A stale version, or a change the stored agents or forecasts forbid")
    public ClientDto replace(@PathParam("clientId") String clientId, @NotNull @Valid ClientDto client) {
        return service.replaceClient(clientId, client);
    }

    @DELETE
    @Path("/{clientId}")
    @Operation(summary = "Delete a client that no agent or forecast uses")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(
            responseCode = "403",
            description = "Not a planner or admin, or Sent without the X-Requested-With header from another site")
    @APIResponse(responseCode = "404", description = "No such client")
    @APIResponse(responseCode = "409", description = "Agents or forecasts still use the client")
    public Response delete(@PathParam("clientId") String clientId) {
        if (!service.deleteClient(clientId)) {
            throw ProblemException.notFound("Client", clientId);
        }
        return Response.noContent().build();
    }
}
