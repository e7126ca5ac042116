package io.quarkiverse.engagevoice.client.api.reporting;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.api.ActiveCallsApi;
import io.quarkiverse.engagevoice.client.model.reporting.CallSessionType;
import io.quarkiverse.engagevoice.client.model.reporting.PrerouteCheckStatus;

/**
 * The active-call operations that {@link ActiveCallsApi} lacks: manual agent calls, supervisor sessions, recording
 * control and pre-route checks. {@code accountId} may be {@code ~}: the account the client works on. A call is named
 * by its {@code uii}. Documented limit: 120 requests per minute for the active-call operations; excess is answered
 * {@code 429}.
 */
@Produces({ MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON })
public interface ActiveCallControlApi {

    /**
     * {@code createManualAgentCall}: rings the agent {@code username}, then connects {@code destination}; whether the
     * server placed the call.
     *
     * @param destination the number to call
     * @param ringDuration how long to ring, in seconds
     * @param callerId the number shown to the called party
     */
    @POST
    @Path("/v1/admin/accounts/{accountId}/activeCalls/createManualAgentCall")
    boolean createManualAgentCall(@PathParam("accountId") String accountId, @QueryParam("username") String username,
            @QueryParam("destination") String destination, @QueryParam("ringDuration") int ringDuration,
            @QueryParam("callerId") String callerId);

    /**
     * {@code addSessionToCall}: adds a supervisor's session on {@code destination} (a phone number or softphone) to
     * the call; whether the server did.
     */
    @POST
    @Path("/v1/admin/accounts/{accountId}/activeCalls/{uii}/addSessionToCall")
    boolean addSession(@PathParam("accountId") String accountId, @PathParam("uii") String uii,
            @QueryParam("destination") String destination, @QueryParam("sessionType") CallSessionType sessionType);

    /** {@code hangupSession}: ends the session of {@code phone} on the call, leaving the others; whether it did. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/activeCalls/{uii}/hangupSession")
    boolean hangupSession(@PathParam("accountId") String accountId, @PathParam("uii") String uii,
            @QueryParam("phone") String phone);

    /** {@code toggleCallRecording}: turns the recording of the call on ({@code true}) or off; whether it did. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/activeCalls/{uii}/toggleCallRecording")
    boolean toggleCallRecording(@PathParam("accountId") String accountId, @PathParam("uii") String uii,
            @QueryParam("record") boolean record);

    /**
     * {@code checkQueueStatus}: whether the queue of {@code destinationNumber} can take a call now. With
     * {@code maxQueueSeconds > 0}: whether its longest queue time is below that (else the reason gives the calls in
     * queue and the longest queue time); with {@code <= 0}: whether an agent of the queue is available.
     *
     * @param destinationNumber a DNIS assigned to the queue
     * @param phoneNumbersI18nEnabled {@code null} for the server's default ({@code false}), not sent
     */
    @GET
    @Path("/v1/admin/accounts/{accountId}/activeCalls/prerouteChecks/checkQueueStatus")
    @Produces(MediaType.APPLICATION_JSON)
    PrerouteCheckStatus checkQueueStatus(@PathParam("accountId") String accountId,
            @QueryParam("destination_number") String destinationNumber, @QueryParam("maxq") int maxQueueSeconds,
            @QueryParam("phoneNumbersI18nEnabled") Boolean phoneNumbersI18nEnabled);

    /** {@code checkQueueStatus} with the server's default number handling. */
    default PrerouteCheckStatus checkQueueStatus(String accountId, String destinationNumber, int maxQueueSeconds) {
        return checkQueueStatus(accountId, destinationNumber, maxQueueSeconds, null);
    }

    /**
     * {@code checkQueueThreshold}: whether fewer than {@code maxCallsQueued} calls wait in the queue of
     * {@code destinationNumber}.
     *
     * @param destinationNumber a DNIS assigned to the queue
     * @param maxCallsQueued {@code null} for the server's default (10), not sent
     * @param phoneNumbersI18nEnabled {@code null} for the server's default ({@code false}), not sent
     */
    @GET
    @Path("/v1/admin/accounts/{accountId}/activeCalls/prerouteChecks/checkQueueThreshold")
    @Produces(MediaType.APPLICATION_JSON)
    PrerouteCheckStatus checkQueueThreshold(@PathParam("accountId") String accountId,
            @QueryParam("destination_number") String destinationNumber,
            @QueryParam("maxCallsQueued") Integer maxCallsQueued,
            @QueryParam("phoneNumbersI18nEnabled") Boolean phoneNumbersI18nEnabled);

    /** {@code checkQueueThreshold} with {@code maxCallsQueued}, and the server's default number handling. */
    default PrerouteCheckStatus checkQueueThreshold(String accountId, String destinationNumber, int maxCallsQueued) {
        return checkQueueThreshold(accountId, destinationNumber, maxCallsQueued, null);
    }
}
