package io.quarkiverse.engagevoice.client.model.numbers;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/** The visual IVR a number is assigned to, as an assignment names it (the API's {@code VisualIvrSkinny}). */
public class AssignedVisualIvr extends ApiObject {

    private Integer visualIvrId;
    private String visualIvrName;
    private String visualIvrDesc;
    private Integer visualIvrGroupId;
    private Integer groupId;
    private String accountId;
    private Boolean isActive;
    private Boolean isDeleted;

    public AssignedVisualIvr() {
    }

    public Integer getVisualIvrId() {
        return visualIvrId;
    }

    public void setVisualIvrId(Integer visualIvrId) {
        this.visualIvrId = visualIvrId;
    }

    public String getVisualIvrName() {
        return visualIvrName;
    }

    public void setVisualIvrName(String visualIvrName) {
        this.visualIvrName = visualIvrName;
    }

    public String getVisualIvrDesc() {
        return visualIvrDesc;
    }

    public void setVisualIvrDesc(String visualIvrDesc) {
        this.visualIvrDesc = visualIvrDesc;
    }

    public Integer getVisualIvrGroupId() {
        return visualIvrGroupId;
    }

    public void setVisualIvrGroupId(Integer visualIvrGroupId) {
        this.visualIvrGroupId = visualIvrGroupId;
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

    public Boolean getIsDeleted() {
        return isDeleted;
    }

    public void setIsDeleted(Boolean isDeleted) {
        this.isDeleted = isDeleted;
    }

    @Override
    public String toString() {
        return "AssignedVisualIvr[" + visualIvrId + ", " + visualIvrName + "]";
    }
}
