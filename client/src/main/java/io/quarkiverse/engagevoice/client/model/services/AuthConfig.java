package io.quarkiverse.engagevoice.client.model.services;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import io.quarkiverse.engagevoice.client.model.ApiObject;
import io.quarkiverse.engagevoice.client.model.EngageDateTime;

/**
 * What every external authentication configuration has: RingCX keeps credentials for the remote services it calls
 * (see {@link ExternalHttpService#getAuthConfigId()}) as configurations of one of five types, each with its own
 * subclass. {@link #toString()} shows only the id, the type and the provider name, never a credential.
 */
public abstract class AuthConfig extends ApiObject {

    @JsonProperty("authConfigId")
    private String authConfigId;
    @JsonProperty("authType")
    private String authType;
    @JsonProperty("providerName")
    private String providerName;
    @JsonProperty("description")
    private String description;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    @JsonProperty("createdTime")
    private OffsetDateTime createdTime;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    @JsonProperty("updatedTime")
    private OffsetDateTime updatedTime;

    protected AuthConfig(String authType) {
        this.authType = authType;
    }

    /** The configuration's UUID, chosen by the caller when creating it. */
    public String getAuthConfigId() {
        return authConfigId;
    }

    public void setAuthConfigId(String authConfigId) {
        this.authConfigId = authConfigId;
    }

    /** {@code APIKEY}, {@code BASIC}, {@code JWT}, {@code OAUTH} or {@code CUSTOM_AUTH}. */
    public String getAuthType() {
        return authType;
    }

    public void setAuthType(String authType) {
        this.authType = authType;
    }

    /** The name shown for the configuration. */
    public String getProviderName() {
        return providerName;
    }

    public void setProviderName(String providerName) {
        this.providerName = providerName;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public OffsetDateTime getCreatedTime() {
        return createdTime;
    }

    public void setCreatedTime(OffsetDateTime createdTime) {
        this.createdTime = createdTime;
    }

    public OffsetDateTime getUpdatedTime() {
        return updatedTime;
    }

    public void setUpdatedTime(OffsetDateTime updatedTime) {
        this.updatedTime = updatedTime;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + authConfigId + ", " + authType + ", " + providerName + "]";
    }
}
