package io.quarkiverse.engagevoice.client.internal.http;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/** Sends the client's one, precomputed {@code User-Agent} on every request. */
public final class UserAgentFilter implements ClientRequestFilter {

    public static final int PRIORITY = 4000;

    private final String userAgent;

    /** @param userAgent an already validated value, see {@link io.quarkiverse.engagevoice.client.UserAgent} */
    public UserAgentFilter(String userAgent) {
        this.userAgent = userAgent;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.USER_AGENT, userAgent);
    }
}
