package io.quarkiverse.engagevoice.client.api.reporting;

import java.io.InputStream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.api.Idempotent;
import io.quarkiverse.engagevoice.client.model.reporting.ReportStreamRequest;

/**
 * Reports run on demand and answered as a file ({@code streamFile}, listed by the older full file and the legacy
 * file only). {@code accountId} may be {@code ~}.
 */
public interface ReportStreamingApi {

    /**
     * {@code streamFile}: runs the report {@code request} describes and answers its file (delimited text or a
     * spreadsheet, as {@link ReportStreamRequest#getDelimiter()} says). The caller closes the stream.
     */
    @Idempotent
    @POST
    @Path("/v1/admin/accounts/{accountId}/reportsStreaming")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.WILDCARD)
    InputStream stream(@PathParam("accountId") String accountId, ReportStreamRequest request);
}
