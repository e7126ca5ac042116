package io.quarkiverse.engagevoice.client.model.reporting;

/**
 * Where {@code toggleCallHold} puts a call: on hold or off it. No official schema exists; the values are those of the
 * developer guide's active-call page.
 */
public enum HoldState {
    /** Puts the call on hold. */
    ON,
    /** Takes the call off hold. */
    OFF;

    /** {@link #ON} for {@code true}, {@link #OFF} for {@code false}. */
    public static HoldState of(boolean onHold) {
        return onHold ? ON : OFF;
    }
}
