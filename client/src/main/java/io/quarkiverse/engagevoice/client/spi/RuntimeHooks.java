package io.quarkiverse.engagevoice.client.spi;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import jakarta.ws.rs.client.ClientRequestFilter;

import io.quarkiverse.engagevoice.client.auth.TokenProvider;

/**
 * What a runtime (the Quarkus extension) changes in the clients it builds, given to
 * {@code EngageVoiceClient.Builder.runtimeHooks}: the authentication filter, replaced by one that fits its Rest Client
 * (it must set the credential as
 * {@link RequestCredentials#apply(jakarta.ws.rs.client.ClientRequestContext, io.quarkiverse.engagevoice.client.auth.AccessCredential)}
 * does), and the names of the settings in error
 * messages (its configuration properties instead of the builder's setting names). Applications do not need it.
 * Immutable.
 */
public final class RuntimeHooks {

    private static final RuntimeHooks PORTABLE = new RuntimeHooks(null, UnaryOperator.identity(),
            ResilienceListener.NONE, false);

    private final BiFunction<TokenProvider, ClientRequestFilter, Object> authenticationFilters;
    private final UnaryOperator<String> settingNames;
    private final ResilienceListener resilienceListener;
    private final boolean runtimeJson;

    private RuntimeHooks(BiFunction<TokenProvider, ClientRequestFilter, Object> authenticationFilters,
            UnaryOperator<String> settingNames,
            ResilienceListener resilienceListener, boolean runtimeJson) {
        this.authenticationFilters = authenticationFilters;
        this.settingNames = settingNames;
        this.resilienceListener = resilienceListener;
        this.runtimeJson = runtimeJson;
    }

    /** The portable client's: its blocking authentication filter, the builder's setting names. */
    public static RuntimeHooks portable() {
        return PORTABLE;
    }

    /**
     * The authentication filter made for a client's token provider, registered instead of the portable one, as the
     * only request filter of the library: once it has set the credential it must run {@code then}, the library's
     * other request steps (path, {@code User-Agent}, method override) as one filter, and fail the request with what
     * they throw.
     */
    public RuntimeHooks withAuthenticationFilter(BiFunction<TokenProvider, ClientRequestFilter, Object> filterForTokens) {
        return new RuntimeHooks(Objects.requireNonNull(filterForTokens, "filterForTokens"), settingNames,
                resilienceListener, runtimeJson);
    }

    /**
     * The names under which the caller knows the builder's settings ({@code server}, {@code credentials},
     * {@code engageLogin}... see {@link ClientSetting#builderSettings()}), such as
     * {@code quarkus.engage-voice.server}; a name mapped to itself is kept.
     */
    public RuntimeHooks withSettingNames(UnaryOperator<String> names) {
        return new RuntimeHooks(authenticationFilters, Objects.requireNonNull(names, "names"), resilienceListener,
                runtimeJson);
    }

    /** Told of the retries and rate-limit waits of the client's resilience policy (the runtime's metrics). */
    public RuntimeHooks withResilienceListener(ResilienceListener listener) {
        return new RuntimeHooks(authenticationFilters, settingNames, Objects.requireNonNull(listener, "listener"),
                runtimeJson);
    }

    /**
     * The runtime's own Jackson providers read and write the models, with the {@code ObjectMapper} of the
     * {@code ContextResolver} the library registers on each Rest Client (Quarkus REST's do). The library then
     * registers its mapper only as that resolver: a reader or writer registered on a Quarkus REST client makes it
     * merge every provider list on each call (about 1.8 KB a call).
     */
    public RuntimeHooks withRuntimeJson() {
        return new RuntimeHooks(authenticationFilters, settingNames, resilienceListener, true);
    }

    /** The runtime's authentication filter for {@code tokens}, running {@code then} after it, or {@code null}. */
    public Object authenticationFilter(TokenProvider tokens, ClientRequestFilter then) {
        return authenticationFilters == null ? null : authenticationFilters.apply(tokens, then);
    }

    /** Whether the runtime's Jackson providers read and write the models, see {@link #withRuntimeJson()}. */
    public boolean runtimeJson() {
        return runtimeJson;
    }

    public ResilienceListener resilienceListener() {
        return resilienceListener;
    }

    /** The caller's name of a builder setting. */
    public String settingName(String builderSetting) {
        return settingNames.apply(builderSetting);
    }
}
