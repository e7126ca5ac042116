package io.quarkiverse.engagevoice.client.model.routing;

/**
 * The delimiter of an uploaded allocation-hours file: the {@code extension} query parameter of
 * {@code importPercentAllocationHours}. Sent by name.
 */
public enum AllocationHoursDelimiter {
    /** {@code |}. */
    PIPE,
    /** {@code ,}. */
    COMMA,
    /** A tab. */
    TAB
}
