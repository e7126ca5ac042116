package io.quarkiverse.engagevoice.client.api;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.Agent;

/** Agents of an agent group. {@code accountId} may be {@code ~}: the account the client works on. */
@Produces(MediaType.APPLICATION_JSON)
public interface AgentsApi {

    /** {@code getAgentList}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/agentGroups/{agentGroupId}/agents")
    List<Agent> list(@PathParam("accountId") String accountId, @PathParam("agentGroupId") int agentGroupId);

    /** {@code getAgent}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/agentGroups/{agentGroupId}/agents/{agentId}")
    Agent get(@PathParam("accountId") String accountId, @PathParam("agentGroupId") int agentGroupId,
            @PathParam("agentId") int agentId);

    /** {@code createAgent}: the answer holds the new {@code agentId}. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/agentGroups/{agentGroupId}/agents")
    @Consumes(MediaType.APPLICATION_JSON)
    Agent create(@PathParam("accountId") String accountId, @PathParam("agentGroupId") int agentGroupId, Agent agent);

    /** {@code updateAgent}: only the non-null properties of {@code changes} are sent and changed. */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/agentGroups/{agentGroupId}/agents/{agentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    Agent update(@PathParam("accountId") String accountId, @PathParam("agentGroupId") int agentGroupId,
            @PathParam("agentId") int agentId, Agent changes);

    /** {@code deleteAgent}: whether the server deleted it. */
    @DELETE
    @Path("/v1/admin/accounts/{accountId}/agentGroups/{agentGroupId}/agents/{agentId}")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    boolean delete(@PathParam("accountId") String accountId, @PathParam("agentGroupId") int agentGroupId,
            @PathParam("agentId") int agentId);
}
