package io.quarkiverse.engagevoice.client.model;


/** The body that turns something on or off: a queue, a user (the API's {@code ActiveState<boolean>}). */
public class ActiveState extends ApiObject {

    private Boolean isActive;

    public ActiveState() {
    }

    public static ActiveState of(boolean isActive) {
        ActiveState s = new ActiveState();
        s.setIsActive(isActive);
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
