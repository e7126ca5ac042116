package io.quarkiverse.engagevoice.client.model.numbers;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/** The queue (gate) a number is assigned to, as an assignment names it (the API's {@code GateSkinnyAssignable}). */
public class AssignedGate extends ApiObject {

    private Integer gateId;
    private String gateName;
    private Integer gateGroupId;
    private Integer groupId;
    private String accountId;
    private Boolean isActive;

    public AssignedGate() {
    }

    /** The queue {@code gateId}. */
    public static AssignedGate of(int gateId) {
        AssignedGate g = new AssignedGate();
        g.setGateId(gateId);
        return g;
    }

    public Integer getGateId() {
        return gateId;
    }

    public void setGateId(Integer gateId) {
        this.gateId = gateId;
    }

    public String getGateName() {
        return gateName;
    }

    public void setGateName(String gateName) {
        this.gateName = gateName;
    }

    public Integer getGateGroupId() {
        return gateGroupId;
    }

    public void setGateGroupId(Integer gateGroupId) {
        this.gateGroupId = gateGroupId;
    }

    public Integer getGroupId() {
        return groupId;
    }

    public void setGroupId(Integer groupId) {
        this.groupId = groupId;
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public Boolean getIsActive() {
        return isActive;
    }

    public void setIsActive(Boolean isActive) {
        this.isActive = isActive;
    }

    @Override
    public String toString() {
        return "AssignedGate[" + gateId + ", " + gateName + "]";
    }
}
