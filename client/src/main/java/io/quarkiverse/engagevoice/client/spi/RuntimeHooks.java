package io.quarkiverse.engagevoice.client.spi;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

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
            ResilienceListener.NONE);

    private final Function<TokenProvider, Object> authenticationFilters;
    private final UnaryOperator<String> settingNames;
    private final ResilienceListener resilienceListener;

    private RuntimeHooks(Function<TokenProvider, Object> authenticationFilters, UnaryOperator<String> settingNames,
            ResilienceListener resilienceListener) {
        this.authenticationFilters = authenticationFilters;
        this.settingNames = settingNames;
        this.resilienceListener = resilienceListener;
    }

    /** The portable client's: its blocking authentication filter, the builder's setting names. */
    public static RuntimeHooks portable() {
        return PORTABLE;
    }

    /** The authentication filter made for a client's token provider, registered instead of the portable one. */
    public RuntimeHooks withAuthenticationFilter(Function<TokenProvider, Object> filterForTokens) {
        return new RuntimeHooks(Objects.requireNonNull(filterForTokens, "filterForTokens"), settingNames,
                resilienceListener);
    }

    /**
     * The names under which the caller knows the builder's settings ({@code server}, {@code credentials},
     * {@code engageLogin}... see {@link ClientSetting#builderSettings()}), such as
     * {@code quarkus.engage-voice.server}; a name mapped to itself is kept.
     */
    public RuntimeHooks withSettingNames(UnaryOperator<String> names) {
        return new RuntimeHooks(authenticationFilters, Objects.requireNonNull(names, "names"), resilienceListener);
    }

    /** Told of the retries and rate-limit waits of the client's resilience policy (the runtime's metrics). */
    public RuntimeHooks withResilienceListener(ResilienceListener listener) {
        return new RuntimeHooks(authenticationFilters, settingNames, Objects.requireNonNull(listener, "listener"));
    }

    /** The runtime's authentication filter for {@code tokens}, or {@code null} for the portable one. */
    public Object authenticationFilter(TokenProvider tokens) {
        return authenticationFilters == null ? null : authenticationFilters.apply(tokens);
    }

    public ResilienceListener resilienceListener() {
        return resilienceListener;
    }

    /** The caller's name of a builder setting. */
    public String settingName(String builderSetting) {
        return settingNames.apply(builderSetting);
    }
}
