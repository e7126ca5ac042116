package io.quarkiverse.engagevoice.client.api.admin;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.api.CampaignLeadsApi;
import io.quarkiverse.engagevoice.client.api.Idempotent;
import io.quarkiverse.engagevoice.client.api.MultipartFile;
import io.quarkiverse.engagevoice.client.model.admin.LeadFileType;
import io.quarkiverse.engagevoice.client.model.admin.LeadListPreview;
import io.quarkiverse.engagevoice.client.model.admin.LeadListProcessRequest;

/**
 * Loading a lead file into a campaign in two steps (the "Outbound" tag's lead loader): upload the file for a preview,
 * then process the upload, named by the preview's {@code transactionId}, with the column mappings. (Leads given as
 * objects go through {@link CampaignLeadsApi#loadDirect}.) {@code accountId} may be {@code ~}. Documented limits:
 * preview 12 per 30 s and 18 per 60 s, process 9 per 3 s and 30 per 30 s.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface LeadLoaderApi {

    /**
     * {@code previewLeadList}, with a body made by {@link MultipartFile#body}: prefer
     * {@link #preview(String, int, LeadFileType, String, String, byte[])}.
     *
     * @param quoteCharacter the quote character of a delimited file, {@code null} for the server's default (not sent)
     */
    @Idempotent
    @POST
    @Path("/v1/admin/accounts/{accountId}/campaigns/{campaignId}/leadLoader/preview")
    @Consumes(MultipartFile.MULTIPART_FORM_DATA)
    LeadListPreview preview(@PathParam("accountId") String accountId, @PathParam("campaignId") int campaignId,
            @QueryParam("fileType") LeadFileType fileType, @QueryParam("quoteCharacter") String quoteCharacter,
            byte[] multipartBody);

    /**
     * {@code previewLeadList}: uploads a lead file as the {@code file} part of a {@code multipart/form-data} body;
     * the answer names the upload and shows its first rows.
     *
     * @param quoteCharacter the quote character of a delimited file, {@code null} for the server's default
     * @param fileName the file name sent with the part
     */
    default LeadListPreview preview(String accountId, int campaignId, LeadFileType fileType, String quoteCharacter,
            String fileName, byte[] content) {
        return preview(accountId, campaignId, fileType, quoteCharacter,
                MultipartFile.body(fileName == null ? "leads" : fileName, content));
    }

    /** {@code loadList}: loads the upload named by the request's {@code transactionId} (the server answers 201/202). */
    @POST
    @Path("/v1/admin/accounts/{accountId}/campaigns/{campaignId}/leadLoader/process")
    @Consumes(MediaType.APPLICATION_JSON)
    void process(@PathParam("accountId") String accountId, @PathParam("campaignId") int campaignId,
            LeadListProcessRequest request);
}
