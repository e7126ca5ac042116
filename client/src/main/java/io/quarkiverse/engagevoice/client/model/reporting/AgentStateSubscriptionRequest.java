package io.quarkiverse.engagevoice.client.model.reporting;

import java.time.Instant;
import java.util.Map;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * What an agent-state subscription delivers, and where (the API's {@code RTASubscriptionRequest}): the body of a
 * create and of an update. RingCX validates {@code notificationUrl} when the subscription is saved: the receiver must
 * answer 200 within 3 s, echo the {@code Validation-Token} request header, and keep its answer within 1024 bytes.
 * {@link #toString()} leaves out the custom headers, which may hold credentials.
 */
public class AgentStateSubscriptionRequest extends ApiObject {

    private String subscriptionName;
    private String description;
    private Integer retryCount;
    private String notificationUrl;
    private String authConfigId;
    private Boolean active;
    private Map<String, Object> customHeaders;
    private Long expiresAt;

    public AgentStateSubscriptionRequest() {
    }

    /** A subscription named {@code subscriptionName} that notifies {@code notificationUrl}. */
    public static AgentStateSubscriptionRequest to(String subscriptionName, String notificationUrl) {
        AgentStateSubscriptionRequest r = new AgentStateSubscriptionRequest();
        r.setSubscriptionName(subscriptionName);
        r.setNotificationUrl(notificationUrl);
        return r;
    }

    /** Sets {@code expiresAt} to {@code instant} in epoch seconds, {@code null} for no expiry ({@code 0}). */
    public AgentStateSubscriptionRequest expiresAt(Instant instant) {
        setExpiresAt(instant == null ? 0L : instant.getEpochSecond());
        return this;
    }

    /** Required. */
    public String getSubscriptionName() {
        return subscriptionName;
    }

    public void setSubscriptionName(String subscriptionName) {
        this.subscriptionName = subscriptionName;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** How often a delivery is retried: at most 10, 3 when not given. */
    public Integer getRetryCount() {
        return retryCount;
    }

    public void setRetryCount(Integer retryCount) {
        this.retryCount = retryCount;
    }

    /** Required: the public HTTPS (TLS 1.2+) endpoint that receives the notifications. */
    public String getNotificationUrl() {
        return notificationUrl;
    }

    public void setNotificationUrl(String notificationUrl) {
        this.notificationUrl = notificationUrl;
    }

    /** The auth configuration (a UUID) RingCX uses to call the receiver. */
    public String getAuthConfigId() {
        return authConfigId;
    }

    public void setAuthConfigId(String authConfigId) {
        this.authConfigId = authConfigId;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    /** Headers added to every notification request. */
    public Map<String, Object> getCustomHeaders() {
        return customHeaders;
    }

    public void setCustomHeaders(Map<String, Object> customHeaders) {
        this.customHeaders = customHeaders;
    }

    /** Expiry in epoch seconds; 0 for none. See {@link #expiresAt(Instant)}. */
    public Long getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(Long expiresAt) {
        this.expiresAt = expiresAt;
    }

    @Override
    public String toString() {
        return "AgentStateSubscriptionRequest[" + subscriptionName + ", " + notificationUrl + "]";
    }
}
