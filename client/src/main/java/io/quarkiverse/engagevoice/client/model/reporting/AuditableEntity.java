package io.quarkiverse.engagevoice.client.model.reporting;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/** A kind of entity whose changes the audit log records (the API's {@code Auditable}). */
public class AuditableEntity extends ApiObject {

    private String name;
    private String fullPath;

    public AuditableEntity() {
    }

    /** The name to put in {@link AuditLogSearchCriteria#getSearchEntities()}. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The server's class name for it. */
    public String getFullPath() {
        return fullPath;
    }

    public void setFullPath(String fullPath) {
        this.fullPath = fullPath;
    }

    @Override
    public String toString() {
        return "AuditableEntity[" + name + "]";
    }
}
