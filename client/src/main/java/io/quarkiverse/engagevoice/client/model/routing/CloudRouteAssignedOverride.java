package io.quarkiverse.engagevoice.client.model.routing;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * A DNIS override of a destination assigned to a cloud route profile (the API's {@code CloudRouteAssignedOverride}):
 * calls to {@link #getDnis()} go to {@link #getRouteDestination()}. Properties not declared here are kept.
 */
public class CloudRouteAssignedOverride extends ApiObject {

    private Integer assignedOverrideId;
    private String dnis;
    private String routeDestination;
    private String countryId;
    private CloudRouteAssignedDestination assignedDestination;

    public CloudRouteAssignedOverride() {
    }

    /** An override sending calls to {@code dnis} to {@code routeDestination}: the body of a create. */
    public static CloudRouteAssignedOverride of(String dnis, String routeDestination) {
        CloudRouteAssignedOverride o = new CloudRouteAssignedOverride();
        o.setDnis(dnis);
        o.setRouteDestination(routeDestination);
        return o;
    }

    public Integer getAssignedOverrideId() {
        return assignedOverrideId;
    }

    public void setAssignedOverrideId(Integer assignedOverrideId) {
        this.assignedOverrideId = assignedOverrideId;
    }

    /** The dialled number the override applies to. */
    public String getDnis() {
        return dnis;
    }

    public void setDnis(String dnis) {
        this.dnis = dnis;
    }

    /** Where those calls go instead. */
    public String getRouteDestination() {
        return routeDestination;
    }

    public void setRouteDestination(String routeDestination) {
        this.routeDestination = routeDestination;
    }

    public String getCountryId() {
        return countryId;
    }

    public void setCountryId(String countryId) {
        this.countryId = countryId;
    }

    /** The assignment overridden. */
    public CloudRouteAssignedDestination getAssignedDestination() {
        return assignedDestination;
    }

    public void setAssignedDestination(CloudRouteAssignedDestination assignedDestination) {
        this.assignedDestination = assignedDestination;
    }

    @Override
    public String toString() {
        return "CloudRouteAssignedOverride[" + assignedOverrideId + "]";
    }
}
