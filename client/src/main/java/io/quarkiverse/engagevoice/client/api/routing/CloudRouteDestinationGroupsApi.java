package io.quarkiverse.engagevoice.client.api.routing;

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

import io.quarkiverse.engagevoice.client.model.routing.CloudRouteGroup;

/**
 * Cloud route destination groups of an account: the groups that hold cloud route destinations. {@code accountId} may
 * be {@code ~}: the account the client works on. Documented limit: 120 requests per minute. The destinations
 * themselves are {@link CloudRouteDestinationsApi}; the lighter {@code /v2-skinny/} lists are
 * {@link CloudRouteSkinnyGroupsApi}.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface CloudRouteDestinationGroupsApi {

    /** {@code getCloudRouteDestinationGroupList}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/cloudRouteDestinationGroups")
    List<CloudRouteGroup> list(@PathParam("accountId") String accountId);

    /**
     * {@code getListWithProfileChildren}: the groups with their destinations
     * ({@link CloudRouteGroup#getCloudRouteDestinations()}).
     *
     * @param includePermissions whether to fill the {@code permissions} of each; {@code null} for the server's
     *        default ({@code false}): not sent
     */
    @GET
    @Path("/v1/admin/accounts/{accountId}/cloudRouteDestinationGroups/withChildren")
    List<CloudRouteGroup> listWithChildren(@PathParam("accountId") String accountId,
            @QueryParam("includePermissions") Boolean includePermissions);

    /** {@code getListWithProfileChildren} with the server's default (no permissions). */
    default List<CloudRouteGroup> listWithChildren(String accountId) {
        return listWithChildren(accountId, null);
    }

    /** {@code getCloudRouteDestinationGroupsCloudRouteGroupId}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/cloudRouteDestinationGroups/{cloudRouteGroupId}")
    CloudRouteGroup get(@PathParam("accountId") String accountId, @PathParam("cloudRouteGroupId") int cloudRouteGroupId);

    /** {@code createCloudRouteGroup}: the answer holds the new {@code cloudGroupId} (see {@link CloudRouteGroup#named}). */
    @POST
    @Path("/v1/admin/accounts/{accountId}/cloudRouteDestinationGroups")
    @Consumes(MediaType.APPLICATION_JSON)
    CloudRouteGroup create(@PathParam("accountId") String accountId, CloudRouteGroup group);

    /** {@code updateCloudRouteGroup}: only the non-null properties of {@code changes} are sent and changed. */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/cloudRouteDestinationGroups/{cloudRouteGroupId}")
    @Consumes(MediaType.APPLICATION_JSON)
    CloudRouteGroup update(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId, CloudRouteGroup changes);

    /** {@code deleteCloudRouteGroup}: whether the server deleted it. */
    @DELETE
    @Path("/v1/admin/accounts/{accountId}/cloudRouteDestinationGroups/{cloudRouteGroupId}")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    boolean delete(@PathParam("accountId") String accountId, @PathParam("cloudRouteGroupId") int cloudRouteGroupId);
}
