package io.quarkiverse.engagevoice.client.api.admin;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.api.CampaignLeadsApi;
import io.quarkiverse.engagevoice.client.model.CampaignLead;
import io.quarkiverse.engagevoice.client.model.admin.DuplicateHandling;
import io.quarkiverse.engagevoice.client.model.admin.TimezoneOption;

/**
 * The lead operations {@link CampaignLeadsApi} lacks: changing one lead, and the account's lead states and system
 * dispositions. {@code accountId} may be {@code ~}. Documented limit for lead changes: 12 per 3 s and 150 per 60 s.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface LeadManagementApi {

    /**
     * {@code getLeadStates}: the names of the lead states ({@code ACTIVE}, {@code AGENT-CALLBACK}, ...), as strings
     * since some hold a hyphen.
     */
    @GET
    @Path("/v1/admin/accounts/{accountId}/campaignLeads/leadStates")
    List<String> leadStates(@PathParam("accountId") String accountId);

    /** {@code getSystemDispositions}: the names of the system dispositions ({@code ANSWER}, {@code BUSY}, ...). */
    @GET
    @Path("/v1/admin/accounts/{accountId}/campaignLeads/systemDispositions")
    List<String> systemDispositions(@PathParam("accountId") String accountId);

    /**
     * {@code patchCampaignLead}: changes only the non-null properties of {@code changes}. Every query parameter but
     * {@code campaignId} may be {@code null}: then it is not sent.
     *
     * @param campaignId the lead's campaign
     * @param listId the lead's list
     * @param timezoneOption how the server finds the lead's time zone
     * @param duplicateHandling what to do with duplicates, the server's default being {@code RETAIN_ALL}
     */
    @PATCH
    @Path("/v1/admin/accounts/{accountId}/campaignLeads/{leadId}")
    @Consumes(MediaType.APPLICATION_JSON)
    CampaignLead patch(@PathParam("accountId") String accountId, @PathParam("leadId") int leadId,
            @QueryParam("campaignId") int campaignId, @QueryParam("listId") Integer listId,
            @QueryParam("timezoneOption") TimezoneOption timezoneOption,
            @QueryParam("duplicateHandling") DuplicateHandling duplicateHandling, CampaignLead changes);

    /** {@code patchCampaignLead} with the server's defaults. */
    default CampaignLead patch(String accountId, int leadId, int campaignId, CampaignLead changes) {
        return patch(accountId, leadId, campaignId, null, null, null, changes);
    }

    /**
     * {@code updateCampaignLead}: replaces the whole lead, properties left out of {@code lead} included (use
     * {@link #patch} to change some). The query parameters are those of {@link #patch}.
     */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/campaignLeads/{leadId}")
    @Consumes(MediaType.APPLICATION_JSON)
    CampaignLead replace(@PathParam("accountId") String accountId, @PathParam("leadId") int leadId,
            @QueryParam("campaignId") int campaignId, @QueryParam("listId") Integer listId,
            @QueryParam("timezoneOption") TimezoneOption timezoneOption,
            @QueryParam("duplicateHandling") DuplicateHandling duplicateHandling, CampaignLead lead);

    /** {@code updateCampaignLead} with the server's defaults. */
    default CampaignLead replace(String accountId, int leadId, int campaignId, CampaignLead lead) {
        return replace(accountId, leadId, campaignId, null, null, null, lead);
    }
}
