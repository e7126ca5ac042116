package io.quarkiverse.engagevoice.client.model.admin;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import io.quarkiverse.engagevoice.client.model.ApiObject;
import io.quarkiverse.engagevoice.client.model.EngageDateTime;

/**
 * A number on the account's do-not-call list, with the tag it is filed under.
 * <p>
 * No operation of the official OpenAPI files answers with it: the fields are those of the developer guide's DNC page
 * (its answer to a create), which match the files' unreferenced schema named below. Properties not declared here are
 * kept.
 * <p>
 * schema: DncListEntry
 */
public class DncEntry extends ApiObject {

    private String phone;
    private String tag;
    private DncCountry countryCode;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime addedDate;
    private String addedBy;
    private String reason;
    private Integer dncTagId;

    public DncEntry() {
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    /** The name of the tag the entry is filed under, such as {@code GLOBAL}. */
    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    /** The country of the number. */
    public DncCountry getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(DncCountry countryCode) {
        this.countryCode = countryCode;
    }

    public OffsetDateTime getAddedDate() {
        return addedDate;
    }

    public void setAddedDate(OffsetDateTime addedDate) {
        this.addedDate = addedDate;
    }

    /** Who added the entry. */
    public String getAddedBy() {
        return addedBy;
    }

    public void setAddedBy(String addedBy) {
        this.addedBy = addedBy;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getDncTagId() {
        return dncTagId;
    }

    public void setDncTagId(Integer dncTagId) {
        this.dncTagId = dncTagId;
    }
}
