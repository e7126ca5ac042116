package io.quarkiverse.engagevoice.benchmarks;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.MessageBodyReader;

import org.eclipse.microprofile.rest.client.RestClientBuilder;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.error.ErrorResponseMapper;
import io.quarkiverse.engagevoice.client.internal.AuthenticationFilter;
import io.quarkiverse.engagevoice.client.internal.MethodOverrideFilter;
import io.quarkiverse.engagevoice.client.internal.RequestPathFilter;
import io.quarkiverse.engagevoice.client.internal.UnauthorizedReplay;
import io.quarkiverse.engagevoice.client.internal.http.ModelJson;
import io.quarkiverse.engagevoice.client.internal.http.RequestSteps;
import io.quarkiverse.engagevoice.client.internal.http.UserAgentFilter;
import io.quarkiverse.engagevoice.client.model.AgentGroup;

/**
 * Where the extension's extra cost goes, one layer at a time on top of the bare REST client (sequential only), after
 * the bare client without its timeouts (a read timeout costs each call a Vert.x timer): the
 * library's one request filter (the credential, then the path and {@code User-Agent} steps), each step alone and a
 * filter that does nothing; the library's JSON provider as a reader (as the portable client registers it) and as
 * the mapper resolver only (as the extension does); the error mapper; the Rest Client as the extension builds it,
 * then behind the 401 replay without a resilience policy; the extension's client without its CDI proxy; and a
 * {@link Proxy} that, like the replay, looks the credential up and calls through {@code Method.invoke}.
 */
final class Breakdown {

    static final String BARE_WITHOUT_TIMEOUTS = "bare-without-timeouts";

    private static final ClientRequestFilter NOTHING = request -> {
    };

    private Breakdown() {
    }

    static Map<String, Supplier<AgentGroup>> layers(EngageVoiceClient client, EngageVoiceClient policyOff,
            String bearer, String account, int group) {
        Map<String, Supplier<AgentGroup>> layers = new LinkedHashMap<>();
        BareAgentGroupsApi untimed = RestClientBuilder.newBuilder().baseUri(client.server().apiUri())
                .build(BareAgentGroupsApi.class);
        layers.put(BARE_WITHOUT_TIMEOUTS, () -> untimed.get(bearer, account, group));
        RequestSteps steps = new RequestSteps(List.of(pathStep(client), new UserAgentFilter(client.userAgent())));
        AgentGroupsApi filtered = builder(client).register(authentication(client, steps), AuthenticationFilter.PRIORITY)
                .build(AgentGroupsApi.class);
        layers.put("bare+filters", () -> filtered.get(account, group));
        Map<String, ClientRequestFilter> single = new LinkedHashMap<>();
        single.put("empty", NOTHING);
        single.put("authentication", authentication(client, NOTHING));
        single.put("path", pathStep(client));
        single.put("user-agent", new UserAgentFilter(client.userAgent()));
        single.put("method-override", new MethodOverrideFilter(client.methodOverride()));
        single.forEach((name, filter) -> {
            BareAgentGroupsApi api = builder(client).register(filter, 1000).build(BareAgentGroupsApi.class);
            layers.put("bare+" + name + "-filter", () -> api.get(bearer, account, group));
        });
        BareAgentGroupsApi jsonReader = builder(client)
                .register(ModelJson.provider(),
                        Map.of(MessageBodyReader.class, ModelJson.contracts().get(MessageBodyReader.class)))
                .build(BareAgentGroupsApi.class);
        layers.put("bare+json-reader", () -> jsonReader.get(bearer, account, group));
        BareAgentGroupsApi jsonResolver = builder(client).register(ModelJson.provider(), ModelJson.mapperContract())
                .build(BareAgentGroupsApi.class);
        layers.put("bare+json-mapper-resolver", () -> jsonResolver.get(bearer, account, group));
        BareAgentGroupsApi mapper = builder(client).register(new ErrorResponseMapper(), 100).build(BareAgentGroupsApi.class);
        layers.put("bare+error-mapper", () -> mapper.get(bearer, account, group));
        AgentGroupsApi restClient = builder(client).register(authentication(client, steps), AuthenticationFilter.PRIORITY)
                .register(new ErrorResponseMapper(), 100).register(ModelJson.provider(), ModelJson.mapperContract())
                .build(AgentGroupsApi.class);
        layers.put("extension-rest-client", () -> restClient.get(account, group));
        AgentGroupsApi replayed = UnauthorizedReplay.wrap(AgentGroupsApi.class, restClient, client.tokenProvider(),
                Duration.ofSeconds(30), null);
        layers.put("extension-rest-client+replay", () -> replayed.get(account, group));
        AgentGroupsApi withoutCdi = policyOff.api(AgentGroupsApi.class);
        layers.put("extension-policy-off-without-cdi", () -> withoutCdi.get(account, group));
        // a bare client of its own: one used by two variants would be called twice as often, its connection warmer
        BareAgentGroupsApi proxy = behindReflectiveProxy(builder(client).build(BareAgentGroupsApi.class), client);
        layers.put("bare+reflective-proxy", () -> proxy.get(bearer, account, group));
        return layers;
    }

    /** A builder with the bare client's settings: the extension's timeouts. */
    private static RestClientBuilder builder(EngageVoiceClient client) {
        return RestClientBuilder.newBuilder().baseUri(client.server().apiUri())
                .connectTimeout(client.transport().connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(client.transport().readTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private static AuthenticationFilter authentication(EngageVoiceClient client, ClientRequestFilter then) {
        return new AuthenticationFilter(client.tokenProvider(), Duration.ofSeconds(30), then);
    }

    private static RequestPathFilter pathStep(EngageVoiceClient client) {
        return new RequestPathFilter(client.server().apiUri().getRawPath(), client.server().isLegacy(), () -> null);
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
