package io.quarkiverse.engagevoice.client.model;

/**
 * What {@code performLeadAction} does to the matching leads: the {@code leadAction} values of the OpenAPI file. Sent
 * by {@link #name()}.
 */
public enum LeadAction {
    RESET_LEADS,
    CANCEL_LEADS,
    DELETE_LEADS,
    PAUSE_LEADS,
    DIALER_REFRESH,
    READY_LEADS,
    MANUAL_LEADS,
    EMAIL_LEADS,
    CALLBACK_LEADS,
    MOVE_TO_CAMPAIGN,
    AGENT_RESERVATION,
    SUPPRESS_LEADS,
    UNSUPPRESS_LEADS
}
