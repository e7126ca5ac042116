package io.quarkiverse.engagevoice.client.model.admin;

import java.util.Map;

import io.quarkiverse.engagevoice.client.model.ApiObject;
import io.quarkiverse.engagevoice.client.model.User;

/**
 * A session of an authenticated user (the API's {@code AuthenticatedUser}), as answered when the session is
 * duplicated. {@link #toString()} leaves out the token. Properties not declared here are kept.
 */
public class AuthenticatedSession extends ApiObject {

    private String id;
    private String name;
    private String description;
    private String authToken;
    private Boolean isApiToken;
    private Boolean stayLoggedIn;
    private Boolean superUser;
    private String sourceIp;
    private User user;
    private Map<String, Object> rightsDocs;
    private Map<String, Object> masterRightsDocs;

    public AuthenticatedSession() {
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** The new session's token: a secret, never shown by {@link #toString()}. */
    public String getAuthToken() {
        return authToken;
    }

    public void setAuthToken(String authToken) {
        this.authToken = authToken;
    }

    public Boolean getIsApiToken() {
        return isApiToken;
    }

    public void setIsApiToken(Boolean isApiToken) {
        this.isApiToken = isApiToken;
    }

    public Boolean getStayLoggedIn() {
        return stayLoggedIn;
    }

    public void setStayLoggedIn(Boolean stayLoggedIn) {
        this.stayLoggedIn = stayLoggedIn;
    }

    public Boolean getSuperUser() {
        return superUser;
    }

    public void setSuperUser(Boolean superUser) {
        this.superUser = superUser;
    }

    public String getSourceIp() {
        return sourceIp;
    }

    public void setSourceIp(String sourceIp) {
        this.sourceIp = sourceIp;
    }

    public User getUser() {
        return user;
    }

    public void setUser(User user) {
        this.user = user;
    }

    /** The session's rights documents by account id, as the server sent them. */
    public Map<String, Object> getRightsDocs() {
        return rightsDocs;
    }

    public void setRightsDocs(Map<String, Object> rightsDocs) {
        this.rightsDocs = rightsDocs;
    }

    /** The session's master rights documents by account id, as the server sent them. */
    public Map<String, Object> getMasterRightsDocs() {
        return masterRightsDocs;
    }

    public void setMasterRightsDocs(Map<String, Object> masterRightsDocs) {
        this.masterRightsDocs = masterRightsDocs;
    }

    @Override
    public String toString() {
        return "AuthenticatedSession[" + id + ", " + name + "]";
    }
}
