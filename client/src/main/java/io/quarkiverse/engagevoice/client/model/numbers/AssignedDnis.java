package io.quarkiverse.engagevoice.client.model.numbers;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import io.quarkiverse.engagevoice.client.model.ApiObject;
import io.quarkiverse.engagevoice.client.model.EngageDateTime;
import io.quarkiverse.engagevoice.client.model.routing.CloudRouteProfileSkinny;

/**
 * The assignment of a phone number (DNIS) to what answers its calls: a queue ({@link #getGate()}), a tracking number,
 * a cloud route profile or a visual IVR (the API's {@code AssignedDnis}). Properties not declared here are kept.
 * {@link #toString()} leaves out the number.
 */
public class AssignedDnis extends ApiObject {

    private String dnis;
    private String dnisE164;
    private String dnisDescription;
    private Boolean isActive;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime startDate;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime endDate;
    private String endPointType;
    private String endPointId;
    private String originatingDnis;
    private Boolean phoneNumbersI18nEnabled;
    private AssignedGate gate;
    private AssignedTracNumber tracNumber;
    private CloudRouteProfileSkinny cloudRouteProfile;
    private AssignedVisualIvr visualIvr;

    public AssignedDnis() {
    }

    /** An assignment of the number {@code dnis}: the body of the assignment operations. */
    public static AssignedDnis of(String dnis) {
        AssignedDnis a = new AssignedDnis();
        a.setDnis(dnis);
        return a;
    }

    public String getDnis() {
        return dnis;
    }

    public void setDnis(String dnis) {
        this.dnis = dnis;
    }

    /** The number in E.164 form. */
    public String getDnisE164() {
        return dnisE164;
    }

    public void setDnisE164(String dnisE164) {
        this.dnisE164 = dnisE164;
    }

    public String getDnisDescription() {
        return dnisDescription;
    }

    public void setDnisDescription(String dnisDescription) {
        this.dnisDescription = dnisDescription;
    }

    public Boolean getIsActive() {
        return isActive;
    }

    public void setIsActive(Boolean isActive) {
        this.isActive = isActive;
    }

    /** When the assignment starts. */
    public OffsetDateTime getStartDate() {
        return startDate;
    }

    public void setStartDate(OffsetDateTime startDate) {
        this.startDate = startDate;
    }

    /** When the assignment ends. */
    public OffsetDateTime getEndDate() {
        return endDate;
    }

    public void setEndDate(OffsetDateTime endDate) {
        this.endDate = endDate;
    }

    /** What the number is assigned to, as the server names it. */
    public String getEndPointType() {
        return endPointType;
    }

    public void setEndPointType(String endPointType) {
        this.endPointType = endPointType;
    }

    public String getEndPointId() {
        return endPointId;
    }

    public void setEndPointId(String endPointId) {
        this.endPointId = endPointId;
    }

    public String getOriginatingDnis() {
        return originatingDnis;
    }

    public void setOriginatingDnis(String originatingDnis) {
        this.originatingDnis = originatingDnis;
    }

    public Boolean getPhoneNumbersI18nEnabled() {
        return phoneNumbersI18nEnabled;
    }

    public void setPhoneNumbersI18nEnabled(Boolean phoneNumbersI18nEnabled) {
        this.phoneNumbersI18nEnabled = phoneNumbersI18nEnabled;
    }

    /** The queue, when assigned to one. */
    public AssignedGate getGate() {
        return gate;
    }

    public void setGate(AssignedGate gate) {
        this.gate = gate;
    }

    /** The tracking number, when assigned to one. */
    public AssignedTracNumber getTracNumber() {
        return tracNumber;
    }

    public void setTracNumber(AssignedTracNumber tracNumber) {
        this.tracNumber = tracNumber;
    }

    /** The cloud route profile, when assigned to one. */
    public CloudRouteProfileSkinny getCloudRouteProfile() {
        return cloudRouteProfile;
    }

    public void setCloudRouteProfile(CloudRouteProfileSkinny cloudRouteProfile) {
        this.cloudRouteProfile = cloudRouteProfile;
    }

    /** The visual IVR, when assigned to one. */
    public AssignedVisualIvr getVisualIvr() {
        return visualIvr;
    }

    public void setVisualIvr(AssignedVisualIvr visualIvr) {
        this.visualIvr = visualIvr;
    }

    @Override
    public String toString() {
        return "AssignedDnis[" + endPointType + " " + endPointId + ", " + dnisDescription + "]";
    }
}
