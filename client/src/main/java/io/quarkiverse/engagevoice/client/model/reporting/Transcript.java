package io.quarkiverse.engagevoice.client.model.reporting;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * The transcript of an interaction segment (the API's {@code RCInteractionTranscriptData}), voice or digital. A 200
 * answer may still carry {@code errorCode}/{@code errorMessage} instead of phrases: see {@link #isError()}.
 * {@link #toString()} leaves out what was said.
 */
public class Transcript extends ApiObject {

    private String channelClass;
    private String errorCode;
    private String errorMessage;
    private List<TranscriptPhrase> transcript;

    public Transcript() {
    }

    /** Whether the answer carries an error code rather than a transcript. */
    @JsonIgnore
    public boolean isError() {
        return errorCode != null && !errorCode.isBlank();
    }

    /** {@code VOICE} or {@code DIGITAL}. */
    public String getChannelClass() {
        return channelClass;
    }

    public void setChannelClass(String channelClass) {
        this.channelClass = channelClass;
    }

    /** Set when the server could not give the transcript, despite a 200 status. */
    public String getErrorCode() {
        return errorCode;
    }

    public void setErrorCode(String errorCode) {
        this.errorCode = errorCode;
    }

    public String getErrorMessage() {
        return errorMessage;
    }

    public void setErrorMessage(String errorMessage) {
        this.errorMessage = errorMessage;
    }

    /** The phrases, in order. */
    public List<TranscriptPhrase> getTranscript() {
        return transcript;
    }

    public void setTranscript(List<TranscriptPhrase> transcript) {
        this.transcript = transcript;
    }

    @Override
    public String toString() {
        return "Transcript[" + channelClass + ", " + (transcript == null ? 0 : transcript.size()) + " phrases" + (errorCode == null ? "" : ", error " + errorCode) + "]";
    }
}
