package io.quarkiverse.engagevoice.client.model.reporting;

/** The kinds of change the audit log records, as the API names them. Sent by {@link #name()}. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE
}
