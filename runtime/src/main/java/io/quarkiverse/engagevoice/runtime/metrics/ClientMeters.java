package io.quarkiverse.engagevoice.runtime.metrics;

/** The names of the meters and tags, documented in the Quarkus integration page. */
final class ClientMeters {

    static final String REQUESTS = "engage_voice.client.requests";
    static final String LOGINS = "engage_voice.client.logins";
    static final String RENEWALS = "engage_voice.client.renewals";
    static final String REFRESH_FAILURES = "engage_voice.client.refresh_failures";
    static final String RATE_LIMITED = "engage_voice.client.rate_limited";
    static final String RETRIES = "engage_voice.client.retries";
    static final String RATE_LIMIT_WAITS = "engage_voice.client.rate_limit.waits";
    static final String RATE_LIMIT_REJECTIONS = "engage_voice.client.rate_limit.rejections";
    static final String TOKEN_EXPIRES_IN = "engage_voice.client.token.expires_in";

    static final String CLIENT = "client";
    static final String OPERATION = "operation";
    static final String METHOD = "method";
    static final String STATUS = "status";
    static final String OUTCOME = "outcome";
    static final String SOURCE = "source";

    private ClientMeters() {
    }
}
