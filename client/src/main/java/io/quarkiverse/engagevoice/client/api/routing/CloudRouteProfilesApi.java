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
import io.quarkiverse.engagevoice.client.model.routing.CloudRouteProfile;

/**
 * The cloud route profiles of a profile group. {@code accountId} may be {@code ~}: the account the client works on.
 * The API has no delete for profiles: turn one off with {@link #setActive}. What hangs below a profile is
 * {@link CloudRouteAssignedDestinationsApi}, {@link CloudRouteDtmfEventsApi} and
 * {@link CloudRouteStickyDestinationsApi}.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface CloudRouteProfilesApi {

    /** The path of the profiles of a group, below the interface's root. */
    String PROFILES = "/{accountId}/cloudRouteProfileGroups/{cloudRouteGroupId}/cloudRouteProfiles";

    /** {@code getCloudRouteProfileList}. */
    @GET
    @Path("/v1/admin/accounts" + PROFILES)
    List<CloudRouteProfile> list(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId);

    /** {@code getCloudRouteProfile}. */
    @GET
    @Path("/v1/admin/accounts" + PROFILES + "/{cloudRouteProfileId}")
    CloudRouteProfile get(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteProfileId") int cloudRouteProfileId);

    /**
     * {@code createCloudRouteProfile}: the answer holds the new {@code cloudProfileId} (see
     * {@link CloudRouteProfile#named}).
     */
    @POST
    @Path("/v1/admin/accounts" + PROFILES)
    @Consumes(MediaType.APPLICATION_JSON)
    CloudRouteProfile create(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId, CloudRouteProfile profile);

    /** {@code updateCloudRouteProfile}: only the non-null properties of {@code changes} are sent and changed. */
    @PUT
    @Path("/v1/admin/accounts" + PROFILES + "/{cloudRouteProfileId}")
    @Consumes(MediaType.APPLICATION_JSON)
    CloudRouteProfile update(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteProfileId") int cloudRouteProfileId, CloudRouteProfile changes);

    /**
     * {@code cloneCloudRouteProfile}: copies the profile, with its settings, into the same group under the name
     * {@code newCloudRouteProfileName}; the answer is the copy, with its new {@code cloudProfileId}.
     */
    @POST
    @Path("/v1/admin/accounts" + PROFILES + "/{cloudRouteProfileId}/clone")
    CloudRouteProfile cloneAs(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteProfileId") int cloudRouteProfileId,
            @QueryParam("newCloudRouteProfileName") String newCloudRouteProfileName);

    /** {@code setCloudRouteProfileIsActive}: turns the profile on or off; whether the server did. */
    @PUT
    @Path("/v1/admin/accounts" + PROFILES + "/{cloudRouteProfileId}/setIsActive")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    boolean setActive(@PathParam("accountId") String accountId, @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteProfileId") int cloudRouteProfileId, ActiveState state);

    /** {@code setCloudRouteProfileIsActive} with {@code {"isActive": active}}. */
    default boolean setActive(String accountId, int cloudRouteGroupId, int cloudRouteProfileId, boolean active) {
        return setActive(accountId, cloudRouteGroupId, cloudRouteProfileId, ActiveState.of(active));
    }
}
