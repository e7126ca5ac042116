package io.quarkiverse.engagevoice.client.api.admin;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.api.AgentsApi;
import io.quarkiverse.engagevoice.client.model.Agent;
import io.quarkiverse.engagevoice.client.model.admin.AgentGateAccess;

/**
 * The agent operations {@link AgentsApi} lacks: the bulk update of an agent group's agents and the assignment of
 * agents to queues (the API's gates). {@code accountId} may be {@code ~}.
 */
@Path("/v1/admin/accounts")
@Produces(MediaType.APPLICATION_JSON)
public interface AgentSettingsApi {

    /**
     * {@code updateAgents}: updates several agents of a group at once, each named by its {@code agentId}; only their
     * non-null properties are sent. The answer is the updated agents.
     */
    @PUT
    @Path("/{accountId}/agentGroups/{agentGroupId}/agents")
    @Consumes(MediaType.APPLICATION_JSON)
    List<Agent> updateAll(@PathParam("accountId") String accountId, @PathParam("agentGroupId") int agentGroupId,
            List<Agent> agents);

    /**
     * {@code getAssignedAgentsForGate}: the agents assigned to a queue.
     *
     * @param page zero-based page, {@code null} for the server's default
     * @param maxRows page size, {@code null} for the server's default
     */
    @GET
    @Path("/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/assignedAgents")
    List<Agent> listAssignedToGate(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, @QueryParam("page") Integer page, @QueryParam("maxRows") Integer maxRows);

    /** {@code getAssignedAgentsForGate}, first page with the server's default size. */
    default List<Agent> listAssignedToGate(String accountId, int gateGroupId, int gateId) {
        return listAssignedToGate(accountId, gateGroupId, gateId, null, null);
    }

    /** {@code assignAgentsToGate}: gives the agents of {@code access} access to a queue; the agents assigned. */
    @PUT
    @Path("/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/assignAgents")
    @Consumes(MediaType.APPLICATION_JSON)
    List<Agent> assignToGate(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, List<AgentGateAccess> access);

    /** {@code unassignAgentFromGate}: removes one agent from a queue; the number the server answers. */
    @DELETE
    @Path("/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/unassignAgent/{agentId}")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    int unassignFromGate(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, @PathParam("agentId") int agentId);
}
