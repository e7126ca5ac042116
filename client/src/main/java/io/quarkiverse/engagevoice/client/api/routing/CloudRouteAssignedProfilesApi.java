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
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.routing.CloudRouteAssignedDestination;

/**
 * The cloud route profiles a destination is assigned to: the assignments of
 * {@link CloudRouteAssignedDestinationsApi}, seen from the destination. {@code accountId} may be {@code ~}: the
 * account the client works on.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface CloudRouteAssignedProfilesApi {

    /** The path of the assigned profiles of a destination, below the interface's root. */
    String ASSIGNED = CloudRouteDestinationsApi.DESTINATIONS + "/{cloudRouteDestinationId}/assignedProfiles";

    /** {@code getListByDestination}. */
    @GET
    @Path("/v1/admin/accounts" + ASSIGNED)
    List<CloudRouteAssignedDestination> list(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteDestinationId") int cloudRouteDestinationId);

    /**
     * {@code
     * getCloudRouteDestinationGroupsCloudRouteGroupIdCloudRouteDestinationsCloudRouteDestinationIdAssignedProfilesCloudAssignedDestinationId}.
     */
    @GET
    @Path("/v1/admin/accounts" + ASSIGNED + "/{cloudAssignedDestinationId}")
    CloudRouteAssignedDestination get(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteDestinationId") int cloudRouteDestinationId,
            @PathParam("cloudAssignedDestinationId") int cloudAssignedDestinationId);

    /**
     * {@code createCloudAssignedDestination}: assigns the destination to a profile (see
     * {@link CloudRouteAssignedDestination#of}); the answer holds the new {@code assignedDestinationId}.
     */
    @POST
    @Path("/v1/admin/accounts" + ASSIGNED)
    @Consumes(MediaType.APPLICATION_JSON)
    CloudRouteAssignedDestination create(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteDestinationId") int cloudRouteDestinationId,
            CloudRouteAssignedDestination assignment);

    /** {@code updateCloudAssignedDestination}: only the non-null properties of {@code changes} are sent and changed. */
    @PUT
    @Path("/v1/admin/accounts" + ASSIGNED + "/{cloudAssignedDestinationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    CloudRouteAssignedDestination update(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteDestinationId") int cloudRouteDestinationId,
            @PathParam("cloudAssignedDestinationId") int cloudAssignedDestinationId,
            CloudRouteAssignedDestination changes);

    /** {@code deleteCloudAssignedDestination}: removes the destination from the profile; whether the server did. */
    @DELETE
    @Path("/v1/admin/accounts" + ASSIGNED + "/{cloudAssignedDestinationId}")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    boolean delete(@PathParam("accountId") String accountId, @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteDestinationId") int cloudRouteDestinationId,
            @PathParam("cloudAssignedDestinationId") int cloudAssignedDestinationId);
}
