package io.quarkiverse.engagevoice.client.model.admin;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import io.quarkiverse.engagevoice.client.model.ApiObject;
import io.quarkiverse.engagevoice.client.model.EngageDateTime;
import io.quarkiverse.engagevoice.client.model.User;

/**
 * An account's rights document held by a user (the API's {@code RightsDocTable}), the answer of a bulk account
 * assignment. Properties not declared here are kept.
 */
public class AccountAssignment extends ApiObject {

    private String accountId;
    private String rightsDocName;
    private Boolean isMaster;
    private User owner;
    private String rightsDocJson;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime creationDate;

    public AccountAssignment() {
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public String getRightsDocName() {
        return rightsDocName;
    }

    public void setRightsDocName(String rightsDocName) {
        this.rightsDocName = rightsDocName;
    }

    public Boolean getIsMaster() {
        return isMaster;
    }

    public void setIsMaster(Boolean isMaster) {
        this.isMaster = isMaster;
    }

    public User getOwner() {
        return owner;
    }

    public void setOwner(User owner) {
        this.owner = owner;
    }

    /** The rights document itself, as the JSON text the server stores. */
    public String getRightsDocJson() {
        return rightsDocJson;
    }

    public void setRightsDocJson(String rightsDocJson) {
        this.rightsDocJson = rightsDocJson;
    }

    public OffsetDateTime getCreationDate() {
        return creationDate;
    }

    public void setCreationDate(OffsetDateTime creationDate) {
        this.creationDate = creationDate;
    }

    @Override
    public String toString() {
        return "AccountAssignment[" + accountId + ", " + rightsDocName + "]";
    }
}
