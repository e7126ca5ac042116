package io.quarkiverse.engagevoice.client.model.routing;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * A DNIS override of a cloud route destination (the API's {@code CloudRouteDestinationOverride}): calls to
 * {@link #getDnis()} go to {@link #getRouteDestination()} rather than to the destination's own. Properties not declared
 * here are kept.
 */
public class CloudRouteDestinationOverride extends ApiObject {

    private Integer destOverrideId;
    private String dnis;
    private String routeDestination;
    private String countryId;
    private CloudRouteDestination cloudDestination;

    public CloudRouteDestinationOverride() {
    }

    /** An override sending calls to {@code dnis} to {@code routeDestination}: the body of a create. */
    public static CloudRouteDestinationOverride of(String dnis, String routeDestination) {
        CloudRouteDestinationOverride o = new CloudRouteDestinationOverride();
        o.setDnis(dnis);
        o.setRouteDestination(routeDestination);
        return o;
    }

    public Integer getDestOverrideId() {
        return destOverrideId;
    }

    public void setDestOverrideId(Integer destOverrideId) {
        this.destOverrideId = destOverrideId;
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

    /** The destination overridden. */
    public CloudRouteDestination getCloudDestination() {
        return cloudDestination;
    }

    public void setCloudDestination(CloudRouteDestination cloudDestination) {
        this.cloudDestination = cloudDestination;
    }

    @Override
    public String toString() {
        return "CloudRouteDestinationOverride[" + destOverrideId + "]";
    }
}
