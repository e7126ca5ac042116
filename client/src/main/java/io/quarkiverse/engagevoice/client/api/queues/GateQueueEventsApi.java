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

import io.quarkiverse.engagevoice.client.model.queues.GateQueueEvent;

/**
 * The queue events of a queue (gate): what callers hear while they wait, step by step. The keys callers may press
 * during a step are {@link GateQueueDtmfEventsApi}. {@code accountId} may be {@code ~}: the account the client works
 * on.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface GateQueueEventsApi {

    /** {@code getGateQueueEventList}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/gateQueueEvents")
    List<GateQueueEvent> list(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId);

    /** {@code getGateQueueEvent}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/gateQueueEvents/{eventId}")
    GateQueueEvent get(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, @PathParam("eventId") int eventId);

    /** {@code createGateQueueEvent}: the answer holds the new {@code eventId}. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/gateQueueEvents")
    @Consumes(MediaType.APPLICATION_JSON)
    GateQueueEvent create(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, GateQueueEvent gateQueueEvent);

    /**
     * {@code saveGateQueueEventList}: saves the whole list in one request (new ones without {@code eventId});
     * the answer is the list as saved.
     */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/gateQueueEvents")
    @Consumes(MediaType.APPLICATION_JSON)
    List<GateQueueEvent> saveAll(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, List<GateQueueEvent> gateQueueEvents);

    /** {@code updateGateQueueEvent}: only the non-null properties of {@code changes} are sent and changed. */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/gateQueueEvents/{eventId}")
    @Consumes(MediaType.APPLICATION_JSON)
    GateQueueEvent update(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, @PathParam("eventId") int eventId, GateQueueEvent changes);

    /** {@code deleteGateQueueEvent}: the server answers without a body. */
    @DELETE
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/gateQueueEvents/{eventId}")
    void delete(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, @PathParam("eventId") int eventId);
}
