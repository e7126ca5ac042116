package io.quarkiverse.engagevoice.client.model.admin;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * A persona phone of an account (the API's {@code PersonaPhoneConfig}): a labelled phone that campaigns' calling
 * preferences can use. Properties not declared here are kept.
 */
public class PersonaPhoneConfig extends ApiObject {

    private Integer phoneId;
    private String phoneLabel;
    private String accountId;

    public PersonaPhoneConfig() {
    }

    /** A configuration with only a label: the body of a create. */
    public static PersonaPhoneConfig labelled(String phoneLabel) {
        PersonaPhoneConfig c = new PersonaPhoneConfig();
        c.setPhoneLabel(phoneLabel);
        return c;
    }

    public Integer getPhoneId() {
        return phoneId;
    }

    public void setPhoneId(Integer phoneId) {
        this.phoneId = phoneId;
    }

    public String getPhoneLabel() {
        return phoneLabel;
    }

    public void setPhoneLabel(String phoneLabel) {
        this.phoneLabel = phoneLabel;
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    @Override
    public String toString() {
        return "PersonaPhoneConfig[" + phoneId + ", " + phoneLabel + "]";
    }
}
