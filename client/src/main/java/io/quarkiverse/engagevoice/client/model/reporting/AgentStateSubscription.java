package io.quarkiverse.engagevoice.client.model.reporting;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import io.quarkiverse.engagevoice.client.model.ApiObject;
import io.quarkiverse.engagevoice.client.model.EngageDateTime;

/**
 * An agent-state subscription (the API's {@code RTASubscriptionResponse}): RingCX posts agent state changes of the
 * sub-account to {@code notificationUrl}. Properties not declared here are kept. {@link #toString()} leaves out the
 * custom headers and the auth configuration, which may hold credentials.
 */
public class AgentStateSubscription extends ApiObject {

    private String subscriptionId;
    private String mainAccountId;
    private String subAccountId;
    private String subscriptionName;
    private String description;
    private String notificationUrl;
    private String authConfigId;
    private Boolean active;
    private Integer maxRetryCount;
    private Map<String, Object> customHeaders;
    private Long expiresAt;
    private String createdBy;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime createdAt;
    private String updatedBy;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime updatedAt;
    private SubscriptionAuthConfig authConfig;

    public AgentStateSubscription() {
    }

    /** {@code expiresAt} as an instant; empty when it has none ({@code null} or {@code 0}). */
    public Optional<Instant> expiry() {
        return expiresAt == null || expiresAt == 0 ? Optional.empty() : Optional.of(Instant.ofEpochSecond(expiresAt));
    }

    /** The subscription (a UUID), which updates and deletes name. */
    public String getSubscriptionId() {
        return subscriptionId;
    }

    public void setSubscriptionId(String subscriptionId) {
        this.subscriptionId = subscriptionId;
    }

    public String getMainAccountId() {
        return mainAccountId;
    }

    public void setMainAccountId(String mainAccountId) {
        this.mainAccountId = mainAccountId;
    }

    public String getSubAccountId() {
        return subAccountId;
    }

    public void setSubAccountId(String subAccountId) {
        this.subAccountId = subAccountId;
    }

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

    public String getNotificationUrl() {
        return notificationUrl;
    }

    public void setNotificationUrl(String notificationUrl) {
        this.notificationUrl = notificationUrl;
    }

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

    public Integer getMaxRetryCount() {
        return maxRetryCount;
    }

    public void setMaxRetryCount(Integer maxRetryCount) {
        this.maxRetryCount = maxRetryCount;
    }

    /** Headers added to every notification request; may hold credentials. */
    public Map<String, Object> getCustomHeaders() {
        return customHeaders;
    }

    public void setCustomHeaders(Map<String, Object> customHeaders) {
        this.customHeaders = customHeaders;
    }

    /** Expiry in epoch seconds; 0 for none. See {@link #expiry()}. */
    public Long getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(Long expiresAt) {
        this.expiresAt = expiresAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(OffsetDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public void setUpdatedBy(String updatedBy) {
        this.updatedBy = updatedBy;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(OffsetDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }

    /** How RingCX authenticates to the receiver; may hold an API key. */
    public SubscriptionAuthConfig getAuthConfig() {
        return authConfig;
    }

    public void setAuthConfig(SubscriptionAuthConfig authConfig) {
        this.authConfig = authConfig;
    }

    @Override
    public String toString() {
        return "AgentStateSubscription[" + subscriptionId + ", " + subscriptionName + ", " + notificationUrl + "]";
    }
}
