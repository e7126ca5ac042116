package io.quarkiverse.engagevoice.client.api;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.Gate;

/** Queues (the API's gates) of a queue group. {@code accountId} may be {@code ~}: the account the client works on. */
@Produces(MediaType.APPLICATION_JSON)
public interface GatesApi {

    /**
     * {@code getGateList}.
     *
     * @param page zero-based page, {@code null} for the server's default
     * @param maxRows page size, {@code null} for the server's default
     */
    @GET
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates")
    List<Gate> list(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @QueryParam("page") Integer page, @QueryParam("maxRows") Integer maxRows);

    /** {@code getGateList}, first page with the server's default size. */
    default List<Gate> list(String accountId, int gateGroupId) {
        return list(accountId, gateGroupId, null, null);
    }

    /** {@code getGate}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}")
    Gate get(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId);

    /** {@code createGate}: the answer holds the new {@code gateId}. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates")
    @Consumes(MediaType.APPLICATION_JSON)
    Gate create(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId, Gate gate);

    /** {@code updateGate}: only the non-null properties of {@code changes} are sent and changed. */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}")
    @Consumes(MediaType.APPLICATION_JSON)
    Gate update(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, Gate changes);

    /** {@code deleteGate}: whether the server deleted it. */
    @DELETE
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    boolean delete(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId);
}
