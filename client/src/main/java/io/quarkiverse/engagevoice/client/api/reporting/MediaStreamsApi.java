package io.quarkiverse.engagevoice.client.api.reporting;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.reporting.MediaStreamRequest;

/**
 * Live audio streams of a dialog (a whole interaction) or of one of its segments, to a receiver of the caller's
 * choosing. {@code rcAccountId} is the RingCentral account id and {@code subAccountId} the RingCX sub-account; neither
 * may be {@code ~}. The answers have no body.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface MediaStreamsApi {

    /** {@code startDialogStream}: streams the dialog's audio as {@code stream} says. */
    @POST
    @Path("/cx/integration/v1/accounts/{rcAccountId}/sub-accounts/{subAccountId}/dialogs/{dialogId}/streams")
    void startDialogStream(@PathParam("rcAccountId") String rcAccountId,
            @PathParam("subAccountId") String subAccountId, @PathParam("dialogId") String dialogId,
            MediaStreamRequest stream);

    /** {@code stopDialogStream}: stops the stream {@code streamId} of the dialog. */
    @DELETE
    @Path("/cx/integration/v1/accounts/{rcAccountId}/sub-accounts/{subAccountId}/dialogs/{dialogId}/streams/{streamId}")
    void stopDialogStream(@PathParam("rcAccountId") String rcAccountId, @PathParam("subAccountId") String subAccountId,
            @PathParam("dialogId") String dialogId, @PathParam("streamId") String streamId);

    /** {@code startSegmentStream}: streams one segment's audio as {@code stream} says. */
    @POST
    @Path("/cx/integration/v1/accounts/{rcAccountId}/sub-accounts/{subAccountId}/dialogs/{dialogId}/segments/{segmentId}/streams")
    void startSegmentStream(@PathParam("rcAccountId") String rcAccountId,
            @PathParam("subAccountId") String subAccountId, @PathParam("dialogId") String dialogId,
            @PathParam("segmentId") String segmentId, MediaStreamRequest stream);

    /** {@code stopSegmentStream}: stops the stream {@code streamId} of the segment. */
    @DELETE
    @Path("/cx/integration/v1/accounts/{rcAccountId}/sub-accounts/{subAccountId}/dialogs/{dialogId}/segments/{segmentId}/streams/{streamId}")
    void stopSegmentStream(@PathParam("rcAccountId") String rcAccountId,
            @PathParam("subAccountId") String subAccountId, @PathParam("dialogId") String dialogId,
            @PathParam("segmentId") String segmentId, @PathParam("streamId") String streamId);
}
