package io.quarkiverse.engagevoice.client.model.reporting;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/** One changed attribute of an {@link AuditLog} (the API's {@code AuditLogResult}). {@link #toString()} leaves out the values. */
public class AuditLogChange extends ApiObject {

    private String attributeName;
    private String classType;
    private Object originalValue;
    private Object newValue;

    public AuditLogChange() {
    }

    public String getAttributeName() {
        return attributeName;
    }

    public void setAttributeName(String attributeName) {
        this.attributeName = attributeName;
    }

    public String getClassType() {
        return classType;
    }

    public void setClassType(String classType) {
        this.classType = classType;
    }

    public Object getOriginalValue() {
        return originalValue;
    }

    public void setOriginalValue(Object originalValue) {
        this.originalValue = originalValue;
    }

    public Object getNewValue() {
        return newValue;
    }

    public void setNewValue(Object newValue) {
        this.newValue = newValue;
    }

    @Override
    public String toString() {
        return "AuditLogChange[" + attributeName + "]";
    }
}
