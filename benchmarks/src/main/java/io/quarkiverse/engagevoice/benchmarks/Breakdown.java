package io.quarkiverse.engagevoice.benchmarks;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.ws.rs.client.ClientRequestFilter;

import org.eclipse.microprofile.rest.client.RestClientBuilder;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.internal.AuthenticationFilter;
import io.quarkiverse.engagevoice.client.internal.MethodOverrideFilter;
import io.quarkiverse.engagevoice.client.internal.RequestPathFilter;
import io.quarkiverse.engagevoice.client.internal.http.UserAgentFilter;
import io.quarkiverse.engagevoice.client.model.AgentGroup;

/**
 * Where the extension's extra cost goes, one layer at a time on top of the bare REST client (sequential only): the
 * extension's request filters together on {@link AgentGroupsApi} (the method-override filter only when a mode is set,
 * as the client registers it), then each alone and a filter that does nothing on the bare interface, then the
 * bare client behind a {@link Proxy} that, like the 401 replay, looks the credential
 * up and calls through {@code Method.invoke}.
 */
final class Breakdown {

    private static final int[] PRIORITIES = { AuthenticationFilter.PRIORITY, RequestPathFilter.PRIORITY,
            UserAgentFilter.PRIORITY, MethodOverrideFilter.PRIORITY };

    private Breakdown() {
    }

    static Map<String, Supplier<AgentGroup>> layers(EngageVoiceClient client, BareAgentGroupsApi bare, String bearer,
            String account, int group) {
        Map<String, Supplier<AgentGroup>> layers = new LinkedHashMap<>();
        ClientRequestFilter[] used = Arrays.copyOf(filters(client), 3); // no method override: mode none
        AgentGroupsApi allFilters = filtered(client, AgentGroupsApi.class, used);
        layers.put("bare+filters", () -> allFilters.get(account, group));
        ClientRequestFilter nothing = request -> {
        };
        ClientRequestFilter[] filters = filters(client);
        String[] names = { "authentication", "path", "user-agent", "method-override" };
        Map<String, ClientRequestFilter> single = new LinkedHashMap<>();
        single.put("empty", nothing);
        for (int i = 0; i < names.length; i++) {
            single.put(names[i], filters[i]);
        }
        single.forEach((name, filter) -> {
            BareAgentGroupsApi api = filtered(client, BareAgentGroupsApi.class, filter);
            layers.put("bare+" + name + "-filter", () -> api.get(bearer, account, group));
        });
        BareAgentGroupsApi proxy = behindReflectiveProxy(bare, client);
        layers.put("bare+reflective-proxy", () -> proxy.get(bearer, account, group));
        return layers;
    }

    private static ClientRequestFilter[] filters(EngageVoiceClient client) {
        return new ClientRequestFilter[] {
                new AuthenticationFilter(client.tokenProvider(), Duration.ofSeconds(30)),
                new RequestPathFilter(client.server().apiUri().getRawPath(), client.server().isLegacy(), () -> null),
                new UserAgentFilter(client.userAgent()),
                new MethodOverrideFilter(client.methodOverride()) };
    }

    private static <T> T filtered(EngageVoiceClient client, Class<T> type, ClientRequestFilter... filters) {
        RestClientBuilder builder = RestClientBuilder.newBuilder().baseUri(client.server().apiUri());
        for (int i = 0; i < filters.length; i++) {
            builder.register(filters[i], filters.length == 1 ? 1000 : PRIORITIES[i]);
        }
        return builder.build(type);
    }

    private static BareAgentGroupsApi behindReflectiveProxy(BareAgentGroupsApi bare, EngageVoiceClient client) {
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
