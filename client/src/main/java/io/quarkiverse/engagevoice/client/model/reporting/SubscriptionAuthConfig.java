package io.quarkiverse.engagevoice.client.model.reporting;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * How RingCX authenticates to a subscription's receiver (the API's {@code AuthConfig}). {@link #toString()} never
 * shows the API key.
 */
public class SubscriptionAuthConfig extends ApiObject {

    private String authType;
    private String apiKey;

    public SubscriptionAuthConfig() {
    }

    /** {@code APIKEY}, {@code JWT}, {@code BASIC}, {@code OAUTH} or {@code CUSTOM_AUTH}. */
    public String getAuthType() {
        return authType;
    }

    public void setAuthType(String authType) {
        this.authType = authType;
    }

    /** A secret: never logged. */
    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    @Override
    public String toString() {
        return "SubscriptionAuthConfig[" + authType + "]";
    }
}
