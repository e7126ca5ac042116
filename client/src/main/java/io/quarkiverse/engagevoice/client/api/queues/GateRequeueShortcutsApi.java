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

import io.quarkiverse.engagevoice.client.model.RequeueShortcut;

/**
 * The requeue shortcuts of a queue (gate): the queues and skills its agents may send a call back to in one step.
 * {@code accountId} may be {@code ~}: the account the client works on.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface GateRequeueShortcutsApi {

    /** {@code getGateRequeueShortcutList}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/requeueShortcuts")
    List<RequeueShortcut> list(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId);

    /** {@code getGateRequeueShortcut}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/requeueShortcuts/{requeueShortcutId}")
    RequeueShortcut get(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, @PathParam("requeueShortcutId") int requeueShortcutId);

    /** {@code createGateRequeueShortcut}: the answer holds the new {@code requeueShortcutId}. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/requeueShortcuts")
    @Consumes(MediaType.APPLICATION_JSON)
    RequeueShortcut create(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, RequeueShortcut requeueShortcut);

    /**
     * {@code createGateRequeueShortcuts}: saves the whole list in one request (new ones without {@code
     * requeueShortcutId}); the answer is the list as saved.
     */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/requeueShortcuts")
    @Consumes(MediaType.APPLICATION_JSON)
    List<RequeueShortcut> saveAll(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, List<RequeueShortcut> requeueShortcuts);

    /** {@code updateGateRequeueShortcut}: only the non-null properties of {@code changes} are sent and changed. */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/requeueShortcuts/{requeueShortcutId}")
    @Consumes(MediaType.APPLICATION_JSON)
    RequeueShortcut update(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, @PathParam("requeueShortcutId") int requeueShortcutId,
            RequeueShortcut changes);

    /** {@code deleteGateRequeueShortcut}: whether the server deleted it. */
    @DELETE
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/requeueShortcuts/{requeueShortcutId}")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    boolean delete(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, @PathParam("requeueShortcutId") int requeueShortcutId);
}
