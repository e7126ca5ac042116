package io.quarkiverse.engagevoice.benchmarks;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.AgentGroup;

/** The same operation as a bare Quarkus REST client would declare it: no filters, no replay, a fixed header. */
@Path("/v1/admin/accounts")
@Produces(MediaType.APPLICATION_JSON)
public interface BareAgentGroupsApi {

    @GET
    @Path("/{accountId}/agentGroups/{agentGroupId}")
    AgentGroup get(@HeaderParam("Authorization") String authorization, @PathParam("accountId") String accountId,
            @PathParam("agentGroupId") int agentGroupId);
}
