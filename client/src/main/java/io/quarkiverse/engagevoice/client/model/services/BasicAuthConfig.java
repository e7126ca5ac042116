package io.quarkiverse.engagevoice.client.model.services;

/** An external authentication configuration that sends HTTP basic credentials (the API's {@code AuthConfigBasic}). */
public class BasicAuthConfig extends AuthConfig {

    private String username;
    private String password;

    public BasicAuthConfig() {
        super("BASIC");
    }

    /** A configuration named {@code providerName} holding {@code username} and {@code password}. */
    public static BasicAuthConfig of(String providerName, String username, String password) {
        BasicAuthConfig c = new BasicAuthConfig();
        c.setProviderName(providerName);
        c.setUsername(username);
        c.setPassword(password);
        return c;
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
}
