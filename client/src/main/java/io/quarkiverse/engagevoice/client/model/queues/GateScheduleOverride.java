package io.quarkiverse.engagevoice.client.model.queues;

import java.time.OffsetDateTime;

import io.quarkiverse.engagevoice.client.model.ScheduleOverride;

/** Opening hours of a queue for one date, in place of its weekly schedule (the API's {@code GateScheduleOverride}). */
public class GateScheduleOverride extends ScheduleOverride {

    /** An override for a create: {@code label} on {@code date} with hours {@code sched} ({@code HHmmHHmm}). */
    public static GateScheduleOverride of(String label, OffsetDateTime date, String sched) {
        GateScheduleOverride o = new GateScheduleOverride();
        o.define(label, date, sched);
        return o;
    }

    /** A day on which the queue stays closed. */
    public static GateScheduleOverride closed(String label, OffsetDateTime date) {
        return of(label, date, CLOSED);
    }
}
