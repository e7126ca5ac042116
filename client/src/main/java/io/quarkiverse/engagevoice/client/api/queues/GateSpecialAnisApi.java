package io.quarkiverse.engagevoice.client.api.queues;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.queues.GateSpecialAni;
import io.quarkiverse.engagevoice.client.model.queues.SpecialAniType;

/**
 * The special caller numbers of a queue (gate): special ANIs ({@link SpecialAniType#SPECIAL_ANI}) and throttled ones
 * ({@link SpecialAniType#THROTTLE}). {@code accountId} may be {@code ~}: the account the client works on.
 */
@Path("/v1/admin/accounts")
@Produces(MediaType.APPLICATION_JSON)
public interface GateSpecialAnisApi {

    /**
     * {@code getGateSpecialAniList}. Every parameter but the path's may be {@code null}: then it is not sent.
     *
     * @param type only numbers of this kind
     * @param filter only numbers containing this text
     * @param page zero-based page, {@code null} for the server's default
     * @param maxRows page size, {@code null} for the server's default
     */
    @GET
    @Path("/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/specialAnis")
    List<GateSpecialAni> list(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, @QueryParam("type") SpecialAniType type,
            @QueryParam("filter") String filter, @QueryParam("page") Integer page,
            @QueryParam("maxRows") Integer maxRows);

    /** {@code getGateSpecialAniList} of one kind, first page with the server's default size. */
    default List<GateSpecialAni> list(String accountId, int gateGroupId, int gateId, SpecialAniType type) {
        return list(accountId, gateGroupId, gateId, type, null, null, null);
    }

    /** {@code createGateSpecialAni}: adds a number (see {@link GateSpecialAni#of}). */
    @POST
    @Path("/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/specialAnis")
    @Consumes(MediaType.APPLICATION_JSON)
    GateSpecialAni create(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, GateSpecialAni specialAni);

    /**
     * {@code deleteSpecialAni}: removes the number {@code ani} of kind {@code type}, or every number of that kind when
     * {@code ani} is {@code null} (not sent); the number of entries removed.
     */
    @DELETE
    @Path("/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/specialAnis")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    int delete(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, @QueryParam("type") SpecialAniType type, @QueryParam("ani") String ani);
}
