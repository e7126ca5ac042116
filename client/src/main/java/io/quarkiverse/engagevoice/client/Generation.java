package io.quarkiverse.engagevoice.client;

/** The two generations of Engage Voice servers, which differ in API root and authentication. */
public enum Generation {
    /** RingCX / Engage servers: API root {@code /voice/api}, {@code Authorization: Bearer} access tokens. */
    CURRENT("/voice/api"),
    /** The legacy vacd servers: API root {@code /api}, {@code X-Auth-Token} tokens. */
    LEGACY("/api");

    private final String apiRoot;

    Generation(String apiRoot) {
        this.apiRoot = apiRoot;
    }

    /** The path every API resource lives under on this generation's servers. */
    public String apiRoot() {
        return apiRoot;
    }
}
