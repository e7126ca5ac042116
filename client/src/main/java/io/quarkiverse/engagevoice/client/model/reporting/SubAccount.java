package io.quarkiverse.engagevoice.client.model.reporting;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/** A sub-account of a main account, as the integration API lists it (the API's {@code SubAccount}). */
public class SubAccount extends ApiObject {

    private String subAccountId;
    private String subAccountName;
    @JsonProperty("isActive")
    private Boolean active;

    public SubAccount() {
    }

    public String getSubAccountId() {
        return subAccountId;
    }

    public void setSubAccountId(String subAccountId) {
        this.subAccountId = subAccountId;
    }

    public String getSubAccountName() {
        return subAccountName;
    }

    public void setSubAccountName(String subAccountName) {
        this.subAccountName = subAccountName;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    @Override
    public String toString() {
        return "SubAccount[" + subAccountId + ", " + subAccountName + "]";
    }
}
