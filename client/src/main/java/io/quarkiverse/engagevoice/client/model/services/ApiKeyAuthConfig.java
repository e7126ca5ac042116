package io.quarkiverse.engagevoice.client.model.services;

/** An external authentication configuration that sends an API key (the API's {@code AuthConfigApiKey}). */
public class ApiKeyAuthConfig extends AuthConfig {

    private String apiKey;

    public ApiKeyAuthConfig() {
        super("APIKEY");
    }

    /** A configuration named {@code providerName} holding {@code apiKey}. */
    public static ApiKeyAuthConfig of(String providerName, String apiKey) {
        ApiKeyAuthConfig c = new ApiKeyAuthConfig();
        c.setProviderName(providerName);
        c.setApiKey(apiKey);
        return c;
    }

    /** A secret: never logged. */
    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }
}
