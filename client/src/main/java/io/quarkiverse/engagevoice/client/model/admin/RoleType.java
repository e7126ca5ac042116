package io.quarkiverse.engagevoice.client.model.admin;

/**
 * The roles an admin user may hold. The OpenAPI file lists two slightly different sets (the {@code Role} schema and
 * the {@code getRoles} answer); this enum has both. Roles are read as strings, so a role the server adds later does
 * not break a listing.
 */
public enum RoleType {
    SUPER_USER,
    USER,
    MANAGE_USERS,
    MANAGE_RIGHTS,
    ACCESS_SIBLINGS,
    ACCESS_AUDIT_LOG,
    ASSUME_USERS,
    REPORT_ADMINISTRATIVE_USER,
    WFO_ACCESS,
    ACCESS_GOODDATA_ADMIN,
    ACCESS_GOODDATA_EDITOR,
    ACCESS_GOODDATA_ANALYST,
    ACCESS_GOODDATA_EXPLORER,
    ACCESS_GOODDATA_VIEWER,
    ACCESS_GOODDATA_EMBEDDED_EXPLORER,
    ACCESS_GOODDATA_EMBEDDED_DASHBOARD,
    NO_ACCESS
}
