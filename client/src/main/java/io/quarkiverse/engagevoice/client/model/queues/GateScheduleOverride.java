package io.quarkiverse.engagevoice.client.model.queues;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import io.quarkiverse.engagevoice.client.model.ApiObject;
import io.quarkiverse.engagevoice.client.model.EngageDateTime;

/**
 * Opening hours of a queue for one date, in place of its weekly schedule (holidays, events). Properties not declared
 * here are kept.
 */
public class GateScheduleOverride extends ApiObject {

    private Integer scheduleOverrideId;
    private String overrideLabel;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime overrideDate;
    private String overrideSched;
    private String overrideClosedEvent;

    public GateScheduleOverride() {
    }

    /** An override for a create: {@code label} on {@code date} with hours {@code sched} ({@code HHmmHHmm}). */
    public static GateScheduleOverride of(String label, OffsetDateTime date, String sched) {
        GateScheduleOverride o = new GateScheduleOverride();
        o.setOverrideLabel(label);
        o.setOverrideDate(date);
        o.setOverrideSched(sched);
        return o;
    }

    /** A day on which the queue stays closed. */
    public static GateScheduleOverride closed(String label, OffsetDateTime date) {
        return of(label, date, "00000000");
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

    /** Opening hours as {@code HHmmHHmm}, {@code 00000000} for closed, as the queue's weekly schedule. */
    public String getOverrideSched() {
        return overrideSched;
    }

    public void setOverrideSched(String overrideSched) {
        this.overrideSched = overrideSched;
    }

    /** What callers get when the queue is closed that day, {@code ACTION:argument}. */
    public String getOverrideClosedEvent() {
        return overrideClosedEvent;
    }

    public void setOverrideClosedEvent(String overrideClosedEvent) {
        this.overrideClosedEvent = overrideClosedEvent;
    }

    @Override
    public String toString() {
        return "GateScheduleOverride[" + scheduleOverrideId + ", " + overrideLabel + "]";
    }
}
