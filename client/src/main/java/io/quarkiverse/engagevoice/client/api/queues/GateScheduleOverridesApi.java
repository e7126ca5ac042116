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

import io.quarkiverse.engagevoice.client.model.queues.GateScheduleOverride;

/**
 * The schedule overrides of a queue (gate): opening hours for given dates in place of its weekly schedule.
 * {@code accountId} may be {@code ~}: the account the client works on.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface GateScheduleOverridesApi {

    /** {@code getOverridesForGate}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/scheduleOverrides")
    List<GateScheduleOverride> list(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId);

    /** {@code createGateScheduledOverride}: the answer holds the new {@code scheduleOverrideId}. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/scheduleOverrides")
    @Consumes(MediaType.APPLICATION_JSON)
    GateScheduleOverride create(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, GateScheduleOverride gateScheduleOverride);

    /**
     * {@code saveList}: saves the whole list in one request (new ones without {@code scheduleOverrideId}); the
     * answer is the list as saved.
     */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/scheduleOverrides")
    @Consumes(MediaType.APPLICATION_JSON)
    List<GateScheduleOverride> saveAll(@PathParam("accountId") String accountId,
            @PathParam("gateGroupId") int gateGroupId, @PathParam("gateId") int gateId,
            List<GateScheduleOverride> gateScheduleOverrides);

    /** {@code updateGateScheduledOverride}: only the non-null properties of {@code changes} are sent and changed. */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/scheduleOverrides/{scheduleOverrideId}")
    @Consumes(MediaType.APPLICATION_JSON)
    GateScheduleOverride update(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, @PathParam("scheduleOverrideId") int scheduleOverrideId,
            GateScheduleOverride changes);

    /** {@code deleteGateScheduledOverride}: the server answers without a body. */
    @DELETE
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/scheduleOverrides/{scheduleOverrideId}")
    void delete(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, @PathParam("scheduleOverrideId") int scheduleOverrideId);
}
