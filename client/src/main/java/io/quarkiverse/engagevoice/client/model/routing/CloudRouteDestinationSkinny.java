package io.quarkiverse.engagevoice.client.model.routing;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * A cloud route destination in a {@code /v2-skinny/} list (the API's {@code CloudRouteDestinationSkinny}).
 * Properties not declared here are kept.
 */
public class CloudRouteDestinationSkinny extends ApiObject {

    private Integer cloudDestinationId;
    private String destinationName;
    private String cloudGroupId;
    private Boolean isActive;

    public CloudRouteDestinationSkinny() {
    }

    public Integer getCloudDestinationId() {
        return cloudDestinationId;
    }

    public void setCloudDestinationId(Integer cloudDestinationId) {
        this.cloudDestinationId = cloudDestinationId;
    }

    public String getDestinationName() {
        return destinationName;
    }

    public void setDestinationName(String destinationName) {
        this.destinationName = destinationName;
    }

    /** The group's id, which this schema types as a string. */
    public String getCloudGroupId() {
        return cloudGroupId;
    }

    public void setCloudGroupId(String cloudGroupId) {
        this.cloudGroupId = cloudGroupId;
    }

    public Boolean getIsActive() {
        return isActive;
    }

    public void setIsActive(Boolean isActive) {
        this.isActive = isActive;
    }

    @Override
    public String toString() {
        return "CloudRouteDestinationSkinny[" + cloudDestinationId + ", " + destinationName + "]";
    }
}
