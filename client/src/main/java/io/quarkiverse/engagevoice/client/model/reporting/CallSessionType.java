package io.quarkiverse.engagevoice.client.model.reporting;

/** How a supervisor's session joins a call ({@code sessionType} of {@code addSessionToCall}). */
public enum CallSessionType {
    /** Listens, unheard. */
    MONITOR,
    /** Joins the conversation: heard by both sides. */
    BARGEIN,
    /** Heard by the agent only. */
    COACHING
}
