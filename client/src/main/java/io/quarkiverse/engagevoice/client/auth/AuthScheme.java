package io.quarkiverse.engagevoice.client.auth;

/** How a credential travels on a request. */
public enum AuthScheme {
    /** {@code Authorization: Bearer <token>}: access tokens of current servers. */
    BEARER,
    /** {@code X-Auth-Token: <token>}: legacy auth tokens and permanent API tokens. */
    X_AUTH_TOKEN
}
