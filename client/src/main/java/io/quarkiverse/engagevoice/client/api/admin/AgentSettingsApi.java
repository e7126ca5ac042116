package io.quarkiverse.engagevoice.client.api.admin;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.api.AgentsApi;
import io.quarkiverse.engagevoice.client.model.Agent;

/**
 * The agent operation {@link AgentsApi} lacks: the bulk update of an agent group's agents. The assignment of agents
 * to queues is in {@link io.quarkiverse.engagevoice.client.api.queues.GateAgentsApi}. {@code accountId} may be
 * {@code ~}.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface AgentSettingsApi {

    /**
     * {@code updateAgents}: updates several agents of a group at once, each named by its {@code agentId}; only their
     * non-null properties are sent. The answer is the updated agents.
     */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/agentGroups/{agentGroupId}/agents")
    @Consumes(MediaType.APPLICATION_JSON)
    List<Agent> updateAll(@PathParam("accountId") String accountId, @PathParam("agentGroupId") int agentGroupId,
            List<Agent> agents);
}
