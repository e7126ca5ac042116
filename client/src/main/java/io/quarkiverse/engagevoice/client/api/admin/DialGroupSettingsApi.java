package io.quarkiverse.engagevoice.client.api.admin;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.api.DialGroupsApi;
import io.quarkiverse.engagevoice.client.model.Agent;
import io.quarkiverse.engagevoice.client.model.AgentDialGroupMember;
import io.quarkiverse.engagevoice.client.model.admin.DialGroupWithCampaigns;

/**
 * The dial group operations {@link DialGroupsApi} lacks: the listing with campaigns and the agents assigned to a dial
 * group. {@code accountId} may be {@code ~}.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface DialGroupSettingsApi {

    /**
     * {@code getDialGroupListWithChildren}: the dial groups with their campaigns. The OpenAPI file types
     * {@code includePermissions} as a string with default {@code false}; it is a boolean flag and sent as one.
     *
     * @param includePermissions whether each group carries the caller's {@code permissions}, {@code null} for the
     *        server's default {@code false} (not sent)
     * @param page zero-based page, {@code null} for the server's default
     * @param maxRows page size, {@code null} for the server's default
     */
    @GET
    @Path("/v1/admin/accounts/{accountId}/dialGroups/withChildren")
    List<DialGroupWithCampaigns> listWithCampaigns(@PathParam("accountId") String accountId,
            @QueryParam("includePermissions") Boolean includePermissions, @QueryParam("page") Integer page,
            @QueryParam("maxRows") Integer maxRows);

    /** {@code getDialGroupListWithChildren}, first page with the server's defaults. */
    default List<DialGroupWithCampaigns> listWithCampaigns(String accountId) {
        return listWithCampaigns(accountId, null, null, null);
    }

    /**
     * {@code getAgentsFromDialGroup}.
     *
     * @param page zero-based page, {@code null} for the server's default
     * @param maxRows page size, {@code null} for the server's default
     */
    @GET
    @Path("/v1/admin/accounts/{accountId}/dialGroups/{dialGroupId}/assignedAgents")
    List<Agent> listAssignedAgents(@PathParam("accountId") String accountId, @PathParam("dialGroupId") int dialGroupId,
            @QueryParam("page") Integer page, @QueryParam("maxRows") Integer maxRows);

    /** {@code getAgentsFromDialGroup}, first page with the server's default size. */
    default List<Agent> listAssignedAgents(String accountId, int dialGroupId) {
        return listAssignedAgents(accountId, dialGroupId, null, null);
    }

    /** {@code assignAgentsToDialGroups}: assigns the agents of {@code members}; the agents the server answers. */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/dialGroups/{dialGroupId}/assignAgents")
    @Consumes(MediaType.APPLICATION_JSON)
    List<Agent> assignAgents(@PathParam("accountId") String accountId, @PathParam("dialGroupId") int dialGroupId,
            List<AgentDialGroupMember> members);
}
