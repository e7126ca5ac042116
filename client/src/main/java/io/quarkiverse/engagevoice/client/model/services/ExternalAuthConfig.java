package io.quarkiverse.engagevoice.client.model.services;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An external authentication configuration of any type, as read and listed (the API's
 * {@code GetExternalAuthConfigById200Response}): the properties of every type, those of the configuration's
 * {@link #getAuthType() type} filled in. {@link #toString()} never shows a credential.
 */
public class ExternalAuthConfig extends AuthConfig {

    private String username;
    private String password;
    private String apiKey;
    private String secret;
    private String privateKey;
    private String assertion;
    private String oauthProvider;
    private String grantType;
    private String tokenUrl;
    private String clientId;
    private String clientCredentialsSupplyIn;
    private String scope;
    private List<JsonNode> otherParameters;
    private String algorithm;
    private Boolean isSecretEncoded;
    private String payload;
    private String jwtHeaders;
    private Integer expirationTime;
    private Boolean isIncludeIssueAt;
    private String addTokenTo;
    private String headerPrefix;
    private String queryParamName;

    public ExternalAuthConfig() {
        super(null);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    /** A secret: never logged. */
    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** A secret: never logged. */
    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    /** A secret: never logged. */
    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    /** A secret: never logged. */
    public String getPrivateKey() {
        return privateKey;
    }

    public void setPrivateKey(String privateKey) {
        this.privateKey = privateKey;
    }

    /** A secret: never logged. */
    public String getAssertion() {
        return assertion;
    }

    public void setAssertion(String assertion) {
        this.assertion = assertion;
    }

    public String getOauthProvider() {
        return oauthProvider;
    }

    public void setOauthProvider(String oauthProvider) {
        this.oauthProvider = oauthProvider;
    }

    public String getGrantType() {
        return grantType;
    }

    public void setGrantType(String grantType) {
        this.grantType = grantType;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientCredentialsSupplyIn() {
        return clientCredentialsSupplyIn;
    }

    public void setClientCredentialsSupplyIn(String clientCredentialsSupplyIn) {
        this.clientCredentialsSupplyIn = clientCredentialsSupplyIn;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public List<JsonNode> getOtherParameters() {
        return otherParameters;
    }

    public void setOtherParameters(List<JsonNode> otherParameters) {
        this.otherParameters = otherParameters;
    }

    public String getAlgorithm() {
        return algorithm;
    }

    public void setAlgorithm(String algorithm) {
        this.algorithm = algorithm;
    }

    public Boolean getIsSecretEncoded() {
        return isSecretEncoded;
    }

    public void setIsSecretEncoded(Boolean isSecretEncoded) {
        this.isSecretEncoded = isSecretEncoded;
    }

    public String getPayload() {
        return payload;
    }

    public void setPayload(String payload) {
        this.payload = payload;
    }

    public String getJwtHeaders() {
        return jwtHeaders;
    }

    public void setJwtHeaders(String jwtHeaders) {
        this.jwtHeaders = jwtHeaders;
    }

    public Integer getExpirationTime() {
        return expirationTime;
    }

    public void setExpirationTime(Integer expirationTime) {
        this.expirationTime = expirationTime;
    }

    public Boolean getIsIncludeIssueAt() {
        return isIncludeIssueAt;
    }

    public void setIsIncludeIssueAt(Boolean isIncludeIssueAt) {
        this.isIncludeIssueAt = isIncludeIssueAt;
    }

    public String getAddTokenTo() {
        return addTokenTo;
    }

    public void setAddTokenTo(String addTokenTo) {
        this.addTokenTo = addTokenTo;
    }

    public String getHeaderPrefix() {
        return headerPrefix;
    }

    public void setHeaderPrefix(String headerPrefix) {
        this.headerPrefix = headerPrefix;
    }

    public String getQueryParamName() {
        return queryParamName;
    }

    public void setQueryParamName(String queryParamName) {
        this.queryParamName = queryParamName;
    }
}
