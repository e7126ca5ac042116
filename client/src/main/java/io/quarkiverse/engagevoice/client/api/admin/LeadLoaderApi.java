package io.quarkiverse.engagevoice.client.api.admin;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.api.CampaignLeadsApi;
import io.quarkiverse.engagevoice.client.model.admin.LeadFileType;
import io.quarkiverse.engagevoice.client.model.admin.LeadListPreview;
import io.quarkiverse.engagevoice.client.model.admin.LeadListProcessRequest;

/**
 * Loading a lead file into a campaign in two steps (the "Outbound" tag's lead loader): upload the file for a preview,
 * then process the upload, named by the preview's {@code transactionId}, with the column mappings. (Leads given as
 * objects go through {@link CampaignLeadsApi#loadDirect}.) {@code accountId} may be {@code ~}. Documented limits:
 * preview 12 per 30 s and 18 per 60 s, process 9 per 3 s and 30 per 30 s.
 */
@Path("/v1/admin/accounts")
@Produces(MediaType.APPLICATION_JSON)
public interface LeadLoaderApi {

    /** The boundary of the multipart bodies this interface sends; a file containing it is refused. */
    String BOUNDARY = "EngageVoiceLeadFile-b6f2d94c1e7a3580";

    /** {@code multipart/form-data} with {@link #BOUNDARY}. */
    String MULTIPART_FORM_DATA = "multipart/form-data; boundary=" + BOUNDARY;

    /**
     * {@code previewLeadList}, with a body made by {@link #multipartFile}: prefer
     * {@link #preview(String, int, LeadFileType, String, String, byte[])}.
     *
     * @param quoteCharacter the quote character of a delimited file, {@code null} for the server's default (not sent)
     */
    @POST
    @Path("/{accountId}/campaigns/{campaignId}/leadLoader/preview")
    @Consumes(MULTIPART_FORM_DATA)
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
        return preview(accountId, campaignId, fileType, quoteCharacter, multipartFile(fileName, content));
    }

    /** {@code loadList}: loads the upload named by the request's {@code transactionId} (the server answers 201/202). */
    @POST
    @Path("/{accountId}/campaigns/{campaignId}/leadLoader/process")
    @Consumes(MediaType.APPLICATION_JSON)
    void process(@PathParam("accountId") String accountId, @PathParam("campaignId") int campaignId,
            LeadListProcessRequest request);

    /**
     * A {@code multipart/form-data} body with {@link #BOUNDARY} and one part, {@code file}.
     *
     * @throws IllegalArgumentException when the content holds the boundary
     */
    static byte[] multipartFile(String fileName, byte[] content) {
        String delimiter = "--" + BOUNDARY;
        if (new String(content, StandardCharsets.ISO_8859_1).contains(delimiter)) {
            throw new IllegalArgumentException("the file contains the multipart boundary " + BOUNDARY);
        }
        String safeName = fileName == null ? "leads" : fileName.replaceAll("[\"\\\\\\r\\n]", "_");
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 256);
        out.writeBytes((delimiter + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + safeName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n" + delimiter + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
