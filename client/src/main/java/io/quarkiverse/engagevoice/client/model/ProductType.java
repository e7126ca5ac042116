package io.quarkiverse.engagevoice.client.model;

/**
 * The kinds of product of an account, as the API names them: the {@code product} filter of the active calls list,
 * among others. Sent by {@link #name()}.
 */
public enum ProductType {
    ACCOUNT,
    /** Inbound queues. */
    ACD,
    AGENT,
    CHAT_QUEUE,
    /** Outbound campaigns. */
    OUTBOUND,
    VISUAL_IVR,
    CLOUD_PROFILE,
    CLOUD_DESTINATION,
    TRAC_NUMBER,
    HTTP_SERVICES,
    SCRIPTING,
    TN_MANAGER,
    SURVEY,
    DNIS,
    TEAMS,
    KNOWLEDGE_BASE,
    UTILITIES
}
