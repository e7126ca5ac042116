package io.quarkiverse.engagevoice.client.model.reporting;

/** The order of audit search results, as the API names it ({@code ascOrDesc}). */
public enum AuditSortOrder {
    ASCENDING,
    DESCENDING
}
