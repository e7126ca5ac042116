package io.quarkiverse.engagevoice.client.model.numbers;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import io.quarkiverse.engagevoice.client.model.ApiObject;
import io.quarkiverse.engagevoice.client.model.EngageDateTime;

/**
 * A day on which a tracking number keeps other hours than its weekly schedule (the API's
 * {@code TracScheduleOverride}). Properties not declared here are kept.
 */
public class TracScheduleOverride extends ApiObject {

    private Integer scheduleOverrideId;
    private String overrideLabel;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime overrideDate;
    private String overrideSched;
    private String overrideClosedEvent;

    public TracScheduleOverride() {
    }

    /** An override with a label, a day and hours ({@code HHmmHHmm}). */
    public static TracScheduleOverride of(String overrideLabel, OffsetDateTime overrideDate, String overrideSched) {
        TracScheduleOverride o = new TracScheduleOverride();
        o.setOverrideLabel(overrideLabel);
        o.setOverrideDate(overrideDate);
        o.setOverrideSched(overrideSched);
        return o;
    }

    public Integer getScheduleOverrideId() {
        return scheduleOverrideId;
    }

    public void setScheduleOverrideId(Integer scheduleOverrideId) {
        this.scheduleOverrideId = scheduleOverrideId;
    }

    public String getOverrideLabel() {
        return overrideLabel;
    }

    public void setOverrideLabel(String overrideLabel) {
        this.overrideLabel = overrideLabel;
    }

    /** The day overridden. */
    public OffsetDateTime getOverrideDate() {
        return overrideDate;
    }

    public void setOverrideDate(OffsetDateTime overrideDate) {
        this.overrideDate = overrideDate;
    }

    /** Opening hours that day as {@code HHmmHHmm}, {@code 00000000} for closed. */
    public String getOverrideSched() {
        return overrideSched;
    }

    public void setOverrideSched(String overrideSched) {
        this.overrideSched = overrideSched;
    }

    /** What happens to calls while closed that day. */
    public String getOverrideClosedEvent() {
        return overrideClosedEvent;
    }

    public void setOverrideClosedEvent(String overrideClosedEvent) {
        this.overrideClosedEvent = overrideClosedEvent;
    }

    @Override
    public String toString() {
        return "TracScheduleOverride[" + scheduleOverrideId + ", " + overrideLabel + "]";
    }
}
