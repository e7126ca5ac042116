package io.quarkiverse.engagevoice.client.model.services;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An external authentication configuration whose credentials a RingCX function computes (the API's
 * {@code AuthConfigCustomAuth}). The input parameters may hold secrets and are never logged.
 */
public class CustomAuthConfig extends AuthConfig {

    private String wcgFunctionId;
    private String allowedBaseUrl;
    private List<JsonNode> inputParams;

    public CustomAuthConfig() {
        super("CUSTOM_AUTH");
    }

    /** A configuration named {@code providerName} computed by function {@code wcgFunctionId}. */
    public static CustomAuthConfig of(String providerName, String wcgFunctionId, String allowedBaseUrl) {
        CustomAuthConfig c = new CustomAuthConfig();
        c.setProviderName(providerName);
        c.setWcgFunctionId(wcgFunctionId);
        c.setAllowedBaseUrl(allowedBaseUrl);
        return c;
    }

    /** The function that computes the credentials. */
    public String getWcgFunctionId() {
        return wcgFunctionId;
    }

    public void setWcgFunctionId(String wcgFunctionId) {
        this.wcgFunctionId = wcgFunctionId;
    }

    /** The only base URL the credentials may be sent to. */
    public String getAllowedBaseUrl() {
        return allowedBaseUrl;
    }

    public void setAllowedBaseUrl(String allowedBaseUrl) {
        this.allowedBaseUrl = allowedBaseUrl;
    }

    /** The function's input parameters, as JSON objects. May hold secrets. */
    public List<JsonNode> getInputParams() {
        return inputParams;
    }

    public void setInputParams(List<JsonNode> inputParams) {
        this.inputParams = inputParams;
    }
}
