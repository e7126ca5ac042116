package io.quarkiverse.engagevoice.client.api.routing;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.routing.CloudRouteGroupSkinny;

/**
 * The light ({@code /v2-skinny/}) lists of cloud route groups: ids and names only, fit for pickers. {@code accountId}
 * may be {@code ~}: the account the client works on. The full groups are {@link CloudRouteDestinationGroupsApi} and
 * {@link CloudRouteProfileGroupsApi}.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface CloudRouteSkinnyGroupsApi {

    /** {@code getSkinnyCloudRouteDestinationGroups}: the destination groups, without their destinations. */
    @GET
    @Path("/v2-skinny/admin/accounts/{accountId}/cloudRouteDestinationGroups")
    List<CloudRouteGroupSkinny> destinationGroups(@PathParam("accountId") String accountId);

    /** {@code getListWithProfileChildren3}: the destination groups with their destinations. */
    @GET
    @Path("/v2-skinny/admin/accounts/{accountId}/cloudRouteDestinationGroups/withChildren")
    List<CloudRouteGroupSkinny> destinationGroupsWithChildren(@PathParam("accountId") String accountId);

    /** {@code getSkinnyCloudRouteProfileGroups}: the profile groups, without their profiles. */
    @GET
    @Path("/v2-skinny/admin/accounts/{accountId}/cloudRouteProfileGroups")
    List<CloudRouteGroupSkinny> profileGroups(@PathParam("accountId") String accountId);

    /** {@code getListWithProfileChildren4}: the profile groups with their profiles. */
    @GET
    @Path("/v2-skinny/admin/accounts/{accountId}/cloudRouteProfileGroups/withChildren")
    List<CloudRouteGroupSkinny> profileGroupsWithChildren(@PathParam("accountId") String accountId);
}
