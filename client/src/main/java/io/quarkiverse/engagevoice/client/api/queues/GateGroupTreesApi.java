package io.quarkiverse.engagevoice.client.api.queues;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.queues.GateGroupWithChildren;

/**
 * Queue groups (gate groups) listed with their queues and skills, in one request. {@code accountId} may be {@code ~}:
 * the account the client works on. The plain list and the single group are in
 * {@link io.quarkiverse.engagevoice.client.api.GateGroupsApi}.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface GateGroupTreesApi {

    /**
     * {@code getGateGroupListWithChildren}.
     *
     * @param includePermissions whether each group and queue carries the caller's {@code permissions}, {@code null}
     *        for the server's default ({@code false})
     * @param page zero-based page, {@code null} for the server's default
     * @param maxRows page size, {@code null} for the server's default
     */
    @GET
    @Path("/v1/admin/accounts/{accountId}/gateGroups/withChildren")
    List<GateGroupWithChildren> listWithChildren(@PathParam("accountId") String accountId,
            @QueryParam("includePermissions") Boolean includePermissions, @QueryParam("page") Integer page,
            @QueryParam("maxRows") Integer maxRows);

    /** {@code getGateGroupListWithChildren}, first page with the server's defaults. */
    default List<GateGroupWithChildren> listWithChildren(String accountId) {
        return listWithChildren(accountId, null, null, null);
    }

    /**
     * {@code getGateGroupListWithChildrenAdditionalData}: as {@link #listWithChildren}, with more of each queue's
     * settings.
     *
     * @param page zero-based page, {@code null} for the server's default
     * @param maxRows page size, {@code null} for the server's default
     */
    @GET
    @Path("/v1/admin/accounts/{accountId}/gateGroups/withChildren/additionalData")
    List<GateGroupWithChildren> listWithChildrenAndAdditionalData(@PathParam("accountId") String accountId,
            @QueryParam("page") Integer page, @QueryParam("maxRows") Integer maxRows);

    /** {@code getGateGroupListWithChildrenAdditionalData}, first page with the server's default size. */
    default List<GateGroupWithChildren> listWithChildrenAndAdditionalData(String accountId) {
        return listWithChildrenAndAdditionalData(accountId, null, null);
    }
}
