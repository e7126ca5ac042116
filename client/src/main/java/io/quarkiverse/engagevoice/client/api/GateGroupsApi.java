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

import io.quarkiverse.engagevoice.client.model.GateGroup;

/**
 * Queue groups (the API's gate groups) of an account. {@code accountId} may be {@code ~}: the account the client
 * works on. The list and create operations are missing from the current OpenAPI file; the older
 * {@code engage-voice-openapi3-all.json} has them.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface GateGroupsApi {

    /**
     * {@code getGateGroupList}.
     *
     * @param page zero-based page, {@code null} for the server's default
     * @param maxRows page size, {@code null} for the server's default
     */
    @GET
    @Path("/v1/admin/accounts/{accountId}/gateGroups")
    List<GateGroup> list(@PathParam("accountId") String accountId, @QueryParam("page") Integer page,
            @QueryParam("maxRows") Integer maxRows);

    /** {@code getGateGroupList}, first page with the server's default size. */
    default List<GateGroup> list(String accountId) {
        return list(accountId, null, null);
    }

    /** {@code getGateGroup}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}")
    GateGroup get(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId);

    /** {@code createGateGroup}: the answer holds the new {@code gateGroupId}. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/gateGroups")
    @Consumes(MediaType.APPLICATION_JSON)
    GateGroup create(@PathParam("accountId") String accountId, GateGroup group);

    /** {@code updateGateGroup}: only the non-null properties of {@code changes} are sent and changed. */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}")
    @Consumes(MediaType.APPLICATION_JSON)
    GateGroup update(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            GateGroup changes);

    /** {@code deleteGateGroup}: whether the server deleted it, with its queues. */
    @DELETE
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    boolean delete(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId);
}
