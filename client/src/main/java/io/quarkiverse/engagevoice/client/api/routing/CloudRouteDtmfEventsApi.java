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

import io.quarkiverse.engagevoice.client.model.routing.CloudRouteDtmfEvent;

/**
 * What a cloud route profile does when the caller presses a key. {@code accountId} may be {@code ~}: the account the
 * client works on.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface CloudRouteDtmfEventsApi {

    /** The path of the DTMF events of a profile, below the interface's root. */
    String EVENTS = CloudRouteProfilesApi.PROFILES + "/{cloudRouteProfileId}/dtmfEvents";

    /** {@code getCloudRouteDtmfEventList}. */
    @GET
    @Path("/v1/admin/accounts" + EVENTS)
    List<CloudRouteDtmfEvent> list(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteProfileId") int cloudRouteProfileId);

    /** {@code getCloudRouteDtmfEvent}. */
    @GET
    @Path("/v1/admin/accounts" + EVENTS + "/{dtmfEventId}")
    CloudRouteDtmfEvent get(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteProfileId") int cloudRouteProfileId, @PathParam("dtmfEventId") int dtmfEventId);

    /** {@code createCloudRouteDtmfEvent}: the answer holds the new {@code cloudRouteDtmfId}. */
    @POST
    @Path("/v1/admin/accounts" + EVENTS)
    @Consumes(MediaType.APPLICATION_JSON)
    CloudRouteDtmfEvent create(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteProfileId") int cloudRouteProfileId, CloudRouteDtmfEvent event);

    /** {@code updateCloudRouteDtmfEvent}: only the non-null properties of {@code changes} are sent and changed. */
    @PUT
    @Path("/v1/admin/accounts" + EVENTS + "/{dtmfEventId}")
    @Consumes(MediaType.APPLICATION_JSON)
    CloudRouteDtmfEvent update(@PathParam("accountId") String accountId,
            @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteProfileId") int cloudRouteProfileId, @PathParam("dtmfEventId") int dtmfEventId,
            CloudRouteDtmfEvent changes);

    /** {@code deleteCloudRouteDtmfEvent}: whether the server deleted it. */
    @DELETE
    @Path("/v1/admin/accounts" + EVENTS + "/{dtmfEventId}")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    boolean delete(@PathParam("accountId") String accountId, @PathParam("cloudRouteGroupId") int cloudRouteGroupId,
            @PathParam("cloudRouteProfileId") int cloudRouteProfileId, @PathParam("dtmfEventId") int dtmfEventId);
}
