package io.quarkiverse.engagevoice.client.api.reporting;

import java.io.InputStream;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.api.Idempotent;
import io.quarkiverse.engagevoice.client.model.reporting.InteractionMetadataRequest;
import io.quarkiverse.engagevoice.client.model.reporting.InteractionSegment;
import io.quarkiverse.engagevoice.client.model.reporting.Transcript;

/**
 * Interactions of a sub-account through the public integration API: the segments of a period, then each segment's
 * recording and transcript. {@code rcAccountId} is the RingCentral account id and {@code subAccountId} the RingCX
 * sub-account; neither may be {@code ~}.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface InteractionsApi {

    /** The media type of recordings. */
    String AUDIO_WAV = "audio/wav";

    /**
     * {@code getInteractionMetadata}: the voice and digital segments that ended in the request's window, with their
     * dialog and segment ids and whether they have a recording or transcript. Build the request with
     * {@link InteractionMetadataRequest#window}. Query completed windows: recent segments may still change.
     * <p>
     * Documented limit, per sub-account: <b>3 requests per 60 s and 9 per 15 minutes</b> (shared with the aggregated
     * statistics); excess is answered {@code 429}.
     */
    @Idempotent
    @POST
    @Path("/cx/integration/v1/accounts/{rcAccountId}/sub-accounts/{subAccountId}/interaction-metadata")
    @Consumes(MediaType.APPLICATION_JSON)
    List<InteractionSegment> interactionMetadata(@PathParam("rcAccountId") String rcAccountId,
            @PathParam("subAccountId") String subAccountId, InteractionMetadataRequest window);

    /**
     * {@code getRecordingSegmentData}: the recording of a segment, streamed as WAV audio. The caller must close the
     * stream. Documented limit: 120 requests per minute.
     */
    @GET
    @Path("/cx/integration/v1/accounts/{rcAccountId}/sub-accounts/{subAccountId}/recordings/dialogs/{dialogId}/segments/{segmentId}")
    @Produces({ AUDIO_WAV, MediaType.APPLICATION_JSON })
    InputStream recording(@PathParam("rcAccountId") String rcAccountId, @PathParam("subAccountId") String subAccountId,
            @PathParam("dialogId") String dialogId, @PathParam("segmentId") String segmentId);

    /** The recording of {@code segment}, a segment found by {@link #interactionMetadata}. */
    default InputStream recording(String rcAccountId, InteractionSegment segment) {
        return recording(rcAccountId, segment.getSubAccountId(), segment.getDialogId(), segment.getSegmentId());
    }

    /**
     * {@code getTranscriptSegmentData}: the transcript of a voice or digital segment. A 200 answer may carry an error
     * code instead ({@link Transcript#isError()}). Documented limit: 120 requests per minute.
     */
    @GET
    @Path("/cx/integration/v1/accounts/{rcAccountId}/sub-accounts/{subAccountId}/transcripts/dialogs/{dialogId}/segments/{segmentId}")
    Transcript transcript(@PathParam("rcAccountId") String rcAccountId, @PathParam("subAccountId") String subAccountId,
            @PathParam("dialogId") String dialogId, @PathParam("segmentId") String segmentId);

    /** The transcript of {@code segment}, a segment found by {@link #interactionMetadata}. */
    default Transcript transcript(String rcAccountId, InteractionSegment segment) {
        return transcript(rcAccountId, segment.getSubAccountId(), segment.getDialogId(), segment.getSegmentId());
    }
}
