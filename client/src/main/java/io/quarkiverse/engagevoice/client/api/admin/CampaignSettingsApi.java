package io.quarkiverse.engagevoice.client.api.admin;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.api.CampaignsApi;

/** The campaign operations {@link CampaignsApi} lacks. {@code accountId} may be {@code ~}. */
public interface CampaignSettingsApi {

    /**
     * {@code forceDialerRefresh}: clears the dialer's cache of a campaign, so that it reloads the campaign's settings
     * and leads; whether the server did.
     */
    @POST
    @Path("/v1/admin/accounts/{accountId}/dialGroups/{dialGroupId}/campaigns/{campaignId}/clearCache")
    @Produces({ MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON })
    boolean clearCache(@PathParam("accountId") String accountId, @PathParam("dialGroupId") int dialGroupId,
            @PathParam("campaignId") int campaignId);
}
