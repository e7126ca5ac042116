package io.quarkiverse.engagevoice.client.api;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.LeadAction;
import io.quarkiverse.engagevoice.client.model.LeadActionRequest;
import io.quarkiverse.engagevoice.client.model.LeadActionResult;
import io.quarkiverse.engagevoice.client.model.LeadLoadRequest;
import io.quarkiverse.engagevoice.client.model.LeadLoadResult;
import io.quarkiverse.engagevoice.client.model.LeadSearchCriteria;
import io.quarkiverse.engagevoice.client.model.LeadSearchResult;
import io.quarkiverse.engagevoice.client.model.PhoneListSearch;

/**
 * Campaign leads: direct loads, searches and lead actions. {@code accountId} may be {@code ~}. Mind the documented
 * limits: lead loads and lead actions 30 per 10 s, searches 15 per 10 s (90 with {@code count}).
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CampaignLeadsApi {

    /** {@code loadDirectLeads}: loads leads into a campaign as a new list. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/campaigns/{campaignId}/leadLoader/direct")
    LeadLoadResult loadDirect(@PathParam("accountId") String accountId, @PathParam("campaignId") int campaignId,
            LeadLoadRequest request);

    /** {@code searchForCampaignLeads}: one page of the leads matching {@code criteria}. */
    @Idempotent
    @POST
    @Path("/v1/admin/accounts/{accountId}/campaignLeads/leadSearch")
    List<LeadSearchResult> search(@PathParam("accountId") String accountId, @QueryParam("page") Integer page,
            @QueryParam("maxRows") Integer maxRows, LeadSearchCriteria criteria);

    /**
     * {@code uploadSearchCriteriaForCampaignLeads}: one page of the leads whose phone is one of the search's
     * numbers, sent as JSON {@code {phoneList, campaignIds}} as the guide documents (the file declares a multipart
     * upload instead, see {@link #searchByPhoneFile}). Documented limit: 30 per 10 s and 120 per 60 s.
     *
     * @param page zero-based page, {@code null} for the first (not sent)
     * @param maxRows page size, {@code null} for the server's default (not sent)
     */
    @Idempotent
    @POST
    @Path("/v1/admin/accounts/{accountId}/campaignLeads/leadSearchByPhoneList")
    List<LeadSearchResult> searchByPhoneList(@PathParam("accountId") String accountId,
            @QueryParam("page") Integer page, @QueryParam("maxRows") Integer maxRows, PhoneListSearch search);

    /** The first page of {@link #searchByPhoneList(String, Integer, Integer, PhoneListSearch)}. */
    default List<LeadSearchResult> searchByPhoneList(String accountId, PhoneListSearch search) {
        return searchByPhoneList(accountId, null, null, search);
    }

    /**
     * {@code uploadSearchCriteriaForCampaignLeads} as the file declares it: a multipart upload of a file of phone
     * numbers (part {@code file}), with a body made by {@link MultipartFile#body}; prefer
     * {@link #searchByPhoneList(String, PhoneListSearch)}, the documented form.
     */
    @Idempotent
    @POST
    @Path("/v1/admin/accounts/{accountId}/campaignLeads/leadSearchByPhoneList")
    @Consumes(MultipartFile.MULTIPART_FORM_DATA)
    List<LeadSearchResult> searchByPhoneFile(@PathParam("accountId") String accountId,
            @QueryParam("page") Integer page, @QueryParam("maxRows") Integer maxRows, byte[] multipartBody);

    /** The first page of the leads whose phone is in {@code phones}, one number a line, uploaded as a file. */
    default List<LeadSearchResult> searchByPhoneFile(String accountId, byte[] phones) {
        return searchByPhoneFile(accountId, null, null, MultipartFile.body("phones.csv", phones));
    }

    /**
     * {@code searchForCampaignLeads} with {@code count}: how many leads match {@code criteria}. Prefer
     * {@link #count(String, LeadSearchCriteria)}; {@code count} must be {@code true} for this answer.
     */
    @Idempotent
    @POST
    @Path("/v1/admin/accounts/{accountId}/campaignLeads/leadSearch")
    long count(@PathParam("accountId") String accountId, @QueryParam("count") boolean count,
            LeadSearchCriteria criteria);

    /** How many leads match {@code criteria}. */
    default long count(String accountId, LeadSearchCriteria criteria) {
        return count(accountId, true, criteria);
    }

    /**
     * {@code performLeadAction}: applies {@code leadAction} to every lead matching the request's
     * {@code campaignLeadSearchCriteria}, with the request's {@code leadActionParams} for the actions that take some.
     */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/campaignLeads/actions")
    LeadActionResult performAction(@PathParam("accountId") String accountId,
            @QueryParam("leadAction") LeadAction leadAction, LeadActionRequest request);

    /** {@code performLeadAction} without parameters, on the leads matching {@code criteria}. */
    default LeadActionResult performAction(String accountId, LeadAction leadAction, LeadSearchCriteria criteria) {
        return performAction(accountId, leadAction, LeadActionRequest.matching(criteria));
    }
}
