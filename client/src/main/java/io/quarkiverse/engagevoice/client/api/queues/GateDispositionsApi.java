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

import io.quarkiverse.engagevoice.client.model.queues.GateDisposition;

/**
 * The dispositions of a queue (gate): the outcomes agents record for its calls. {@code accountId} may be {@code ~}:
 * the account the client works on.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface GateDispositionsApi {

    /** {@code getGateDispositionList}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/dispositions")
    List<GateDisposition> list(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId);

    /** {@code getGateDisposition}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/dispositions/{gateDispositionId}")
    GateDisposition get(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, @PathParam("gateDispositionId") int gateDispositionId);

    /** {@code createGateDisposition}: the answer holds the new {@code gateDispositionId}. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/dispositions")
    @Consumes(MediaType.APPLICATION_JSON)
    GateDisposition create(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, GateDisposition gateDisposition);

    /**
     * {@code saveGateDispositionList}: saves the whole list in one request (new ones without {@code
     * gateDispositionId}); the answer is the list as saved.
     */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/dispositions")
    @Consumes(MediaType.APPLICATION_JSON)
    List<GateDisposition> saveAll(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, List<GateDisposition> gateDispositions);

    /** {@code updateGateDisposition}: only the non-null properties of {@code changes} are sent and changed. */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/dispositions/{gateDispositionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    GateDisposition update(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, @PathParam("gateDispositionId") int gateDispositionId,
            GateDisposition changes);

    /** {@code deleteGateDisposition}: whether the server deleted it. */
    @DELETE
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/dispositions/{gateDispositionId}")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    boolean delete(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, @PathParam("gateDispositionId") int gateDispositionId);
}
