package io.quarkiverse.engagevoice.client.api.admin;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.admin.CampaignLeadList;

/**
 * The lead lists of a campaign, as the RingCX developer guide documents them (its lead actions page, to find the
 * {@code LIST_ID} of a move); no official OpenAPI file lists this operation. {@code accountId} may be {@code ~}: the
 * account the client works on.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface CampaignListsApi {

    /** {@code GET campaigns/{campaignId}/lists} (documented, in no OpenAPI file): the campaign's lead lists. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/dialGroups/{dialGroupId}/campaigns/{campaignId}/lists")
    List<CampaignLeadList> list(@PathParam("accountId") String accountId, @PathParam("dialGroupId") int dialGroupId,
            @PathParam("campaignId") int campaignId);
}
