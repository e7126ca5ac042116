package io.quarkiverse.engagevoice.client.model.numbers;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import io.quarkiverse.engagevoice.client.model.ApiObject;
import io.quarkiverse.engagevoice.client.model.EngageDateTime;

/**
 * A phone number (DNIS) of the telephone number manager's pool, with its assignment (the API's {@code DnisPool}).
 * Properties not declared here are kept, among them {@code assignedSmsDnis}, {@code reservedAccount} and
 * {@code twilioApiKey}, which is a secret. {@link #toString()} leaves out the number and every secret.
 */
public class DnisPool extends ApiObject {

    private String dnis;
    private String dnisE164;
    private String dnisDescription;
    private String dnisCategory;
    private Boolean active;
    private String carrier;
    private String resporg;
    private String vendorId;
    private String platformId;
    private Integer vruNetworkId;
    private String inboundContext;
    private String customAppString;
    private String notes;
    private String originatingDnis;
    private String reservedAccountId;
    private Boolean smsEnabled;
    private Boolean dnisManagedByRC;
    private Boolean phoneNumbersI18nEnabled;
    private AssignedDnis assignedDnis;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime dateCreated;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime lastModified;
    private String lastModifiedBy;
    private String mediaCode;
    private String mediaFormat;
    private String mediaIsci;
    private String mediaLength;
    private String mediaMarket;
    private String mediaNetwork;
    private String mediaUrl;
    private String mediaVersion;
    private String mediaWebSourcecode;

    public DnisPool() {
    }

    /** A pool record of the number {@code dnis}: the smallest body of a create. */
    public static DnisPool of(String dnis) {
        DnisPool p = new DnisPool();
        p.setDnis(dnis);
        return p;
    }

    /** The number as the pool stores it (national form unless international numbers are enabled). */
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

    public String getDnisCategory() {
        return dnisCategory;
    }

    public void setDnisCategory(String dnisCategory) {
        this.dnisCategory = dnisCategory;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    /** The responsible organisation of a toll-free number. */
    public String getResporg() {
        return resporg;
    }

    public void setResporg(String resporg) {
        this.resporg = resporg;
    }

    public String getVendorId() {
        return vendorId;
    }

    public void setVendorId(String vendorId) {
        this.vendorId = vendorId;
    }

    public String getPlatformId() {
        return platformId;
    }

    public void setPlatformId(String platformId) {
        this.platformId = platformId;
    }

    public Integer getVruNetworkId() {
        return vruNetworkId;
    }

    public void setVruNetworkId(Integer vruNetworkId) {
        this.vruNetworkId = vruNetworkId;
    }

    public String getInboundContext() {
        return inboundContext;
    }

    public void setInboundContext(String inboundContext) {
        this.inboundContext = inboundContext;
    }

    public String getCustomAppString() {
        return customAppString;
    }

    public void setCustomAppString(String customAppString) {
        this.customAppString = customAppString;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getOriginatingDnis() {
        return originatingDnis;
    }

    public void setOriginatingDnis(String originatingDnis) {
        this.originatingDnis = originatingDnis;
    }

    /** The account the number is reserved for. */
    public String getReservedAccountId() {
        return reservedAccountId;
    }

    public void setReservedAccountId(String reservedAccountId) {
        this.reservedAccountId = reservedAccountId;
    }

    public Boolean getSmsEnabled() {
        return smsEnabled;
    }

    public void setSmsEnabled(Boolean smsEnabled) {
        this.smsEnabled = smsEnabled;
    }

    /** Whether RingCentral manages the number. */
    public Boolean getDnisManagedByRC() {
        return dnisManagedByRC;
    }

    public void setDnisManagedByRC(Boolean dnisManagedByRC) {
        this.dnisManagedByRC = dnisManagedByRC;
    }

    /** Whether the number is in international form. */
    public Boolean getPhoneNumbersI18nEnabled() {
        return phoneNumbersI18nEnabled;
    }

    public void setPhoneNumbersI18nEnabled(Boolean phoneNumbersI18nEnabled) {
        this.phoneNumbersI18nEnabled = phoneNumbersI18nEnabled;
    }

    /** Where the number routes calls, when assigned. */
    public AssignedDnis getAssignedDnis() {
        return assignedDnis;
    }

    public void setAssignedDnis(AssignedDnis assignedDnis) {
        this.assignedDnis = assignedDnis;
    }

    public OffsetDateTime getDateCreated() {
        return dateCreated;
    }

    public void setDateCreated(OffsetDateTime dateCreated) {
        this.dateCreated = dateCreated;
    }

    public OffsetDateTime getLastModified() {
        return lastModified;
    }

    public void setLastModified(OffsetDateTime lastModified) {
        this.lastModified = lastModified;
    }

    public String getLastModifiedBy() {
        return lastModifiedBy;
    }

    public void setLastModifiedBy(String lastModifiedBy) {
        this.lastModifiedBy = lastModifiedBy;
    }

    public String getMediaCode() {
        return mediaCode;
    }

    public void setMediaCode(String mediaCode) {
        this.mediaCode = mediaCode;
    }

    public String getMediaFormat() {
        return mediaFormat;
    }

    public void setMediaFormat(String mediaFormat) {
        this.mediaFormat = mediaFormat;
    }

    public String getMediaIsci() {
        return mediaIsci;
    }

    public void setMediaIsci(String mediaIsci) {
        this.mediaIsci = mediaIsci;
    }

    public String getMediaLength() {
        return mediaLength;
    }

    public void setMediaLength(String mediaLength) {
        this.mediaLength = mediaLength;
    }

    public String getMediaMarket() {
        return mediaMarket;
    }

    public void setMediaMarket(String mediaMarket) {
        this.mediaMarket = mediaMarket;
    }

    public String getMediaNetwork() {
        return mediaNetwork;
    }

    public void setMediaNetwork(String mediaNetwork) {
        this.mediaNetwork = mediaNetwork;
    }

    public String getMediaUrl() {
        return mediaUrl;
    }

    public void setMediaUrl(String mediaUrl) {
        this.mediaUrl = mediaUrl;
    }

    public String getMediaVersion() {
        return mediaVersion;
    }

    public void setMediaVersion(String mediaVersion) {
        this.mediaVersion = mediaVersion;
    }

    public String getMediaWebSourcecode() {
        return mediaWebSourcecode;
    }

    public void setMediaWebSourcecode(String mediaWebSourcecode) {
        this.mediaWebSourcecode = mediaWebSourcecode;
    }

    @Override
    public String toString() {
        return "DnisPool[" + dnisDescription + ", " + (Boolean.TRUE.equals(active) ? "active" : "inactive") + "]";
    }
}
