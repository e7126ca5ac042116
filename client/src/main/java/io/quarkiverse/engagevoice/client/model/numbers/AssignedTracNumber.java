package io.quarkiverse.engagevoice.client.model.numbers;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/** The tracking number a number is assigned to, as an assignment names it (the API's {@code TracNumberSkinny}). */
public class AssignedTracNumber extends ApiObject {

    private Integer tracId;
    private Integer tracGroupId;
    private Integer groupId;
    private String description;
    private String accountId;

    public AssignedTracNumber() {
    }

    public Integer getTracId() {
        return tracId;
    }

    public void setTracId(Integer tracId) {
        this.tracId = tracId;
    }

    public Integer getTracGroupId() {
        return tracGroupId;
    }

    public void setTracGroupId(Integer tracGroupId) {
        this.tracGroupId = tracGroupId;
    }

    public Integer getGroupId() {
        return groupId;
    }

    public void setGroupId(Integer groupId) {
        this.groupId = groupId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    @Override
    public String toString() {
        return "AssignedTracNumber[" + tracId + ", " + description + "]";
    }
}
