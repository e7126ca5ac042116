package io.quarkiverse.engagevoice.client.api.reporting;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.reporting.RealTimeAgentStats;
import io.quarkiverse.engagevoice.client.model.reporting.RealTimeChatStats;
import io.quarkiverse.engagevoice.client.model.reporting.RealTimeInboundStats;
import io.quarkiverse.engagevoice.client.model.reporting.RealTimeIvrStats;
import io.quarkiverse.engagevoice.client.model.reporting.RealTimeOutboundStats;

/**
 * Live snapshots of a sub-account for wallboards and supervisor views, as the RingCX developer guide documents them
 * (its real-time supervisor and campaign pages); no official OpenAPI file lists these operations. Each answers one
 * record per agent session, queue, campaign or IVR; compare their {@code lastUpdate} to skip unchanged ones.
 * {@code accountId} (the guide's {@code subaccountId}) may be {@code ~}: the account the client works on.
 * Documented limit: 120 requests per minute across the real-time operations; the guide suggests polling every 10 to
 * 30 seconds.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface RealTimeDataApi {

    /** {@code realTimeData/agent} (documented, in no OpenAPI file): every logged-in agent session. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/realTimeData/agent")
    List<RealTimeAgentStats> agents(@PathParam("accountId") String accountId);

    /** {@code realTimeData/inbound} (documented, in no OpenAPI file): every inbound queue. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/realTimeData/inbound")
    List<RealTimeInboundStats> inbound(@PathParam("accountId") String accountId);

    /** {@code realTimeData/outbound} (documented, in no OpenAPI file): every outbound campaign. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/realTimeData/outbound")
    List<RealTimeOutboundStats> outbound(@PathParam("accountId") String accountId);

    /** {@code realTimeData/ivr} (documented, in no OpenAPI file): every visual IVR application. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/realTimeData/ivr")
    List<RealTimeIvrStats> ivr(@PathParam("accountId") String accountId);

    /** {@code realTimeData/chat} (documented, in no OpenAPI file): every chat queue. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/realTimeData/chat")
    List<RealTimeChatStats> chat(@PathParam("accountId") String accountId);
}
