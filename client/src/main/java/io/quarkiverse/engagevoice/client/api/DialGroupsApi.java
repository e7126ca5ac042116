package io.quarkiverse.engagevoice.client.api;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.DialGroup;

/** Outbound dial groups of an account. {@code accountId} may be {@code ~}. */
@Path("/v1/admin/accounts")
@Produces(MediaType.APPLICATION_JSON)
public interface DialGroupsApi {

    /** {@code getDialGroupListByAccount}. */
    @GET
    @Path("/{accountId}/dialGroups")
    List<DialGroup> list(@PathParam("accountId") String accountId, @QueryParam("page") Integer page,
            @QueryParam("maxRows") Integer maxRows);

    /** {@code getDialGroupListByAccount}, first page with the server's default size. */
    default List<DialGroup> list(String accountId) {
        return list(accountId, null, null);
    }

    /** {@code getDialGroup}. */
    @GET
    @Path("/{accountId}/dialGroups/{dialGroupId}")
    DialGroup get(@PathParam("accountId") String accountId, @PathParam("dialGroupId") int dialGroupId);
}
