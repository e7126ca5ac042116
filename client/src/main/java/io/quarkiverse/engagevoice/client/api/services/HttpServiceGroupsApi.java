package io.quarkiverse.engagevoice.client.api.services;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.services.HttpServiceGroup;

/**
 * Groups of remote HTTP services of an account (tag 'Remote HTTP Service Groups'). {@code accountId} may be
 * {@code ~}: the account the client works on. The API has no operation that deletes a group.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface HttpServiceGroupsApi {

    /**
     * {@code getHttpServiceGroupList}.
     *
     * @param page zero-based page, {@code null} for the server's default
     * @param maxRows page size, {@code null} for the server's default
     */
    @GET
    @Path("/v1/admin/accounts/{accountId}/httpServiceGroups")
    List<HttpServiceGroup> list(@PathParam("accountId") String accountId, @QueryParam("page") Integer page,
            @QueryParam("maxRows") Integer maxRows);

    /** {@code getHttpServiceGroupList}, first page with the server's default size. */
    default List<HttpServiceGroup> list(String accountId) {
        return list(accountId, null, null);
    }

    /**
     * {@code getHttpServiceGroupListWithChildren}: every group with its services.
     *
     * @param includePermissions whether to fill in the caller's permissions, {@code null} for the server's default
     *        ({@code false})
     */
    @GET
    @Path("/v1/admin/accounts/{accountId}/httpServiceGroups/withChildren")
    List<HttpServiceGroup> listWithChildren(@PathParam("accountId") String accountId,
            @QueryParam("includePermissions") Boolean includePermissions);

    /** {@code getHttpServiceGroupListWithChildren} without permissions. */
    default List<HttpServiceGroup> listWithChildren(String accountId) {
        return listWithChildren(accountId, null);
    }

    /** {@code getHttpServiceGroup}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/httpServiceGroups/{serviceGroupId}")
    HttpServiceGroup get(@PathParam("accountId") String accountId, @PathParam("serviceGroupId") int serviceGroupId);

    /** {@code createHttpServiceGroup}: the answer holds the new {@code serviceGroupId}. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/httpServiceGroups")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpServiceGroup create(@PathParam("accountId") String accountId, HttpServiceGroup group);

    /** {@code updateHttpServiceGroup}: only the non-null properties of {@code changes} are sent. */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/httpServiceGroups/{serviceGroupId}")
    @Consumes(MediaType.APPLICATION_JSON)
    HttpServiceGroup update(@PathParam("accountId") String accountId, @PathParam("serviceGroupId") int serviceGroupId,
            HttpServiceGroup changes);
}
