package io.quarkiverse.engagevoice.client.api.reporting;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.reporting.HoldState;

/**
 * The active-call actions that the RingCX developer guide documents (its active-call management page) but no
 * official OpenAPI file lists: keeping a call alive, hold, requeue and hanging up a session by its id. Each answers
 * whether the server did it. {@code accountId} may be {@code ~}: the account the client works on. A call is named by
 * its {@code uii}, and is only addressable while it is active. Documented limit: 120 requests per minute; excess is
 * answered {@code 429}.
 */
@Produces({ MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON })
public interface ActiveCallActionsApi {

    /**
     * {@code pingCall} (documented, in no OpenAPI file): keeps the call from being archived (read-only) while work on
     * it is pending.
     */
    @POST
    @Path("/v1/admin/accounts/{accountId}/activeCalls/{uii}/pingCall")
    boolean pingCall(@PathParam("accountId") String accountId, @PathParam("uii") String uii);

    /** {@code toggleCallHold} (documented, in no OpenAPI file): puts the call on hold or takes it off. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/activeCalls/{uii}/toggleCallHold")
    boolean toggleCallHold(@PathParam("accountId") String accountId, @PathParam("uii") String uii,
            @QueryParam("state") HoldState state);

    /** {@code toggleCallHold} with {@code true} for on hold. */
    default boolean toggleCallHold(String accountId, String uii, boolean onHold) {
        return toggleCallHold(accountId, uii, HoldState.of(onHold));
    }

    /** {@code requeueCall} (documented, in no OpenAPI file): sends the call back into the queue {@code gateId}. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/activeCalls/{uii}/requeueCall")
    boolean requeueCall(@PathParam("accountId") String accountId, @PathParam("uii") String uii,
            @QueryParam("gateId") int gateId);

    /**
     * {@code hangupSessionById} (documented, in no OpenAPI file): ends one session of the call, named by its
     * {@code sessionId}, leaving the others ({@code hangupSession} names it by phone instead).
     */
    @POST
    @Path("/v1/admin/accounts/{accountId}/activeCalls/{uii}/hangupSessionById")
    boolean hangupSessionById(@PathParam("accountId") String accountId, @PathParam("uii") String uii,
            @QueryParam("sessionId") String sessionId);
}
