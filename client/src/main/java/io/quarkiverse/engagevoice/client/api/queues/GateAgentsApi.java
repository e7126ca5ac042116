package io.quarkiverse.engagevoice.client.api.queues;

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

import io.quarkiverse.engagevoice.client.model.Agent;
import io.quarkiverse.engagevoice.client.model.AgentGateAccess;
import io.quarkiverse.engagevoice.client.model.queues.GateLoggedInAgent;

/**
 * Which agents may take the calls of a queue (gate), and which are logged in to it: the queue side of the tags
 * "Agents" and "Agent Access". {@code accountId} may be {@code ~}: the account the client works on.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface GateAgentsApi {

    /** {@code assignAgentsToGate}: gives the listed agents access to the queue; the answer is the agents assigned. */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/assignAgents")
    @Consumes(MediaType.APPLICATION_JSON)
    List<Agent> assign(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, List<AgentGateAccess> access);

    /**
     * {@code getAssignedAgentsForGate}.
     *
     * @param page zero-based page, {@code null} for the server's default
     * @param maxRows page size, {@code null} for the server's default
     */
    @GET
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/assignedAgents")
    List<Agent> listAssigned(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, @QueryParam("page") Integer page, @QueryParam("maxRows") Integer maxRows);

    /** {@code getAssignedAgentsForGate}, first page with the server's default size. */
    default List<Agent> listAssigned(String accountId, int gateGroupId, int gateId) {
        return listAssigned(accountId, gateGroupId, gateId, null, null);
    }

    /** {@code unassignAgentFromGate}: takes the agent's access to the queue away; the number of assignments removed. */
    @DELETE
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/unassignAgent/{agentId}")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    int unassign(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, @PathParam("agentId") int agentId);

    /** {@code getGatesAgentsLoggedInto}: the agents logged in to the queue now. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/gateAgentAccessLogin")
    List<GateLoggedInAgent> listLoggedIn(@PathParam("accountId") String accountId,
            @PathParam("gateGroupId") int gateGroupId, @PathParam("gateId") int gateId);

    /** {@code getLoggedInAgentsByAgentGroupPerQueue}: how many agents of the agent group are logged in to the queue. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/agentGroups/{agentGroupId}/gateGroups/{gateGroupId}/gates/{gateId}")
    @Produces(MediaType.TEXT_PLAIN)
    int countLoggedIn(@PathParam("accountId") String accountId, @PathParam("agentGroupId") int agentGroupId,
            @PathParam("gateGroupId") int gateGroupId, @PathParam("gateId") int gateId);
}
