package io.quarkiverse.engagevoice.client.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * Opening hours for one date in place of a weekly schedule (holidays, events): the shape the API shares between
 * queues and tracking numbers. Properties not declared here are kept.
 */
public abstract class ScheduleOverride extends ApiObject {

    /** The hours of a day that stays closed. */
    public static final String CLOSED = "00000000";

    @JsonProperty("scheduleOverrideId")
    private Integer scheduleOverrideId;
    @JsonProperty("overrideLabel")
    private String overrideLabel;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    @JsonProperty("overrideDate")
    private OffsetDateTime overrideDate;
    @JsonProperty("overrideSched")
    private String overrideSched;
    @JsonProperty("overrideClosedEvent")
    private String overrideClosedEvent;

    /** Sets the label, the day and the hours ({@code HHmmHHmm}) of a new override. */
    protected void define(String label, OffsetDateTime date, String sched) {
        this.overrideLabel = label;
        this.overrideDate = date;
        this.overrideSched = sched;
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

    /** The day the override applies to. */
    public OffsetDateTime getOverrideDate() {
        return overrideDate;
    }

    public void setOverrideDate(OffsetDateTime overrideDate) {
        this.overrideDate = overrideDate;
    }

    /** Opening hours that day as {@code HHmmHHmm}, {@link #CLOSED} for closed. */
    public String getOverrideSched() {
        return overrideSched;
    }

    public void setOverrideSched(String overrideSched) {
        this.overrideSched = overrideSched;
    }

    /** What happens to calls while closed that day, {@code ACTION:argument}. */
    public String getOverrideClosedEvent() {
        return overrideClosedEvent;
    }

    public void setOverrideClosedEvent(String overrideClosedEvent) {
        this.overrideClosedEvent = overrideClosedEvent;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + scheduleOverrideId + ", " + overrideLabel + "]";
    }
}
