package org.openwfm.client;

import java.net.URI;
import java.util.List;

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

import org.openwfm.access.Roles;
import org.openwfm.shared.error.ProblemException;

@Path("/api/v1/clients")
@RolesAllowed({ Roles.PLANNER, Roles.ADMIN })
public class ClientResource {

    @Inject
    ClientService service;

    @GET
    public List<ClientDto> list() {
        return service.listClients();
    }

    @GET
    @Path("/{clientId}")
    public ClientDto get(@PathParam("clientId") String clientId) {
        return service.findClientById(clientId).orElseThrow(() -> ProblemException.notFound("Client", clientId));
    }

    @POST
    public Response create(@NotNull @Valid ClientDto client) {
        ClientDto created = service.createClient(client);
        return Response.created(URI.create("/api/v1/clients/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{clientId}")
    public ClientDto replace(@PathParam("clientId") String clientId, @NotNull @Valid ClientDto client) {
        return service.replaceClient(clientId, client);
    }

    @DELETE
    @Path("/{clientId}")
    public Response delete(@PathParam("clientId") String clientId) {
        if (!service.deleteClient(clientId)) {
            throw ProblemException.notFound("Client", clientId);
        }
        return Response.noContent().build();
    }
}
