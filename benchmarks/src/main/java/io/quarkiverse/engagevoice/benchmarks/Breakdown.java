package io.quarkiverse.engagevoice.benchmarks;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;

import org.eclipse.microprofile.rest.client.RestClientBuilder;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.internal.AuthenticationFilter;
import io.quarkiverse.engagevoice.client.internal.MethodOverrideFilter;
import io.quarkiverse.engagevoice.client.internal.RequestPathFilter;
import io.quarkiverse.engagevoice.client.internal.UserAgentFilter;

/**
 * Where the extension's extra cost goes, one layer at a time on top of the bare REST client (sequential only):
 * {@code bare+filters} is a Rest Client of {@link AgentGroupsApi} with the extension's four request filters and no
 * replay; {@code bare+reflective-proxy} is the bare client behind a {@link Proxy} that, like the 401 replay, looks
 * the credential up and calls through {@code Method.invoke}, without filters.
 */
final class Breakdown {

    static final String FILTERS = "bare+filters";
    static final String PROXY = "bare+reflective-proxy";

    private Breakdown() {
    }

    static AgentGroupsApi withFilters(EngageVoiceClient client) {
        return RestClientBuilder.newBuilder().baseUri(client.server().apiUri())
                .register(new AuthenticationFilter(client.tokenProvider(), Duration.ofSeconds(30)),
                        AuthenticationFilter.PRIORITY)
                .register(new RequestPathFilter(client.server().apiUri().getRawPath(), client.server().isLegacy(),
                        () -> null), RequestPathFilter.PRIORITY)
                .register(new UserAgentFilter(client.userAgent()), UserAgentFilter.PRIORITY)
                .register(new MethodOverrideFilter(client.methodOverride()), MethodOverrideFilter.PRIORITY)
                .build(AgentGroupsApi.class);
    }

    static BareAgentGroupsApi behindReflectiveProxy(BareAgentGroupsApi bare, EngageVoiceClient client) {
        return (BareAgentGroupsApi) Proxy.newProxyInstance(BareAgentGroupsApi.class.getClassLoader(),
                new Class<?>[] { BareAgentGroupsApi.class }, (proxy, method, args) -> {
                    client.tokenProvider().credential().toCompletableFuture().join();
                    try {
                        return method.invoke(bare, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
