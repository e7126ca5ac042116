package io.quarkiverse.engagevoice.client.model;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/** An Engage Voice admin user. Properties not declared here are kept. */
public class User extends ApiObject {

    private Integer userId;
    private String userName;
    private String firstName;
    private String lastName;
    private String fullName;
    private Boolean enabled;
    private Boolean rootUser;
    private String rcAccountId;
    private Long rcUserId;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime creationDate;
    private List<User> children;

    public Integer getUserId() {
        return userId;
    }

    public void setUserId(Integer userId) {
        this.userId = userId;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
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

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public Boolean getRootUser() {
        return rootUser;
    }

    public void setRootUser(Boolean rootUser) {
        this.rootUser = rootUser;
    }

    public String getRcAccountId() {
        return rcAccountId;
    }

    public void setRcAccountId(String rcAccountId) {
        this.rcAccountId = rcAccountId;
    }

    public Long getRcUserId() {
        return rcUserId;
    }

    public void setRcUserId(Long rcUserId) {
        this.rcUserId = rcUserId;
    }

    public OffsetDateTime getCreationDate() {
        return creationDate;
    }

    public void setCreationDate(OffsetDateTime creationDate) {
        this.creationDate = creationDate;
    }

    public List<User> getChildren() {
        return children;
    }

    public void setChildren(List<User> children) {
        this.children = children;
    }

    @Override
    public String toString() {
        return "User[" + userId + ", " + userName + "]";
    }
}
