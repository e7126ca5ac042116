package io.quarkiverse.engagevoice.client.model.routing;

import java.util.List;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * A cloud route group as the {@code /v2-skinny/} lists answer (the API's {@code CloudRouteGroupSkinny}): ids and
 * names only, with the destinations or profiles of the group in the {@code withChildren} lists. Properties not declared
 * here are kept.
 */
public class CloudRouteGroupSkinny extends ApiObject {

    private Integer cloudGroupId;
    private String groupName;
    private String accountId;
    private List<CloudRouteDestinationSkinny> cloudRouteDestinations;
    private List<CloudRouteProfileSkinny> cloudRouteProfiles;

    public CloudRouteGroupSkinny() {
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

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    /** The destinations of the group, in the destination {@code withChildren} list. */
    public List<CloudRouteDestinationSkinny> getCloudRouteDestinations() {
        return cloudRouteDestinations;
    }

    public void setCloudRouteDestinations(List<CloudRouteDestinationSkinny> cloudRouteDestinations) {
        this.cloudRouteDestinations = cloudRouteDestinations;
    }

    /** The profiles of the group, in the profile {@code withChildren} list. */
    public List<CloudRouteProfileSkinny> getCloudRouteProfiles() {
        return cloudRouteProfiles;
    }

    public void setCloudRouteProfiles(List<CloudRouteProfileSkinny> cloudRouteProfiles) {
        this.cloudRouteProfiles = cloudRouteProfiles;
    }

    @Override
    public String toString() {
        return "CloudRouteGroupSkinny[" + cloudGroupId + ", " + groupName + "]";
    }
}
