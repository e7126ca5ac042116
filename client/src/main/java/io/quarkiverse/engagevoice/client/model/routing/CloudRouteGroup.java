package io.quarkiverse.engagevoice.client.model.routing;

import java.util.List;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * A cloud route group (the API's {@code CloudRouteGroup}): a group of cloud route destinations, or of cloud route
 * profiles. The {@code withChildren} lists fill {@link #getCloudRouteDestinations()} or
 * {@link #getCloudRouteProfiles()}. Properties not declared here are kept.
 */
public class CloudRouteGroup extends ApiObject {

    private Integer cloudGroupId;
    private String groupName;
    private Boolean isDefault;
    private List<String> permissions;
    private List<CloudRouteDestination> cloudRouteDestinations;
    private List<CloudRouteProfile> cloudRouteProfiles;

    public CloudRouteGroup() {
    }

    /** A group with only a name: the body of a create, or of a rename. */
    public static CloudRouteGroup named(String groupName) {
        CloudRouteGroup g = new CloudRouteGroup();
        g.setGroupName(groupName);
        return g;
    }

    public Integer getCloudGroupId() {
        return cloudGroupId;
    }

    public void setCloudGroupId(Integer cloudGroupId) {
        this.cloudGroupId = cloudGroupId;
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

    /** What the caller may do with the group: {@code CREATE}, {@code READ}, {@code UPDATE}, {@code DELETE}... */
    public List<String> getPermissions() {
        return permissions;
    }

    public void setPermissions(List<String> permissions) {
        this.permissions = permissions;
    }

    /** The destinations of a destination group, in the {@code withChildren} lists. */
    public List<CloudRouteDestination> getCloudRouteDestinations() {
        return cloudRouteDestinations;
    }

    public void setCloudRouteDestinations(List<CloudRouteDestination> cloudRouteDestinations) {
        this.cloudRouteDestinations = cloudRouteDestinations;
    }

    /** The profiles of a profile group, in the {@code withChildren} lists. */
    public List<CloudRouteProfile> getCloudRouteProfiles() {
        return cloudRouteProfiles;
    }

    public void setCloudRouteProfiles(List<CloudRouteProfile> cloudRouteProfiles) {
        this.cloudRouteProfiles = cloudRouteProfiles;
    }

    @Override
    public String toString() {
        return "CloudRouteGroup[" + cloudGroupId + ", " + groupName + "]";
    }
}
