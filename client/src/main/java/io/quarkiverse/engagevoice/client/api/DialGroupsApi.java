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

import io.quarkiverse.engagevoice.client.model.DialGroup;

/** Outbound dial groups of an account. {@code accountId} may be {@code ~}. */
@Produces(MediaType.APPLICATION_JSON)
public interface DialGroupsApi {

    /** {@code getDialGroupListByAccount}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/dialGroups")
    List<DialGroup> list(@PathParam("accountId") String accountId, @QueryParam("page") Integer page,
            @QueryParam("maxRows") Integer maxRows);

    /** {@code getDialGroupListByAccount}, first page with the server's default size. */
    default List<DialGroup> list(String accountId) {
        return list(accountId, null, null);
    }

    /** {@code getDialGroup}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/dialGroups/{dialGroupId}")
    DialGroup get(@PathParam("accountId") String accountId, @PathParam("dialGroupId") int dialGroupId);

    /** {@code createDialGroup}: the answer holds the new {@code dialGroupId}. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/dialGroups")
    @Consumes(MediaType.APPLICATION_JSON)
    DialGroup create(@PathParam("accountId") String accountId, DialGroup group);

    /** {@code updateDialGroup}: only the non-null properties of {@code changes} are sent and changed. */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/dialGroups/{dialGroupId}")
    @Consumes(MediaType.APPLICATION_JSON)
    DialGroup update(@PathParam("accountId") String accountId, @PathParam("dialGroupId") int dialGroupId,
            DialGroup changes);

    /** {@code deleteDialGroup}: whether the server deleted it, with its campaigns. */
    @DELETE
    @Path("/v1/admin/accounts/{accountId}/dialGroups/{dialGroupId}")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    boolean delete(@PathParam("accountId") String accountId, @PathParam("dialGroupId") int dialGroupId);
}
