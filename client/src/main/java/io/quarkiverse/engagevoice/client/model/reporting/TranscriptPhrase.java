package io.quarkiverse.engagevoice.client.model.reporting;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import io.quarkiverse.engagevoice.client.model.ApiObject;
import io.quarkiverse.engagevoice.client.model.EngageDateTime;

/** One phrase of a {@link Transcript} (the API's {@code TranscriptPhrase}). {@link #toString()} leaves out the words. */
public class TranscriptPhrase extends ApiObject {

    private String participantId;
    private String rcUserId;
    private String participantName;
    private String participantType;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime timestamp;
    private String message;

    public TranscriptPhrase() {
    }

    public String getParticipantId() {
        return participantId;
    }

    public void setParticipantId(String participantId) {
        this.participantId = participantId;
    }

    /** The RingCentral user who spoke, for agents; may be {@code null}. */
    public String getRcUserId() {
        return rcUserId;
    }

    public void setRcUserId(String rcUserId) {
        this.rcUserId = rcUserId;
    }

    public String getParticipantName() {
        return participantName;
    }

    public void setParticipantName(String participantName) {
        this.participantName = participantName;
    }

    /** {@code agent}, {@code contact}, ... */
    public String getParticipantType() {
        return participantType;
    }

    public void setParticipantType(String participantType) {
        this.participantType = participantType;
    }

    /** When it was said (sent by the API as epoch milliseconds in a string). */
    public OffsetDateTime getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(OffsetDateTime timestamp) {
        this.timestamp = timestamp;
    }

    /** What was said or written. */
    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    @Override
    public String toString() {
        return "TranscriptPhrase[" + participantType + ", " + timestamp + "]";
    }
}
