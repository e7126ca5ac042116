package io.quarkiverse.engagevoice.client.model.routing;

import java.util.List;

import io.quarkiverse.engagevoice.client.model.WeeklySchedule;
import io.quarkiverse.engagevoice.client.model.admin.Country;

/**
 * A cloud route destination (the API's {@code CloudRouteDestination}): where cloud routing may send a call (a number,
 * a SIP address, a queue, an IVR...), with its schedule, its capacity and its location for geographic routing.
 * Properties not declared here are kept, among them {@code startDate} and {@code endDate}, which the OpenAPI file
 * describes as Joda {@code DateTime} objects.
 */
public class CloudRouteDestination extends WeeklySchedule {

    private Integer cloudDestinationId;
    private String destinationName;
    private String destinationDesc;
    private String destinationType;
    private String routeDestination;
    private Boolean isActive;
    private Boolean isDeleted;
    private Boolean forceAcdQueue;
    private Integer ringDuration;
    private Integer maxConcurrent;
    private String maxConcurrentType;
    private String maxConcurrentHours;
    private Boolean ttAccept;
    private Integer ttAcceptTime;
    private String prerouteHttpUrl;
    private String authKey;
    private Country countryCode;
    private String address;
    private String city;
    private String state;
    private String zip;
    private Double lat;
    private Double lon;
    private List<String> permissions;
    private CloudRouteGroup cloudRouteGroup;

    public CloudRouteDestination() {
    }

    /** A destination with a name, a type and where calls go: the body of a create. */
    public static CloudRouteDestination of(String destinationName, CloudDestinationType type, String routeDestination) {
        CloudRouteDestination d = new CloudRouteDestination();
        d.setDestinationName(destinationName);
        d.setDestinationType(type == null ? null : type.name());
        d.setRouteDestination(routeDestination);
        return d;
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

    public String getDestinationDesc() {
        return destinationDesc;
    }

    public void setDestinationDesc(String destinationDesc) {
        this.destinationDesc = destinationDesc;
    }

    /** One of {@link CloudDestinationType}, by name. */
    public String getDestinationType() {
        return destinationType;
    }

    public void setDestinationType(String destinationType) {
        this.destinationType = destinationType;
    }

    /** Where calls go: a phone number, a SIP address, a queue id..., as {@link #getDestinationType()} says. */
    public String getRouteDestination() {
        return routeDestination;
    }

    public void setRouteDestination(String routeDestination) {
        this.routeDestination = routeDestination;
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

    public Boolean getForceAcdQueue() {
        return forceAcdQueue;
    }

    public void setForceAcdQueue(Boolean forceAcdQueue) {
        this.forceAcdQueue = forceAcdQueue;
    }

    /** Seconds. */
    public Integer getRingDuration() {
        return ringDuration;
    }

    public void setRingDuration(Integer ringDuration) {
        this.ringDuration = ringDuration;
    }

    /** How many calls at once the destination takes. */
    public Integer getMaxConcurrent() {
        return maxConcurrent;
    }

    public void setMaxConcurrent(Integer maxConcurrent) {
        this.maxConcurrent = maxConcurrent;
    }

    public String getMaxConcurrentType() {
        return maxConcurrentType;
    }

    public void setMaxConcurrentType(String maxConcurrentType) {
        this.maxConcurrentType = maxConcurrentType;
    }

    public String getMaxConcurrentHours() {
        return maxConcurrentHours;
    }

    public void setMaxConcurrentHours(String maxConcurrentHours) {
        this.maxConcurrentHours = maxConcurrentHours;
    }

    /** Whether the callee must accept the call with a key (touch-tone accept). */
    public Boolean getTtAccept() {
        return ttAccept;
    }

    public void setTtAccept(Boolean ttAccept) {
        this.ttAccept = ttAccept;
    }

    /** Seconds to accept the call. */
    public Integer getTtAcceptTime() {
        return ttAcceptTime;
    }

    public void setTtAcceptTime(Integer ttAcceptTime) {
        this.ttAcceptTime = ttAcceptTime;
    }

    /** The URL asked before routing a call here. */
    public String getPrerouteHttpUrl() {
        return prerouteHttpUrl;
    }

    public void setPrerouteHttpUrl(String prerouteHttpUrl) {
        this.prerouteHttpUrl = prerouteHttpUrl;
    }

    /** The key of the pre-route request: a secret, left out of {@link #toString()}. */
    public String getAuthKey() {
        return authKey;
    }

    public void setAuthKey(String authKey) {
        this.authKey = authKey;
    }

    /** The country of {@link #getRouteDestination()}. */
    public Country getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(Country countryCode) {
        this.countryCode = countryCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getZip() {
        return zip;
    }

    public void setZip(String zip) {
        this.zip = zip;
    }

    /** Latitude, for geographic routing. */
    public Double getLat() {
        return lat;
    }

    public void setLat(Double lat) {
        this.lat = lat;
    }

    /** Longitude, for geographic routing. */
    public Double getLon() {
        return lon;
    }

    public void setLon(Double lon) {
        this.lon = lon;
    }

    public List<String> getPermissions() {
        return permissions;
    }

    public void setPermissions(List<String> permissions) {
        this.permissions = permissions;
    }

    /** The group of the destination. */
    public CloudRouteGroup getCloudRouteGroup() {
        return cloudRouteGroup;
    }

    public void setCloudRouteGroup(CloudRouteGroup cloudRouteGroup) {
        this.cloudRouteGroup = cloudRouteGroup;
    }

    @Override
    public String toString() {
        return "CloudRouteDestination[" + cloudDestinationId + ", " + destinationName + ", " + destinationType + "]";
    }
}
