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

import io.quarkiverse.engagevoice.client.model.Campaign;

/** Campaigns of a dial group. {@code accountId} may be {@code ~}. */
@Produces(MediaType.APPLICATION_JSON)
public interface CampaignsApi {

    /** {@code getCampaignList}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/dialGroups/{dialGroupId}/campaigns")
    List<Campaign> list(@PathParam("accountId") String accountId, @PathParam("dialGroupId") int dialGroupId,
            @QueryParam("page") Integer page, @QueryParam("maxRows") Integer maxRows);

    /** {@code getCampaignList}, first page with the server's default size. */
    default List<Campaign> list(String accountId, int dialGroupId) {
        return list(accountId, dialGroupId, null, null);
    }

    /** {@code getCampaign}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/dialGroups/{dialGroupId}/campaigns/{campaignId}")
    Campaign get(@PathParam("accountId") String accountId, @PathParam("dialGroupId") int dialGroupId,
            @PathParam("campaignId") int campaignId);

    /** {@code createCampaign}: the answer holds the new {@code campaignId}. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/dialGroups/{dialGroupId}/campaigns")
    @Consumes(MediaType.APPLICATION_JSON)
    Campaign create(@PathParam("accountId") String accountId, @PathParam("dialGroupId") int dialGroupId,
            Campaign campaign);

    /** {@code updateCampaign}: only the non-null properties of {@code changes} are sent and changed. */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/dialGroups/{dialGroupId}/campaigns/{campaignId}")
    @Consumes(MediaType.APPLICATION_JSON)
    Campaign update(@PathParam("accountId") String accountId, @PathParam("dialGroupId") int dialGroupId,
            @PathParam("campaignId") int campaignId, Campaign changes);

    /** {@code deleteCampaign}: whether the server deleted it, with its leads. */
    @DELETE
    @Path("/v1/admin/accounts/{accountId}/dialGroups/{dialGroupId}/campaigns/{campaignId}")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    boolean delete(@PathParam("accountId") String accountId, @PathParam("dialGroupId") int dialGroupId,
            @PathParam("campaignId") int campaignId);
}
