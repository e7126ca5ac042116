package io.quarkiverse.engagevoice.client.api.queues;

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

import io.quarkiverse.engagevoice.client.model.queues.GateQueueDtmfEvent;

/**
 * The DTMF events of a queue event ({@link GateQueueEventsApi}): what happens when a waiting caller presses a key
 * during that step. {@code accountId} may be {@code ~}: the account the client works on.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface GateQueueDtmfEventsApi {

    /** The path of a queue event's DTMF events, under {@code /v1/admin/accounts}. */
    String DTMF_EVENTS = "/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/gateQueueEvents/{eventId}"
            + "/gateQueueDtmfEvents";

    /** {@code getGateQueueDtmfEventList}. */
    @GET
    @Path("/v1/admin/accounts" + DTMF_EVENTS)
    List<GateQueueDtmfEvent> list(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, @PathParam("eventId") int eventId);

    /** {@code getGateQueueDtmfEvent}. */
    @GET
    @Path("/v1/admin/accounts" + DTMF_EVENTS + "/{dtmfEventId}")
    GateQueueDtmfEvent get(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, @PathParam("eventId") int eventId,
            @PathParam("dtmfEventId") int dtmfEventId);

    /** {@code createGateQueueDtmfEvent}: the answer holds the new {@code dtmfEventId}. */
    @POST
    @Path("/v1/admin/accounts" + DTMF_EVENTS)
    @Consumes(MediaType.APPLICATION_JSON)
    GateQueueDtmfEvent create(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, @PathParam("eventId") int eventId, GateQueueDtmfEvent dtmfEvent);

    /**
     * {@code saveGateQueueDtmfEventList}: saves the whole list in one request (new ones without
     * {@code dtmfEventId}); the answer is the list as saved.
     */
    @PUT
    @Path("/v1/admin/accounts" + DTMF_EVENTS)
    @Consumes(MediaType.APPLICATION_JSON)
    List<GateQueueDtmfEvent> saveAll(@PathParam("accountId") String accountId,
            @PathParam("gateGroupId") int gateGroupId, @PathParam("gateId") int gateId,
            @PathParam("eventId") int eventId, List<GateQueueDtmfEvent> dtmfEvents);

    /** {@code updateGateQueueDtmfEvent}: only the non-null properties of {@code changes} are sent and changed. */
    @PUT
    @Path("/v1/admin/accounts" + DTMF_EVENTS + "/{dtmfEventId}")
    @Consumes(MediaType.APPLICATION_JSON)
    GateQueueDtmfEvent update(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, @PathParam("eventId") int eventId,
            @PathParam("dtmfEventId") int dtmfEventId, GateQueueDtmfEvent changes);

    /** {@code deleteGateQueueDtmfEvent}: the server answers without a body. */
    @DELETE
    @Path("/v1/admin/accounts" + DTMF_EVENTS + "/{dtmfEventId}")
    void delete(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, @PathParam("eventId") int eventId,
            @PathParam("dtmfEventId") int dtmfEventId);
}
