package io.quarkiverse.engagevoice.client.model.reporting;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import io.quarkiverse.engagevoice.client.model.ApiObject;
import io.quarkiverse.engagevoice.client.model.EngageDateTime;

/**
 * One segment of an interaction (the API's {@code WEMDialogSegmentMetaData}): a dialog ({@code dialogId}) has one
 * or more segments ({@code segmentId}), each handled by one participant; the two ids name its recording and
 * transcript. Properties not declared here are kept. {@link #toString()} leaves out the phone numbers and the
 * agent's notes.
 */
public class InteractionSegment extends ApiObject {

    private String subAccountId;
    private String dialogId;
    private String interactionId;
    private String channelId;
    private String channelType;
    private String channelClass;
    private String channelEndpointAddress;
    private String contactEndpointAddress;
    private String dialogOrigination;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime dialogStartTimeMs;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime dialogEndTimeMs;
    private Long dialogDurationMs;
    private String segmentId;
    private String segmentType;
    private String segmentParticipantId;
    private String segmentParticipantRcExtensionId;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime segmentStartTimeMs;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime segmentEndTimeMs;
    private Long segmentDurationMs;
    private String segmentAgentGroupId;
    private String systemDisposition;
    private String agentDisposition;
    private String agentNotes;
    private Boolean hasRecording;
    private Boolean hasTranscript;
    private List<SegmentEvent> segmentEvents;

    public InteractionSegment() {
    }

    public String getSubAccountId() {
        return subAccountId;
    }

    public void setSubAccountId(String subAccountId) {
        this.subAccountId = subAccountId;
    }

    /** The dialog (interaction) the segment belongs to. */
    public String getDialogId() {
        return dialogId;
    }

    public void setDialogId(String dialogId) {
        this.dialogId = dialogId;
    }

    /** The interaction id (for voice, the call's {@code uii}). */
    public String getInteractionId() {
        return interactionId;
    }

    public void setInteractionId(String interactionId) {
        this.interactionId = interactionId;
    }

    public String getChannelId() {
        return channelId;
    }

    public void setChannelId(String channelId) {
        this.channelId = channelId;
    }

    /** {@code VOICE}, {@code EMAIL}, {@code MESSENGER}, {@code ENGAGE_MESSAGING}, ... */
    public String getChannelType() {
        return channelType;
    }

    public void setChannelType(String channelType) {
        this.channelType = channelType;
    }

    /** {@code VOICE} or {@code DIGITAL}. */
    public String getChannelClass() {
        return channelClass;
    }

    public void setChannelClass(String channelClass) {
        this.channelClass = channelClass;
    }

    /** The number or address of the channel. */
    public String getChannelEndpointAddress() {
        return channelEndpointAddress;
    }

    public void setChannelEndpointAddress(String channelEndpointAddress) {
        this.channelEndpointAddress = channelEndpointAddress;
    }

    /** The contact's number or address. */
    public String getContactEndpointAddress() {
        return contactEndpointAddress;
    }

    public void setContactEndpointAddress(String contactEndpointAddress) {
        this.contactEndpointAddress = contactEndpointAddress;
    }

    /** {@code INBOUND} or {@code OUTBOUND}. */
    public String getDialogOrigination() {
        return dialogOrigination;
    }

    public void setDialogOrigination(String dialogOrigination) {
        this.dialogOrigination = dialogOrigination;
    }

    /** When the dialog started (the API's name says milliseconds; it is a date-time). */
    public OffsetDateTime getDialogStartTimeMs() {
        return dialogStartTimeMs;
    }

    public void setDialogStartTimeMs(OffsetDateTime dialogStartTimeMs) {
        this.dialogStartTimeMs = dialogStartTimeMs;
    }

    public OffsetDateTime getDialogEndTimeMs() {
        return dialogEndTimeMs;
    }

    public void setDialogEndTimeMs(OffsetDateTime dialogEndTimeMs) {
        this.dialogEndTimeMs = dialogEndTimeMs;
    }

    public Long getDialogDurationMs() {
        return dialogDurationMs;
    }

    public void setDialogDurationMs(Long dialogDurationMs) {
        this.dialogDurationMs = dialogDurationMs;
    }

    /** The segment, which names its recording and transcript with {@link #getDialogId()}. */
    public String getSegmentId() {
        return segmentId;
    }

    public void setSegmentId(String segmentId) {
        this.segmentId = segmentId;
    }

    /** {@code AGENT}, ... */
    public String getSegmentType() {
        return segmentType;
    }

    public void setSegmentType(String segmentType) {
        this.segmentType = segmentType;
    }

    /** The agent id of the participant. */
    public String getSegmentParticipantId() {
        return segmentParticipantId;
    }

    public void setSegmentParticipantId(String segmentParticipantId) {
        this.segmentParticipantId = segmentParticipantId;
    }

    /** The participant's RingCentral extension id. */
    public String getSegmentParticipantRcExtensionId() {
        return segmentParticipantRcExtensionId;
    }

    public void setSegmentParticipantRcExtensionId(String segmentParticipantRcExtensionId) {
        this.segmentParticipantRcExtensionId = segmentParticipantRcExtensionId;
    }

    public OffsetDateTime getSegmentStartTimeMs() {
        return segmentStartTimeMs;
    }

    public void setSegmentStartTimeMs(OffsetDateTime segmentStartTimeMs) {
        this.segmentStartTimeMs = segmentStartTimeMs;
    }

    public OffsetDateTime getSegmentEndTimeMs() {
        return segmentEndTimeMs;
    }

    public void setSegmentEndTimeMs(OffsetDateTime segmentEndTimeMs) {
        this.segmentEndTimeMs = segmentEndTimeMs;
    }

    public Long getSegmentDurationMs() {
        return segmentDurationMs;
    }

    public void setSegmentDurationMs(Long segmentDurationMs) {
        this.segmentDurationMs = segmentDurationMs;
    }

    public String getSegmentAgentGroupId() {
        return segmentAgentGroupId;
    }

    public void setSegmentAgentGroupId(String segmentAgentGroupId) {
        this.segmentAgentGroupId = segmentAgentGroupId;
    }

    /** {@code ANSWER}, ...; may be {@code null} for digital segments. */
    public String getSystemDisposition() {
        return systemDisposition;
    }

    public void setSystemDisposition(String systemDisposition) {
        this.systemDisposition = systemDisposition;
    }

    public String getAgentDisposition() {
        return agentDisposition;
    }

    public void setAgentDisposition(String agentDisposition) {
        this.agentDisposition = agentDisposition;
    }

    public String getAgentNotes() {
        return agentNotes;
    }

    public void setAgentNotes(String agentNotes) {
        this.agentNotes = agentNotes;
    }

    /** Whether a recording can be fetched for the segment. */
    public Boolean getHasRecording() {
        return hasRecording;
    }

    public void setHasRecording(Boolean hasRecording) {
        this.hasRecording = hasRecording;
    }

    /** Whether a transcript can be fetched for the segment. */
    public Boolean getHasTranscript() {
        return hasTranscript;
    }

    public void setHasTranscript(Boolean hasTranscript) {
        this.hasTranscript = hasTranscript;
    }

    /** Recording start and stop events; may be {@code null}. */
    public List<SegmentEvent> getSegmentEvents() {
        return segmentEvents;
    }

    public void setSegmentEvents(List<SegmentEvent> segmentEvents) {
        this.segmentEvents = segmentEvents;
    }

    @Override
    public String toString() {
        return "InteractionSegment[" + dialogId + ", " + segmentId + ", " + channelClass + "]";
    }
}
