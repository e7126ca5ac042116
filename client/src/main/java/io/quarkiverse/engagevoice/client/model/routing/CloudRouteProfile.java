package io.quarkiverse.engagevoice.client.model.routing;

import java.util.List;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * A cloud route profile (the API's {@code CloudRouteProfile}): how calls are spread over the destinations assigned to
 * it, with its messages, retries and sticky-destination policy. Properties not declared here are kept, among them
 * the call start, connect and end HTTP services ({@code callStartSoapService}...).
 */
public class CloudRouteProfile extends ApiObject {

    private Integer cloudProfileId;
    private String profileName;
    private String profileDesc;
    private Boolean isActive;
    private Boolean isDeleted;
    private String routingType;
    private String percentAllocType;
    private String stickyDestinationType;
    private String routeExhaustedAction;
    private Boolean recordCall;
    private Integer repeatCount;
    private Integer repeatDelay;
    private Integer dequeueDelay;
    private Integer geoMaxDistance;
    private Integer shortCall;
    private Integer longCall;
    private Boolean revMatch;
    private String billingCode;
    private String outboundCallerId;
    private String introMsg;
    private String whisperMsg;
    private String takeBackMsg;
    private String endcallMsg;
    private String voicemailEmail;
    private List<String> permissions;
    private CloudRouteGroup cloudRouteGroup;

    public CloudRouteProfile() {
    }

    /** A profile with only a name: the body of a create, or of a rename. */
    public static CloudRouteProfile named(String profileName) {
        CloudRouteProfile p = new CloudRouteProfile();
        p.setProfileName(profileName);
        return p;
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

    public String getProfileDesc() {
        return profileDesc;
    }

    public void setProfileDesc(String profileDesc) {
        this.profileDesc = profileDesc;
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

    /** How the profile picks a destination. */
    public String getRoutingType() {
        return routingType;
    }

    public void setRoutingType(String routingType) {
        this.routingType = routingType;
    }

    public String getPercentAllocType() {
        return percentAllocType;
    }

    public void setPercentAllocType(String percentAllocType) {
        this.percentAllocType = percentAllocType;
    }

    /** Whether and how a caller goes back to the destination of an earlier call. */
    public String getStickyDestinationType() {
        return stickyDestinationType;
    }

    public void setStickyDestinationType(String stickyDestinationType) {
        this.stickyDestinationType = stickyDestinationType;
    }

    /** What happens when no destination takes the call. */
    public String getRouteExhaustedAction() {
        return routeExhaustedAction;
    }

    public void setRouteExhaustedAction(String routeExhaustedAction) {
        this.routeExhaustedAction = routeExhaustedAction;
    }

    public Boolean getRecordCall() {
        return recordCall;
    }

    public void setRecordCall(Boolean recordCall) {
        this.recordCall = recordCall;
    }

    public Integer getRepeatCount() {
        return repeatCount;
    }

    public void setRepeatCount(Integer repeatCount) {
        this.repeatCount = repeatCount;
    }

    /** Seconds. */
    public Integer getRepeatDelay() {
        return repeatDelay;
    }

    public void setRepeatDelay(Integer repeatDelay) {
        this.repeatDelay = repeatDelay;
    }

    /** Seconds. */
    public Integer getDequeueDelay() {
        return dequeueDelay;
    }

    public void setDequeueDelay(Integer dequeueDelay) {
        this.dequeueDelay = dequeueDelay;
    }

    public Integer getGeoMaxDistance() {
        return geoMaxDistance;
    }

    public void setGeoMaxDistance(Integer geoMaxDistance) {
        this.geoMaxDistance = geoMaxDistance;
    }

    /** Seconds. */
    public Integer getShortCall() {
        return shortCall;
    }

    public void setShortCall(Integer shortCall) {
        this.shortCall = shortCall;
    }

    /** Seconds. */
    public Integer getLongCall() {
        return longCall;
    }

    public void setLongCall(Integer longCall) {
        this.longCall = longCall;
    }

    public Boolean getRevMatch() {
        return revMatch;
    }

    public void setRevMatch(Boolean revMatch) {
        this.revMatch = revMatch;
    }

    public String getBillingCode() {
        return billingCode;
    }

    public void setBillingCode(String billingCode) {
        this.billingCode = billingCode;
    }

    public String getOutboundCallerId() {
        return outboundCallerId;
    }

    public void setOutboundCallerId(String outboundCallerId) {
        this.outboundCallerId = outboundCallerId;
    }

    public String getIntroMsg() {
        return introMsg;
    }

    public void setIntroMsg(String introMsg) {
        this.introMsg = introMsg;
    }

    public String getWhisperMsg() {
        return whisperMsg;
    }

    public void setWhisperMsg(String whisperMsg) {
        this.whisperMsg = whisperMsg;
    }

    public String getTakeBackMsg() {
        return takeBackMsg;
    }

    public void setTakeBackMsg(String takeBackMsg) {
        this.takeBackMsg = takeBackMsg;
    }

    public String getEndcallMsg() {
        return endcallMsg;
    }

    public void setEndcallMsg(String endcallMsg) {
        this.endcallMsg = endcallMsg;
    }

    /** Where voicemails are sent: personal data, left out of {@link #toString()}. */
    public String getVoicemailEmail() {
        return voicemailEmail;
    }

    public void setVoicemailEmail(String voicemailEmail) {
        this.voicemailEmail = voicemailEmail;
    }

    public List<String> getPermissions() {
        return permissions;
    }

    public void setPermissions(List<String> permissions) {
        this.permissions = permissions;
    }

    /** The group of the profile. */
    public CloudRouteGroup getCloudRouteGroup() {
        return cloudRouteGroup;
    }

    public void setCloudRouteGroup(CloudRouteGroup cloudRouteGroup) {
        this.cloudRouteGroup = cloudRouteGroup;
    }

    @Override
    public String toString() {
        return "CloudRouteProfile[" + cloudProfileId + ", " + profileName + "]";
    }
}
