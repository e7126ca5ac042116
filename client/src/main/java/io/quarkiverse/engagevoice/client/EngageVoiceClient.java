package io.quarkiverse.engagevoice.client;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.microprofile.rest.client.RestClientBuilder;

import io.quarkiverse.engagevoice.client.api.EngageVoiceApis;
import io.quarkiverse.engagevoice.client.auth.StaticTokenProvider;
import io.quarkiverse.engagevoice.client.auth.TokenProvider;
import io.quarkiverse.engagevoice.client.error.ErrorResponseMapper;
import io.quarkiverse.engagevoice.client.internal.RequestPathFilter;
import io.quarkiverse.engagevoice.client.internal.AuthenticationFilter;
import io.quarkiverse.engagevoice.client.internal.MethodOverrideFilter;
import io.quarkiverse.engagevoice.client.internal.OperationHeaders;
import io.quarkiverse.engagevoice.client.internal.UserAgentFilter;

/**
 * One configured connection to an Engage Voice server, handing out the API interfaces: works on any MicroProfile
 * Rest Client implementation (RESTEasy, Quarkus REST, Open Liberty, Payara...).
 *
 * <pre>{@code
 * EngageVoiceClient client = EngageVoiceClient.builder()
 *         .server("ringcx")
 *         .apiToken(System.getenv("ENGAGE_VOICE_API_TOKEN"))
 *         .build();
 * List<AgentGroup> groups = client.api(AgentGroupsApi.class).list("~");
 * }</pre>
 */
public final class EngageVoiceClient {

    private final EngageVoiceServer server;
    private final TokenProvider tokens;
    private final String accountId;
    private final String userAgent;
    private final MethodOverride methodOverride;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Supplier<RestClientBuilder> restClientBuilders;
    private final Object authenticationFilter;
    private final Map<Class<?>, Object> apis = new ConcurrentHashMap<>();

