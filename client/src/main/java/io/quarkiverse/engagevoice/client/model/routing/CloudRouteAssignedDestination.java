package io.quarkiverse.engagevoice.client.model.routing;

import java.util.List;

import io.quarkiverse.engagevoice.client.model.ApiObject;
import io.quarkiverse.engagevoice.client.model.admin.Country;

/**
 * The assignment of a cloud route destination to a cloud route profile (the API's
 * {@code CloudRouteAssignedDestination}): its rank and share of the profile's calls, and the settings that override the
 * destination's own. Seen from a profile it is an assigned destination, from a destination an assigned profile.
 * Properties not declared here are kept.
 */
public class CloudRouteAssignedDestination extends ApiObject {

    private Integer assignedDestinationId;
    private CloudRouteProfile cloudProfile;
    private CloudRouteDestination cloudDestination;
    private Integer rank;
    private Integer allocationPercent;
    private String allocationPercentHours;
    private Boolean overrideFlag;
    private String destinationType;
    private String routeDestination;
    private Country countryCode;
    private Integer ringDuration;
    private Boolean ttAccept;
    private Integer ttAcceptTime;
    private Boolean forceAcdQueue;
    private Boolean dtmfEventsEnabled;
    private Boolean enablePrerouteHttp;
    private String outboundCallerId;
    private String takeBackDtmf;
    private Integer repeatIndexStart;
    private List<String> permissions;

    public CloudRouteAssignedDestination() {
    }

    /**
     * An assignment of destination {@code cloudDestinationId} to profile {@code cloudProfileId}, each given by id
     * only: the body of a create on either side.
     */
    public static CloudRouteAssignedDestination of(int cloudProfileId, int cloudDestinationId) {
        CloudRouteProfile profile = new CloudRouteProfile();
        profile.setCloudProfileId(cloudProfileId);
        CloudRouteDestination destination = new CloudRouteDestination();
        destination.setCloudDestinationId(cloudDestinationId);
        CloudRouteAssignedDestination a = new CloudRouteAssignedDestination();
        a.setCloudProfile(profile);
        a.setCloudDestination(destination);
        return a;
    }

    public Integer getAssignedDestinationId() {
        return assignedDestinationId;
    }

    public void setAssignedDestinationId(Integer assignedDestinationId) {
        this.assignedDestinationId = assignedDestinationId;
    }

    public CloudRouteProfile getCloudProfile() {
        return cloudProfile;
    }

    public void setCloudProfile(CloudRouteProfile cloudProfile) {
        this.cloudProfile = cloudProfile;
    }

    public CloudRouteDestination getCloudDestination() {
        return cloudDestination;
    }

    public void setCloudDestination(CloudRouteDestination cloudDestination) {
        this.cloudDestination = cloudDestination;
    }

    /** Order among the profile's destinations. */
    public Integer getRank() {
        return rank;
    }

    public void setRank(Integer rank) {
        this.rank = rank;
    }

    /** Share of the profile's calls, in percent. */
    public Integer getAllocationPercent() {
        return allocationPercent;
    }

    public void setAllocationPercent(Integer allocationPercent) {
        this.allocationPercent = allocationPercent;
    }

    /** Shares by hour, as the allocation-hours export and import carry them. */
    public String getAllocationPercentHours() {
        return allocationPercentHours;
    }

    public void setAllocationPercentHours(String allocationPercentHours) {
        this.allocationPercentHours = allocationPercentHours;
    }

    /** Whether the settings below override those of the destination. */
    public Boolean getOverrideFlag() {
        return overrideFlag;
    }

    public void setOverrideFlag(Boolean overrideFlag) {
        this.overrideFlag = overrideFlag;
    }

    /** One of {@link CloudDestinationType}, by name. */
    public String getDestinationType() {
        return destinationType;
    }

    public void setDestinationType(String destinationType) {
        this.destinationType = destinationType;
    }

    public String getRouteDestination() {
        return routeDestination;
    }

    public void setRouteDestination(String routeDestination) {
        this.routeDestination = routeDestination;
    }

    public Country getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(Country countryCode) {
        this.countryCode = countryCode;
    }

    /** Seconds. */
    public Integer getRingDuration() {
        return ringDuration;
    }

    public void setRingDuration(Integer ringDuration) {
        this.ringDuration = ringDuration;
    }

    public Boolean getTtAccept() {
        return ttAccept;
    }

    public void setTtAccept(Boolean ttAccept) {
        this.ttAccept = ttAccept;
    }

    /** Seconds. */
    public Integer getTtAcceptTime() {
        return ttAcceptTime;
    }

    public void setTtAcceptTime(Integer ttAcceptTime) {
        this.ttAcceptTime = ttAcceptTime;
    }

    public Boolean getForceAcdQueue() {
        return forceAcdQueue;
    }

    public void setForceAcdQueue(Boolean forceAcdQueue) {
        this.forceAcdQueue = forceAcdQueue;
    }

    public Boolean getDtmfEventsEnabled() {
        return dtmfEventsEnabled;
    }

    public void setDtmfEventsEnabled(Boolean dtmfEventsEnabled) {
        this.dtmfEventsEnabled = dtmfEventsEnabled;
    }

    public Boolean getEnablePrerouteHttp() {
        return enablePrerouteHttp;
    }

    public void setEnablePrerouteHttp(Boolean enablePrerouteHttp) {
        this.enablePrerouteHttp = enablePrerouteHttp;
    }

    public String getOutboundCallerId() {
        return outboundCallerId;
    }

    public void setOutboundCallerId(String outboundCallerId) {
        this.outboundCallerId = outboundCallerId;
    }

    public String getTakeBackDtmf() {
        return takeBackDtmf;
    }

    public void setTakeBackDtmf(String takeBackDtmf) {
        this.takeBackDtmf = takeBackDtmf;
    }

    public Integer getRepeatIndexStart() {
        return repeatIndexStart;
    }

    public void setRepeatIndexStart(Integer repeatIndexStart) {
        this.repeatIndexStart = repeatIndexStart;
    }

    public List<String> getPermissions() {
        return permissions;
    }

    public void setPermissions(List<String> permissions) {
        this.permissions = permissions;
    }

    @Override
    public String toString() {
        return "CloudRouteAssignedDestination[" + assignedDestinationId + ", profile "
                + (cloudProfile == null ? null : cloudProfile.getCloudProfileId()) + ", destination "
                + (cloudDestination == null ? null : cloudDestination.getCloudDestinationId()) + "]";
    }
}
