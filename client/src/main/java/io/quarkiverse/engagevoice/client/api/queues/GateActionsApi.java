package io.quarkiverse.engagevoice.client.api.queues;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.ActiveState;
import io.quarkiverse.engagevoice.client.model.Gate;

/**
 * What can be done to a queue (gate) besides editing it: clone it, move it to another queue group, turn it on or off,
 * rank it in a priority group. {@code accountId} may be {@code ~}: the account the client works on. Reading and
 * editing queues is {@link io.quarkiverse.engagevoice.client.api.GatesApi}.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface GateActionsApi {

    /**
     * {@code cloneGate}: copies the queue, with its settings, into queue group {@code newGateGroupId} (which may be its
     * own) under the name {@code newGateName}; the answer is the copy, with its new {@code gateId}.
     */
    @POST
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/clone")
    Gate cloneTo(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, @QueryParam("newGateGroupId") int newGateGroupId,
            @QueryParam("newGateName") String newGateName);

    /** {@code moveGateToGroup}: moves the queue to queue group {@code newGateGroupId}; whether the server did. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/moveToGroup")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    boolean moveToGroup(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, @QueryParam("newGateGroupId") int newGateGroupId);

    /** {@code setGateIsActive}: turns the queue on or off; whether the server did. */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/setIsActive")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    boolean setActive(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, ActiveState state);

    /** {@code setGateIsActive} with {@code {"isActive": active}}. */
    default boolean setActive(String accountId, int gateGroupId, int gateId, boolean active) {
        return setActive(accountId, gateGroupId, gateId, ActiveState.of(active));
    }

    /**
     * {@code assignGateToPriorityGroup}: puts the queue in priority group {@code priorityGroupId} at rank
     * {@code priorityGroupRank}; the answer is the queue.
     */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/assignGateToPriorityGroup")
    Gate assignToPriorityGroup(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, @QueryParam("priorityGroupId") int priorityGroupId,
            @QueryParam("priorityGroupRank") int priorityGroupRank);
}
