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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.queues.PhoneBookEntry;

/**
 * The phone book of a queue (gate): named destinations its agents may transfer calls to. {@code accountId} may be
 * {@code ~}: the account the client works on.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface GatePhoneBookApi {

    /**
     * {@code getGatePhoneBookEntries}.
     *
     * @param page zero-based page, {@code null} for the server's default
     * @param maxRows page size, {@code null} for the server's default
     */
    @GET
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/phoneBookEntries")
    List<PhoneBookEntry> list(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, @QueryParam("page") Integer page, @QueryParam("maxRows") Integer maxRows);

    /** {@code getGatePhoneBookEntries}, first page with the server's default size. */
    default List<PhoneBookEntry> list(String accountId, int gateGroupId, int gateId) {
        return list(accountId, gateGroupId, gateId, null, null);
    }

    /** {@code create}: the answer holds the new {@code entryId}. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/phoneBookEntries")
    @Consumes(MediaType.APPLICATION_JSON)
    PhoneBookEntry create(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, PhoneBookEntry phoneBookEntry);

    /**
     * {@code updateGatePhoneBookEntries}: saves the whole list in one request (new ones without {@code
     * entryId}); the answer is the list as saved.
     */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/phoneBookEntries")
    @Consumes(MediaType.APPLICATION_JSON)
    List<PhoneBookEntry> saveAll(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, List<PhoneBookEntry> phoneBookEntrys);

    /** {@code updatePhoneBookEntry}: only the non-null properties of {@code changes} are sent and changed. */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/phoneBookEntries/{entryId}")
    @Consumes(MediaType.APPLICATION_JSON)
    PhoneBookEntry update(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, @PathParam("entryId") int entryId, PhoneBookEntry changes);

    /** {@code delete}: the server answers without a body. */
    @DELETE
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/phoneBookEntries/{entryId}")
    void delete(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, @PathParam("entryId") int entryId);
}
