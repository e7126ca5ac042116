package io.quarkiverse.engagevoice.client.api.auth;

import java.util.List;

/**
 * The Rest Client interfaces of the authentication flows, for the code that registers Rest Clients at build time
 * (they are built with {@code RestClientBuilder}, like the API interfaces).
 */
public final class AuthApis {

    private static final List<Class<?>> ALL = List.of(RingCentralOAuthApi.class, EngageAuthApi.class,
            LegacyAuthApi.class);

    private AuthApis() {
    }

    public static List<Class<?>> all() {
        return ALL;
    }
}
