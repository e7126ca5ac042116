package io.quarkiverse.engagevoice.client.model.queues;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import io.quarkiverse.engagevoice.client.model.ApiObject;
import io.quarkiverse.engagevoice.client.model.EngageDateTime;

/**
 * A named destination agents may transfer calls to. {@link #toString()} leaves out the destination (a phone number).
 * Properties not declared here are kept.
 */
public class PhoneBookEntry extends ApiObject {

    private Integer entryId;
    private String destName;
    private String destination;
    private String countryId;
    private String notes;
    private String type;
    private Integer typeId;
    private String accountId;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime dateCreated;

    public PhoneBookEntry() {
    }

    /** An entry for a create: a name and the number or address it dials. */
    public static PhoneBookEntry of(String destName, String destination) {
        PhoneBookEntry e = new PhoneBookEntry();
        e.setDestName(destName);
        e.setDestination(destination);
        return e;
    }

    public Integer getEntryId() {
        return entryId;
    }

    public void setEntryId(Integer entryId) {
        this.entryId = entryId;
    }

    /** The name agents see. */
    public String getDestName() {
        return destName;
    }

    public void setDestName(String destName) {
        this.destName = destName;
    }

    /** The phone number or SIP address. */
    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }

    /** ISO 3166 alpha-3 country of the destination, such as {@code USA}. */
    public String getCountryId() {
        return countryId;
    }

    public void setCountryId(String countryId) {
        this.countryId = countryId;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    /** What the entry belongs to: {@code GATE}, {@code CAMPAIGN} or {@code GLOBAL}. */
    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    /** The id of the queue or campaign the entry belongs to. */
    public Integer getTypeId() {
        return typeId;
    }

    public void setTypeId(Integer typeId) {
        this.typeId = typeId;
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public OffsetDateTime getDateCreated() {
        return dateCreated;
    }

    public void setDateCreated(OffsetDateTime dateCreated) {
        this.dateCreated = dateCreated;
    }

    @Override
    public String toString() {
        return "PhoneBookEntry[" + entryId + ", " + destName + "]";
    }
}