    private EngageVoiceClient(Builder b) {
        this.server = b.server;
        this.accountId = b.accountId;
        this.userAgent = b.userAgent;
        this.methodOverride = b.methodOverride;
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.restClientBuilders = b.restClientBuilders;
        this.tokens = b.tokens;
        this.authenticationFilter = b.authenticationFilters != null ? b.authenticationFilters.apply(tokens)
                : new AuthenticationFilter(tokens, readTimeout);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The implementation of an API interface for this client, built once and then shared (it is thread-safe).
     *
     * @param type one of the interfaces in {@link EngageVoiceApis#all()}, or another interface of the same kind
     */
    public <T> T api(Class<T> type) {
        return type.cast(apis.computeIfAbsent(type, this::newRestClient));
    }

    private Object newRestClient(Class<?> type) {
        return restClientBuilders.get()
                .baseUri(server.apiUri())
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(false)
                .register(authenticationFilter, AuthenticationFilter.PRIORITY)
                .register(new RequestPathFilter(server.apiUri().getRawPath(), () -> accountId), RequestPathFilter.PRIORITY)
                .register(new UserAgentFilter(userAgent), UserAgentFilter.PRIORITY)
                .register(new MethodOverrideFilter(methodOverride), MethodOverrideFilter.PRIORITY)
                .register(new OperationHeaders(), OperationHeaders.PRIORITY)
                .register(new ErrorResponseMapper(), 100)
                .build(type);
    }

    public EngageVoiceServer server() {
        return server;
    }

    public String userAgent() {
        return userAgent;
    }

    public MethodOverride methodOverride() {
        return methodOverride;
    }

    /** The configured account id that {@code ~} stands for, else empty (the credential's account is used). */
    public java.util.Optional<String> accountId() {
        return java.util.Optional.ofNullable(accountId);
    }

    public TokenProvider tokenProvider() {
        return tokens;
    }

    @Override
    public String toString() {
        return "EngageVoiceClient[" + server + ", accountId=" + accountId + ", methodOverride=" + methodOverride + "]";
    }

    /** Builds an {@link EngageVoiceClient}; every setting is checked by {@link #build()}. */
    public static final class Builder {
        private String serverSetting;
        private Boolean legacy;
        private EngageVoiceServer server;
        private String accountId;
        private String userAgentSetting;
        private String userAgent;
        private String applicationName;
        private String applicationVersion;
        private String runtimeName;
        private String runtimeVersion;
        private MethodOverride methodOverride = MethodOverride.NONE;
        private String accessToken;
        private String apiToken;
        private TokenProvider tokens;
        private Function<TokenProvider, Object> authenticationFilters;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Supplier<RestClientBuilder> restClientBuilders = RestClientBuilder::newBuilder;
        private final Map<String, String> settingNames = new ConcurrentHashMap<>();

        private Builder() {
        }

        /** A server name ({@code ringcx}, {@code engage}, {@code legacy-vacd}, {@code legacy-virtualacd}) or URL. */
        public Builder server(String server) {
            this.serverSetting = server;
            return this;
        }

        /** Whether a server URL is a legacy server; named servers know their generation. */
        public Builder legacy(Boolean legacy) {
            this.legacy = legacy;
            return this;
        }

        /** The account id that {@code ~} stands for; by default the account of the credentials. */
        public Builder accountId(String accountId) {
            this.accountId = accountId == null || accountId.isBlank() ? null : accountId.strip();
            return this;
        }

        /** An explicit User-Agent, {@code AppName/version (details)}; by default one is composed. */
        public Builder userAgent(String userAgent) {
            this.userAgentSetting = userAgent;
            return this;
        }

        /** The application name and version that lead the default User-Agent. */
        public Builder application(String name, String version) {
            this.applicationName = name;
            this.applicationVersion = version;
            return this;
        }

        /** The runtime named in the default User-Agent, such as {@code Quarkus/3.33.2}. */
        public Builder runtime(String name, String version) {
            this.runtimeName = name;
            this.runtimeVersion = version;
            return this;
        }

        public Builder methodOverride(MethodOverride methodOverride) {
            this.methodOverride = Objects.requireNonNull(methodOverride, "methodOverride");
            return this;
        }

        /** A static access token (Bearer on current servers, X-Auth-Token on legacy ones). */
        public Builder accessToken(String accessToken) {
            this.accessToken = accessToken;
            return this;
        }

        /** A permanent API token (X-Auth-Token). */
        public Builder apiToken(String apiToken) {
            this.apiToken = apiToken;
            return this;
        }

        /** Any other source of credentials. */
        public Builder tokenProvider(TokenProvider tokens) {
            this.tokens = tokens;
            return this;
        }

        /**
         * Replaces the portable, blocking authentication filter, e.g. by a runtime's non-blocking one, made for the
         * client's token provider. The filter must set the credential as {@link AuthenticationFilter#apply} does.
         */
        public Builder authenticationFilter(Function<TokenProvider, Object> filterForTokens) {
            this.authenticationFilters = filterForTokens;
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        /** Where Rest Client builders come from, to add TLS, proxy or provider settings. */
        public Builder restClientBuilders(Supplier<RestClientBuilder> builders) {
            this.restClientBuilders = Objects.requireNonNull(builders, "restClientBuilders");
            return this;
        }

        /**
         * The names under which the caller knows the settings, used in error messages: for example
         * {@code settingName("server", "quarkus.engage-voice.server")}. By default the builder's method names.
         */
        public Builder settingName(String builderMethod, String name) {
            settingNames.put(builderMethod, name);
            return this;
        }

        private String name(String builderMethod) {
            return settingNames.getOrDefault(builderMethod, builderMethod);
        }

        /**
         * Checks every setting and builds the client.
         *
         * @throws InvalidSettingException naming the first setting that is not usable
         */
        public EngageVoiceClient build() {
            server = EngageVoiceServer.resolve(name("server"), serverSetting, legacy);
            userAgent = userAgentSetting == null || userAgentSetting.isEmpty()
                    ? UserAgent.defaultValue(applicationName, applicationVersion, runtimeName, runtimeVersion)
                    : UserAgent.validate(name("userAgent"), userAgentSetting);
            requirePositive("connectTimeout", connectTimeout);
            requirePositive("readTimeout", readTimeout);
            int sources = (tokens != null ? 1 : 0) + (present(accessToken) ? 1 : 0) + (present(apiToken) ? 1 : 0);
            if (sources > 1) {
                throw new InvalidSettingException(name("credentials"),
                        "set only one of " + name("accessToken") + ", " + name("apiToken") + " and a token provider");
            }
            if (tokens == null) {
                if (present(apiToken)) {
                    tokens = StaticTokenProvider.apiToken(apiToken.strip(), accountId);
                } else if (present(accessToken)) {
                    tokens = StaticTokenProvider.accessToken(accessToken.strip(), server.generation(), accountId);
                } else {
                    throw new InvalidSettingException(name("credentials"), "no credentials: set " + name("accessToken")
                            + ", " + name("apiToken") + " or a token provider");
                }
            }
            return new EngageVoiceClient(this);
        }

        private void requirePositive(String setting, Duration d) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new InvalidSettingException(name(setting), "must be a positive duration, was " + d);
            }
        }

        private static boolean present(String s) {
            return s != null && !s.isBlank();
        }
    }
}
