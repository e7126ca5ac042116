package io.quarkiverse.engagevoice.client.api.routing;

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

import io.quarkiverse.engagevoice.client.model.ActiveState;
import io.quarkiverse.engagevoice.client.model.routing.CloudRouteDestination;

/**
 * The cloud route destinations of a destination group. {@code accountId} may be {@code ~}: the account the client
 * works on. The API has no delete for destinations: turn one off with {@link #setActive}.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface CloudRouteDestinationsApi {

    /** The path of the destinations of a group, below the interface's root. */
    String DESTINATIONS = "/{accountId}/cloudRouteDestinationGroups/{cloudRouteGroupId}/cloudRouteDestinations";

    /** {@code getCloudRouteDestinationList}. */
    @GET
    @Path("/v1/admin/accounts" + DESTINATIONS)
    List<CloudRouteDestination> list(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId);

    /**
     * {@code getListWithChildren}: the destinations with their related data.
     *
     * @param includePermissions whether to fill the {@code permissions} of each; {@code null} for the server's
     *        default ({@code false}): not sent
     */
    @GET
    @Path("/v1/admin/accounts" + DESTINATIONS + "/withChildren")
    List<CloudRouteDestination> listWithChildren(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @QueryParam("includePermissions") Boolean includePermissions);

    /** {@code getCloudRouteDestination}. */
    @GET
    @Path("/v1/admin/accounts" + DESTINATIONS + "/{cloudRouteDestinationId}")
    CloudRouteDestination get(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteDestinationId") int cloudRouteDestinationId);

    /**
     * {@code createCloudRouteDestination}: the answer holds the new {@code cloudDestinationId} (see
     * {@link CloudRouteDestination#of}).
     */
    @POST
    @Path("/v1/admin/accounts" + DESTINATIONS)
    @Consumes(MediaType.APPLICATION_JSON)
    CloudRouteDestination create(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId, CloudRouteDestination destination);

    /** {@code updateCloudRouteDestination}: only the non-null properties of {@code changes} are sent and changed. */
    @PUT
    @Path("/v1/admin/accounts" + DESTINATIONS + "/{cloudRouteDestinationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    CloudRouteDestination update(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteDestinationId") int cloudRouteDestinationId, CloudRouteDestination changes);

    /**
     * {@code cloneCloudRouteDestination}: copies the destination, with its settings, into the same group under the
     * name {@code newDestinationName}; the answer is the copy, with its new {@code cloudDestinationId}.
     */
    @POST
    @Path("/v1/admin/accounts" + DESTINATIONS + "/{cloudRouteDestinationId}/clone")
    CloudRouteDestination cloneAs(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteDestinationId") int cloudRouteDestinationId,
            @QueryParam("newDestinationName") String newDestinationName);

    /** {@code setCloudRouteDestinationIsActive}: turns the destination on or off; whether the server did. */
    @PUT
    @Path("/v1/admin/accounts" + DESTINATIONS + "/{cloudRouteDestinationId}/setIsActive")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    boolean setActive(@PathParam("accountId") String accountId, @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteDestinationId") int cloudRouteDestinationId, ActiveState state);

    /** {@code setCloudRouteDestinationIsActive} with {@code {"isActive": active}}. */
    default boolean setActive(String accountId, int cloudRouteGroupId, int cloudRouteDestinationId, boolean active) {
        return setActive(accountId, cloudRouteGroupId, cloudRouteDestinationId, ActiveState.of(active));
    }
}
