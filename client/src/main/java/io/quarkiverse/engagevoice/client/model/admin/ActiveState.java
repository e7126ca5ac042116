package io.quarkiverse.engagevoice.client.model.admin;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/** The body that enables or disables a user (the API's {@code ActiveStateBoolean}). */
public class ActiveState extends ApiObject {

    private Boolean isActive;

    public ActiveState() {
    }

    /** {@code {"isActive": active}}. */
    public static ActiveState of(boolean active) {
        ActiveState s = new ActiveState();
        s.setIsActive(active);
        return s;
    }

    public Boolean getIsActive() {
        return isActive;
    }

    public void setIsActive(Boolean isActive) {
        this.isActive = isActive;
    }

    @Override
    public String toString() {
        return "ActiveState[" + isActive + "]";
    }
}
