package io.quarkiverse.engagevoice.client.model.services;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * Where to send a user to authorize an OAuth provider (the API's {@code AuthConfigOAuthUrl}). The URL may carry
 * state, so {@link #toString()} leaves it out.
 */
public class OAuthAuthorizationUrl extends ApiObject {

    private String location;

    public OAuthAuthorizationUrl() {
    }

    /** The authorization URL. */
    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    @Override
    public String toString() {
        return "OAuthAuthorizationUrl[" + (location == null ? "none" : "present") + "]";
    }
}
