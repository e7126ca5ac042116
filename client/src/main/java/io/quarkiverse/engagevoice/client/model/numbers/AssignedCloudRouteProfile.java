package io.quarkiverse.engagevoice.client.model.numbers;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * The cloud route profile a number is assigned to, as an assignment names it (the API's
 * {@code CloudRouteProfileSkinny}).
 */
public class AssignedCloudRouteProfile extends ApiObject {

    private Integer cloudProfileId;
    private String profileName;
    private Integer cloudGroupId;
    private Integer groupId;
    private String accountId;
    private Boolean isActive;
    private Boolean isDeleted;

    public AssignedCloudRouteProfile() {
    }

    public Integer getCloudProfileId() {
        return cloudProfileId;
    }

    public void setCloudProfileId(Integer cloudProfileId) {
        this.cloudProfileId = cloudProfileId;
    }

    public String getProfileName() {
        return profileName;
    }

    public void setProfileName(String profileName) {
        this.profileName = profileName;
    }

    public Integer getCloudGroupId() {
        return cloudGroupId;
    }

    public void setCloudGroupId(Integer cloudGroupId) {
        this.cloudGroupId = cloudGroupId;
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
        return "AssignedCloudRouteProfile[" + cloudProfileId + ", " + profileName + "]";
    }
}
