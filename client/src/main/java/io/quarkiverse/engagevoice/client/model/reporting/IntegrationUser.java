package io.quarkiverse.engagevoice.client.model.reporting;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * A user as the integration API lists it, with the RingCentral user behind it. Properties not declared here are kept.
 * {@link #toString()} leaves out names and e-mail addresses.
 */
public class IntegrationUser extends ApiObject {

    private Long rcUserId;
    private Integer userId;
    private String engageUserName;
    private String userName;
    private String email;
    private String firstName;
    private String lastName;
    private String parentPath;
    @JsonProperty("envID")
    private String envId;

    public IntegrationUser() {
    }

    /** The RingCentral user id. */
    public Long getRcUserId() {
        return rcUserId;
    }

    public void setRcUserId(Long rcUserId) {
        this.rcUserId = rcUserId;
    }

    public Integer getUserId() {
        return userId;
    }

    public void setUserId(Integer userId) {
        this.userId = userId;
    }

    public String getEngageUserName() {
        return engageUserName;
    }

    public void setEngageUserName(String engageUserName) {
        this.engageUserName = engageUserName;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    /** The user ids from the top of the hierarchy, dot-separated ({@code 2181.2979.3064}). */
    public String getParentPath() {
        return parentPath;
    }

    public void setParentPath(String parentPath) {
        this.parentPath = parentPath;
    }

    /** The environment ({@code eo1}, ...). */
    public String getEnvId() {
        return envId;
    }

    public void setEnvId(String envId) {
        this.envId = envId;
    }

    @Override
    public String toString() {
        return "IntegrationUser[" + userId + ", rc " + rcUserId + "]";
    }
}
