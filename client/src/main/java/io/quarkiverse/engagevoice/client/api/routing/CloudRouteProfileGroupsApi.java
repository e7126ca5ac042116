package io.quarkiverse.engagevoice.client.api.routing;

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

import io.quarkiverse.engagevoice.client.model.routing.CloudRouteGroup;

/**
 * Cloud route profile groups of an account: the groups that hold cloud route profiles. {@code accountId} may be
 * {@code ~}: the account the client works on. The OpenAPI files document no plain list and no create of profile
 * groups: list them with {@link #listWithChildren} or {@link CloudRouteSkinnyGroupsApi#profileGroups}. The profiles
 * themselves are {@link CloudRouteProfilesApi}.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface CloudRouteProfileGroupsApi {

    /**
     * {@code getListWithProfileChildren2}: the groups with their profiles
     * ({@link CloudRouteGroup#getCloudRouteProfiles()}).
     *
     * @param includePermissions whether to fill the {@code permissions} of each; {@code null} for the server's
     *        default ({@code false}): not sent
     */
    @GET
    @Path("/v1/admin/accounts/{accountId}/cloudRouteProfileGroups/withChildren")
    List<CloudRouteGroup> listWithChildren(@PathParam("accountId") String accountId,
            @QueryParam("includePermissions") Boolean includePermissions);

    /** {@code getListWithProfileChildren2} with the server's default (no permissions). */
    default List<CloudRouteGroup> listWithChildren(String accountId) {
        return listWithChildren(accountId, null);
    }

    /** {@code getCloudRouteProfileGroupsCloudRouteGroupId}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/cloudRouteProfileGroups/{cloudRouteGroupId}")
    CloudRouteGroup get(@PathParam("accountId") String accountId, @PathParam("cloudRouteGroupId") int cloudRouteGroupId);

    /** {@code updateCloudRouteGroup2}: only the non-null properties of {@code changes} are sent and changed. */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/cloudRouteProfileGroups/{cloudRouteGroupId}")
    @Consumes(MediaType.APPLICATION_JSON)
    CloudRouteGroup update(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId, CloudRouteGroup changes);

    /** {@code deleteCloudRouteGroup2}: whether the server deleted it. */
    @DELETE
    @Path("/v1/admin/accounts/{accountId}/cloudRouteProfileGroups/{cloudRouteGroupId}")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    boolean delete(@PathParam("accountId") String accountId, @PathParam("cloudRouteGroupId") int cloudRouteGroupId);
}
