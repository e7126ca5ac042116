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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.AgentGroup;

/**
 * Agent groups of an account. {@code accountId} may be {@code ~}: the account the client works on.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface AgentGroupsApi {

    /**
     * {@code getAgentGroupList}.
     *
     * @param page zero-based page, {@code null} for the server's default
     * @param maxRows page size, {@code null} for the server's default
     */
    @GET
    @Path("/v1/admin/accounts/{accountId}/agentGroups")
    List<AgentGroup> list(@PathParam("accountId") String accountId, @QueryParam("page") Integer page,
            @QueryParam("maxRows") Integer maxRows);

    /** {@code getAgentGroupList}, first page with the server's default size. */
    default List<AgentGroup> list(String accountId) {
        return list(accountId, null, null);
    }

    /** {@code getAgentGroup}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/agentGroups/{agentGroupId}")
    AgentGroup get(@PathParam("accountId") String accountId, @PathParam("agentGroupId") int agentGroupId);

    /** {@code createAgentGroup}: the answer holds the new {@code agentGroupId}. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/agentGroups")
    @Consumes(MediaType.APPLICATION_JSON)
    AgentGroup create(@PathParam("accountId") String accountId, AgentGroup group);

    /** {@code updateAgentGroup}: only the non-null properties of {@code changes} are sent and changed. */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/agentGroups/{agentGroupId}")
    @Consumes(MediaType.APPLICATION_JSON)
    AgentGroup update(@PathParam("accountId") String accountId, @PathParam("agentGroupId") int agentGroupId,
            AgentGroup changes);

    /** {@code deleteAgentGroup}: whether the server deleted it. */
    @DELETE
    @Path("/v1/admin/accounts/{accountId}/agentGroups/{agentGroupId}")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    boolean delete(@PathParam("accountId") String accountId, @PathParam("agentGroupId") int agentGroupId);
}
