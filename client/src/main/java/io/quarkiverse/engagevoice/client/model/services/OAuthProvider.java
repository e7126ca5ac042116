package io.quarkiverse.engagevoice.client.model.services;

/** Who drives an OAuth external authentication configuration (the API's {@code oauthProvider}). */
public enum OAuthProvider {
    /** The configuration's own properties (token URL, client, grant type) say how to get a token. */
    ADMIN_POPULATED,
    /** Salesforce's web-server flow: a user authorizes RingCX in the browser. */
    SFDC_WEBFLOW
}
