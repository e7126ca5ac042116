package io.quarkiverse.engagevoice.client.model.services;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An external authentication configuration that gets an OAuth 2 access token from a token endpoint (the API's
 * {@code AuthConfigOAuth}).
 */
public class OAuthAuthConfig extends AuthConfig {

    private String oauthProvider;
    private String grantType;
    private String tokenUrl;
    private String clientId;
    private String secret;
    private String clientCredentialsSupplyIn;
    private String scope;
    private String username;
    private String password;
    private String assertion;
    private List<JsonNode> otherParameters;
    private JsonNode tokenResponse;

    public OAuthAuthConfig() {
        super("OAUTH");
    }

    /** A client-credentials configuration named {@code providerName}. */
    public static OAuthAuthConfig clientCredentials(String providerName, String tokenUrl, String clientId,
            String secret) {
        OAuthAuthConfig c = new OAuthAuthConfig();
        c.setProviderName(providerName);
        c.setOauthProvider("ADMIN_POPULATED");
        c.setGrantType("CLIENT_CREDENTIALS");
        c.setTokenUrl(tokenUrl);
        c.setClientId(clientId);
        c.setSecret(secret);
        return c;
    }

    /** {@code ADMIN_POPULATED} (the properties here say how to get a token) or {@code SFDC_WEBFLOW}. */
    public String getOauthProvider() {
        return oauthProvider;
    }

    public void setOauthProvider(String oauthProvider) {
        this.oauthProvider = oauthProvider;
    }

    /** {@code CLIENT_CREDENTIALS}, {@code PASSWORD}, {@code REFRESH_TOKEN} or {@code JWT_BEARER}. */
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

    /** The client secret. A secret: never logged. */
    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    /** Where the client credentials go: {@code BODY}, {@code QUERY_PARAM} or {@code HEADER}. */
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

    /** For the {@code PASSWORD} grant. */
    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    /** For the {@code PASSWORD} grant. A secret: never logged. */
    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** For the {@code JWT_BEARER} grant. A secret: never logged. */
    public String getAssertion() {
        return assertion;
    }

    public void setAssertion(String assertion) {
        this.assertion = assertion;
    }

    /** Extra parameters of the token request, as JSON objects. */
    public List<JsonNode> getOtherParameters() {
        return otherParameters;
    }

    public void setOtherParameters(List<JsonNode> otherParameters) {
        this.otherParameters = otherParameters;
    }

    /** The token endpoint's last answer. Holds tokens: never logged. */
    public JsonNode getTokenResponse() {
        return tokenResponse;
    }

    public void setTokenResponse(JsonNode tokenResponse) {
        this.tokenResponse = tokenResponse;
    }
}
