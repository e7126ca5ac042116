package io.quarkiverse.engagevoice.client.model.numbers;

import java.time.OffsetDateTime;

import io.quarkiverse.engagevoice.client.model.ScheduleOverride;

/**
 * A day on which a tracking number keeps other hours than its weekly schedule (the API's
 * {@code TracScheduleOverride}).
 */
public class TracScheduleOverride extends ScheduleOverride {

    /** An override with a label, a day and hours ({@code HHmmHHmm}). */
    public static TracScheduleOverride of(String overrideLabel, OffsetDateTime overrideDate, String overrideSched) {
        TracScheduleOverride o = new TracScheduleOverride();
        o.define(overrideLabel, overrideDate, overrideSched);
        return o;
    }
}
