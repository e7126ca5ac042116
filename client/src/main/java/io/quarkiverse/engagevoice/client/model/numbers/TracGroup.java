package io.quarkiverse.engagevoice.client.model.numbers;

import java.util.List;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * A group of tracking numbers (the API's {@code TracGroup}). Properties not declared here are kept.
 */
public class TracGroup extends ApiObject {

    private Integer tracGroupId;
    private String groupName;
    private Boolean isDefault;
    private List<String> permissions;
    private List<TracNumber> tracNumbers;

    public TracGroup() {
    }

    /** A group with only a name: the body of a rename. */
    public static TracGroup named(String groupName) {
        TracGroup g = new TracGroup();
        g.setGroupName(groupName);
        return g;
    }

    public Integer getTracGroupId() {
        return tracGroupId;
    }

    public void setTracGroupId(Integer tracGroupId) {
        this.tracGroupId = tracGroupId;
    }

    public String getGroupName() {
        return groupName;
    }

    public void setGroupName(String groupName) {
        this.groupName = groupName;
    }

    /** Whether this is the account's default group. */
    public Boolean getIsDefault() {
        return isDefault;
    }

    public void setIsDefault(Boolean isDefault) {
        this.isDefault = isDefault;
    }

    /**
     * What the caller may do with the group: {@code CREATE}, {@code READ}, {@code UPDATE}, {@code DELETE}, {@code
     * REPORT}; sent only when asked for.
     */
    public List<String> getPermissions() {
        return permissions;
    }

    public void setPermissions(List<String> permissions) {
        this.permissions = permissions;
    }

    /** The group's numbers, in the answer of the list with children. */
    public List<TracNumber> getTracNumbers() {
        return tracNumbers;
    }

    public void setTracNumbers(List<TracNumber> tracNumbers) {
        this.tracNumbers = tracNumbers;
    }

    @Override
    public String toString() {
        return "TracGroup[" + tracGroupId + ", " + groupName + "]";
    }
}
