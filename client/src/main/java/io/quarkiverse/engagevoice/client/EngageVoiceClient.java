package io.quarkiverse.engagevoice.client;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.microprofile.rest.client.RestClientBuilder;

import io.quarkiverse.engagevoice.client.api.EngageVoiceApis;
import io.quarkiverse.engagevoice.client.auth.AuthEndpoints;
import io.quarkiverse.engagevoice.client.auth.LoginFlow;
import io.quarkiverse.engagevoice.client.auth.LoginFlows;
import io.quarkiverse.engagevoice.client.auth.ManagedTokenProvider;
import io.quarkiverse.engagevoice.client.auth.StaticTokenProvider;
import io.quarkiverse.engagevoice.client.auth.TokenProvider;
import io.quarkiverse.engagevoice.client.auth.TokenStore;
import io.quarkiverse.engagevoice.client.error.ErrorResponseMapper;
import io.quarkiverse.engagevoice.client.internal.RequestPathFilter;
import io.quarkiverse.engagevoice.client.internal.AuthenticationFilter;
import io.quarkiverse.engagevoice.client.internal.Closing;
import io.quarkiverse.engagevoice.client.internal.MethodOverrideFilter;
import io.quarkiverse.engagevoice.client.internal.ModelJson;
import io.quarkiverse.engagevoice.client.internal.UnauthorizedReplay;
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
 *
 * Credentials: exactly one of {@link Builder#ringCentralJwt}, {@link Builder#ringCentralToken},
 * {@link Builder#engageLogin}, {@link Builder#legacyLogin}, {@link Builder#accessToken}, {@link Builder#apiToken}
 * and {@link Builder#tokenProvider}. The login flows obtain and renew tokens themselves (see
 * {@link ManagedTokenProvider}); every API call that is answered 401 is replayed once with a renewed credential
 * (see {@link UnauthorizedReplay}).
 */
public final class EngageVoiceClient implements AutoCloseable {

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
    private final AuthEndpoints authEndpoints;
    private volatile boolean closed;

    private EngageVoiceClient(Builder b) {
        this.authEndpoints = b.authEndpoints;
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
        if (closed) {
            throw new IllegalStateException("this Engage Voice client is closed");
        }
        return type.cast(apis.computeIfAbsent(type, t -> UnauthorizedReplay.wrap(t, newRestClient(t), tokens, readTimeout)));
    }

    private Object newRestClient(Class<?> type) {
        return restClientBuilders.get()
                .baseUri(server.apiUri())
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(false)
                .register(authenticationFilter, AuthenticationFilter.PRIORITY)
                .register(new RequestPathFilter(server.apiUri().getRawPath(), server.isLegacy(), () -> accountId), RequestPathFilter.PRIORITY)
                .register(new UserAgentFilter(userAgent), UserAgentFilter.PRIORITY)
                .register(new MethodOverrideFilter(methodOverride), MethodOverrideFilter.PRIORITY)
                .register(new ErrorResponseMapper(), 100)
                .register(ModelJson.provider(), ModelJson.contracts())
                .build(type);
    }

    /**
     * Releases the connections of every Rest Client this client built (API and authentication); afterwards
     * {@link #api} fails and calls on interfaces obtained before fail too.
     */
    @Override
    public void close() {
        closed = true;
        apis.values().forEach(Closing::quietly);
        apis.clear();
        if (authEndpoints != null) {
            authEndpoints.close();
        }
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

    /** The RingCentral platform the JWT grant goes to by default. */
    public static final String DEFAULT_RINGCENTRAL_SERVER = "https://platform.ringcentral.com";

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
        private AuthEndpoints authEndpoints;
        private String rcClientId;
        private String rcClientSecret;
        private String rcJwt;
        private boolean rcJwtSet;
        private String ringCentralServer;
        private Supplier<? extends CompletionStage<String>> rcAccessTokens;
        private String engageUsername;
        private String engagePassword;
        private String engagePlatformId;
        private boolean engageLoginSet;
        private String legacyUsername;
        private String legacyPassword;
        private boolean legacyStayLoggedIn;
        private boolean legacyLoginSet;
        private Duration tokenRefreshSkew = ManagedTokenProvider.DEFAULT_REFRESH_SKEW;
        private TokenStore tokenStore;
        private String tokenStoreKey;
        private Clock clock = Clock.systemUTC();

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
         * RingCentral JWT credentials (current servers): the client gets a RingCentral access token by the JWT grant
         * ({@code POST {ringCentralServer}/restapi/oauth/token}, HTTP Basic {@code clientId:clientSecret}), exchanges
         * it for an Engage access token and keeps that fresh.
         */
        public Builder ringCentralJwt(String clientId, String clientSecret, String jwt) {
            this.rcClientId = clientId;
            this.rcClientSecret = clientSecret;
            this.rcJwt = jwt;
            this.rcJwtSet = clientId != null || clientSecret != null || jwt != null;
            return this;
        }

        /**
         * The RingCentral platform for {@link #ringCentralJwt}: a URL, by default
         * {@code https://platform.ringcentral.com}; {@code http://} only for loopback hosts.
         */
        public Builder ringCentralServer(String url) {
            this.ringCentralServer = url;
            return this;
        }

        /**
         * The application supplies RingCentral access tokens (current servers): the client asks for one whenever it
         * must exchange it for an Engage access token (at the start, and when a refresh fails).
         */
        public Builder ringCentralToken(Supplier<? extends CompletionStage<String>> rcAccessTokens) {
            this.rcAccessTokens = rcAccessTokens;
            return this;
        }

        /** The direct Engage login (current servers); {@code platformId} may be {@code null}. */
        public Builder engageLogin(String username, String password, String platformId) {
            this.engageUsername = username;
            this.engagePassword = password;
            this.engagePlatformId = platformId;
            this.engageLoginSet = username != null || password != null;
            return this;
        }

        /**
         * The login of legacy servers: the auth token is sent as {@code X-Auth-Token} and replaced by a new login when
         * the server rejects it. With {@code stayLoggedIn} the token lives two weeks instead of one hour from its last
         * use.
         */
        public Builder legacyLogin(String username, String password, boolean stayLoggedIn) {
            this.legacyUsername = username;
            this.legacyPassword = password;
            this.legacyStayLoggedIn = stayLoggedIn;
            this.legacyLoginSet = username != null || password != null;
            return this;
        }

        /** How long before its expiry a token of the login flows is renewed; default 60 s. */
        public Builder tokenRefreshSkew(Duration skew) {
            this.tokenRefreshSkew = skew;
            return this;
        }

        /** Where the login flows keep their token; by default in memory, per client. */
        public Builder tokenStore(TokenStore store) {
            this.tokenStore = store;
            return this;
        }

        /**
         * The key of this client's entry in the {@link #tokenStore token store}; by default derived from the server and
         * the login identity (a hash, no secret), so that clients with the same credentials share a token. Clients of
         * {@link #ringCentralToken} share one only when given the same key.
         */
        public Builder tokenStoreKey(String key) {
            this.tokenStoreKey = key;
            return this;
        }

        /** The clock of token expiry and rate limits; the system clock by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
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
            if (tokenRefreshSkew == null || tokenRefreshSkew.isNegative()) {
                throw new InvalidSettingException(name("tokenRefreshSkew"), "must be zero or a positive duration, was "
                        + tokenRefreshSkew);
            }
            List<String> sources = new ArrayList<>();
            if (tokens != null) {
                sources.add(name("tokenProvider"));
            }
            if (present(accessToken)) {
                sources.add(name("accessToken"));
            }
            if (present(apiToken)) {
                sources.add(name("apiToken"));
            }
            if (rcJwtSet) {
                sources.add(name("ringCentralJwt"));
            }
            if (rcAccessTokens != null) {
                sources.add(name("ringCentralToken"));
            }
            if (engageLoginSet) {
                sources.add(name("engageLogin"));
            }
            if (legacyLoginSet) {
                sources.add(name("legacyLogin"));
            }
            if (sources.size() > 1) {
                throw new InvalidSettingException(name("credentials"), "set only one source of credentials, not "
                        + String.join(" and ", sources));
            }
            if (sources.isEmpty()) {
                throw new InvalidSettingException(name("credentials"), "no credentials: set one of "
                        + String.join(", ", new java.util.LinkedHashSet<>(List.of(name("ringCentralJwt"),
                                name("ringCentralToken"), name("engageLogin"), name("legacyLogin"), name("accessToken"),
                                name("apiToken"))))
                        + " or a token provider");
            }
            if (tokens == null) {
                if (present(apiToken)) {
                    tokens = StaticTokenProvider.apiToken(apiToken.strip(), accountId);
                } else if (present(accessToken)) {
                    tokens = StaticTokenProvider.accessToken(accessToken.strip(), server.generation(), accountId);
                } else {
                    tokens = ManagedTokenProvider.builder(loginFlow())
                            .tokenStore(tokenStore)
                            .tokenStoreKey(tokenStoreKey)
                            .clock(clock)
                            .refreshSkew(tokenRefreshSkew)
                            .build();
                }
            }
            return new EngageVoiceClient(this);
        }

        private LoginFlow loginFlow() {
            URI rc = ringCentralUri();
            AuthEndpoints endpoints = new AuthEndpoints(server.baseUri(), rc, restClientBuilders, userAgent, connectTimeout,
                    readTimeout);
            authEndpoints = endpoints;
            if (rcJwtSet) {
                requireCurrent("ringCentralJwt");
                if (!present(rcClientId) || !present(rcClientSecret) || !present(rcJwt)) {
                    throw new InvalidSettingException(name("ringCentralJwt"),
                            "needs a client id, a client secret and a JWT; one of them is empty");
                }
                return LoginFlows.ringCentralJwt(endpoints, rcClientId.strip(), rcClientSecret.strip(), rcJwt.strip(), clock);
            }
            if (rcAccessTokens != null) {
                requireCurrent("ringCentralToken");
                return LoginFlows.ringCentralToken(endpoints, rcAccessTokens, clock);
            }
            if (engageLoginSet) {
                requireCurrent("engageLogin");
                if (!present(engageUsername) || !present(engagePassword)) {
                    throw new InvalidSettingException(name("engageLogin"), "needs a username and a password; one is empty");
                }
                return LoginFlows.engageLogin(endpoints, engageUsername.strip(), engagePassword, engagePlatformId, clock);
            }
            if (!server.isLegacy()) {
                throw new InvalidSettingException(name("legacyLogin"), "is for legacy servers only, but " + server
                        + " is a current server; use " + name("ringCentralJwt") + " or " + name("engageLogin"));
            }
            if (!present(legacyUsername) || !present(legacyPassword)) {
                throw new InvalidSettingException(name("legacyLogin"), "needs a username and a password; one is empty");
            }
            return LoginFlows.legacyLogin(endpoints, legacyUsername.strip(), legacyPassword, legacyStayLoggedIn, clock);
        }

        private void requireCurrent(String setting) {
            if (server.isLegacy()) {
                throw new InvalidSettingException(name(setting), "is for current (RingCX) servers only, but " + server
                        + " is a legacy server; use " + name("legacyLogin") + ", " + name("accessToken") + " or "
                        + name("apiToken"));
            }
        }

        private URI ringCentralUri() {
            String value = present(ringCentralServer) ? ringCentralServer.strip() : DEFAULT_RINGCENTRAL_SERVER;
            if (!value.contains("://")) {
                throw new InvalidSettingException(name("ringCentralServer"), "'" + value
                        + "' is not a URL; use the RingCentral platform's base URL, such as " + DEFAULT_RINGCENTRAL_SERVER);
            }
            return EngageVoiceServer.resolve(name("ringCentralServer"), value, Boolean.FALSE).baseUri();
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
