package io.quarkiverse.engagevoice.client.model.reporting;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import io.quarkiverse.engagevoice.client.model.ApiObject;
import io.quarkiverse.engagevoice.client.model.EngageDateTime;

/** An event of an interaction segment (the API's {@code InteractionSegmentEvent}): recording started or stopped. */
public class SegmentEvent extends ApiObject {

    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime eventTimeMs;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime clientEventTimeMs;
    private String eventType;

    public SegmentEvent() {
    }

    /** When the server saw the event. */
    public OffsetDateTime getEventTimeMs() {
        return eventTimeMs;
    }

    public void setEventTimeMs(OffsetDateTime eventTimeMs) {
        this.eventTimeMs = eventTimeMs;
    }

    /** When the client saw the event. */
    public OffsetDateTime getClientEventTimeMs() {
        return clientEventTimeMs;
    }

    public void setClientEventTimeMs(OffsetDateTime clientEventTimeMs) {
        this.clientEventTimeMs = clientEventTimeMs;
    }

    /** {@code REC_START} or {@code REC_STOP}. */
    public String getEventType() {
        return eventType;
    }

    public void setEventType(String eventType) {
        this.eventType = eventType;
    }

    @Override
    public String toString() {
        return "SegmentEvent[" + eventType + ", " + eventTimeMs + "]";
    }
}
