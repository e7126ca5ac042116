package io.quarkiverse.engagevoice.client.api.reporting;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.api.AccessTokenCookie;

/**
 * Call summaries of a call segment, written by the agent or generated. They authenticate with the cookie
 * {@code access_token}, which the client sends itself. Limited to 120 requests per minute.
 */
@Produces({ MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON })
public interface CallSummariesApi {

    /** {@code getAgentSummaryBySegment}: the summary the agent wrote, as the server sends it. */
    @GET
    @Path("/v1/summary/accounts/{subAccountId}/segments/{segmentId}/agent")
    @AccessTokenCookie
    String agentSummary(@PathParam("subAccountId") String subAccountId, @PathParam("segmentId") String segmentId);

    /** {@code getAutoSummaryBySegment}: the generated summary, as the server sends it. */
    @GET
    @Path("/v1/summary/accounts/{subAccountId}/segments/{segmentId}/auto")
    @AccessTokenCookie
    String autoSummary(@PathParam("subAccountId") String subAccountId, @PathParam("segmentId") String segmentId);
}
