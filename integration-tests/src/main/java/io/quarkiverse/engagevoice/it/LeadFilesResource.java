package io.quarkiverse.engagevoice.it;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.api.admin.LeadLoaderApi;
import io.quarkiverse.engagevoice.client.model.admin.LeadFileType;
import io.quarkiverse.engagevoice.client.model.admin.LeadListPreview;

/** Forwards a CSV lead file to the lead loader's preview: a multipart upload. */
@Path("/lead-files")
public class LeadFilesResource {

    @Inject
    LeadLoaderApi leadLoader;

    @POST
    @Path("/{campaignId}")
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    public LeadListPreview preview(@PathParam("campaignId") int campaignId, @QueryParam("fileName") String fileName,
            byte[] csv) {
        return leadLoader.preview("~", campaignId, LeadFileType.COMMA, null, fileName, csv);
    }
}
