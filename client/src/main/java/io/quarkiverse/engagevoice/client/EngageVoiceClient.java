package io.quarkiverse.engagevoice.client;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.client.ClientRequestFilter;

import org.eclipse.microprofile.rest.client.RestClientBuilder;

import io.quarkiverse.engagevoice.client.api.MethodOverride;
import io.quarkiverse.engagevoice.client.auth.AuthEndpoints;
import io.quarkiverse.engagevoice.client.auth.AuthScheme;
import io.quarkiverse.engagevoice.client.auth.LoginFlow;
import io.quarkiverse.engagevoice.client.auth.LoginFlows;
import io.quarkiverse.engagevoice.client.auth.ManagedTokenProvider;
import io.quarkiverse.engagevoice.client.auth.StaticTokenProvider;
import io.quarkiverse.engagevoice.client.auth.TokenProvider;
import io.quarkiverse.engagevoice.client.auth.TokenStore;
import io.quarkiverse.engagevoice.client.error.ErrorResponseMapper;
import io.quarkiverse.engagevoice.client.internal.AuthenticationFilter;
import io.quarkiverse.engagevoice.client.internal.CallGuard;
import io.quarkiverse.engagevoice.client.internal.MethodOverrideFilter;
import io.quarkiverse.engagevoice.client.internal.RequestPathFilter;
import io.quarkiverse.engagevoice.client.internal.UnauthorizedReplay;
import io.quarkiverse.engagevoice.client.internal.http.Closing;
import io.quarkiverse.engagevoice.client.internal.http.HiddenRetries;
import io.quarkiverse.engagevoice.client.internal.http.ModelJson;
import io.quarkiverse.engagevoice.client.internal.http.RequestSteps;
import io.quarkiverse.engagevoice.client.internal.http.UserAgentFilter;
import io.quarkiverse.engagevoice.client.spi.ClientSetting;
import io.quarkiverse.engagevoice.client.spi.ResilienceListener;
import io.quarkiverse.engagevoice.client.spi.RuntimeHooks;

/**
 * One configured connection to an Engage Voice server, handing out the API interfaces: works on any MicroProfile
 * Rest Client implementation (RESTEasy, Quarkus REST, Open Liberty, Payara...).
 *
 * <pre>{@code
 * EngageVoiceClient client = EngageVoiceClient.builder()
 *         .server("ringcx")
 *         .credentials(Credentials.apiToken(System.getenv("ENGAGE_VOICE_API_TOKEN")))
 *         .build();
 * List<AgentGroup> groups = client.api(AgentGroupsApi.class).list("~");
 * }</pre>
 *
 * The {@link Credentials} are one of the login flows, which obtain and renew tokens themselves (see
 * {@link ManagedTokenProvider}), a static token, or any {@link TokenProvider}; every API call that is answered 401
 * is replayed once with a renewed credential.
 */
public final class EngageVoiceClient implements AutoCloseable {

    private final EngageVoiceServer server;
    private final TokenProvider tokens;
    private final String accountId;
    private final String userAgent;
    private final MethodOverride methodOverride;
    private final Transport transport;
    private final RuntimeHooks hooks;
    private final AuthEndpoints authEndpoints;
    private final ResiliencePolicy resilience;
    private final Map<Class<?>, Integer> jsonContracts;
    private final CallGuard callGuard;
    private final Map<Class<?>, Object> apis = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private EngageVoiceClient(Resolved r) {
        this.server = r.server;
        this.tokens = r.tokens;
        this.accountId = r.accountId;
        this.userAgent = r.userAgent;
        this.methodOverride = r.methodOverride;
        this.transport = r.transport;
        this.authEndpoints = r.authEndpoints;
        this.resilience = r.resilience;
        this.jsonContracts = r.hooks.runtimeJson() ? ModelJson.mapperContract() : ModelJson.contracts();
        this.callGuard = r.resilience.enabled() ? CallGuard.of(settings(r.resilience), listener(r.hooks)) : null;
        this.hooks = r.hooks;
    }

    /** The settings {@link Builder#build()} checked and derived, handed to the client at once. */
    private record Resolved(EngageVoiceServer server, TokenProvider tokens, String accountId, String userAgent,
            MethodOverride methodOverride, Transport transport, ResiliencePolicy resilience, AuthEndpoints authEndpoints,
            RuntimeHooks hooks) {
    }

    private static CallGuard.Listener listener(RuntimeHooks hooks) {
        ResilienceListener l = hooks.resilienceListener();
        return new CallGuard.Listener() {
            @Override
            public void retry() {
                l.retry();
            }

            @Override
            public void rateLimitWait() {
                l.rateLimitWait();
            }

            @Override
            public void rateLimitRejected() {
                l.rateLimitRejected();
            }
        };
    }

    /** The policy as the guard reads it. */
    private static CallGuard.Settings settings(ResiliencePolicy p) {
        ResiliencePolicy.CircuitBreaker breaker = p.circuitBreaker().orElse(null);
        return new CallGuard.Settings() {
            @Override
            public int maxAttempts() {
                return p.maxAttempts();
            }

            @Override
            public Duration initialDelay() {
                return p.initialDelay();
            }

            @Override
            public Duration maxDelay() {
                return p.maxDelay();
            }

            @Override
            public Duration maxRetryDuration() {
                return p.maxRetryDuration();
            }

            @Override
            public Duration retryAfterCap() {
                return p.retryAfterCap();
            }

            @Override
            public Duration timeout() {
                return p.timeout();
            }

            @Override
            public boolean rateLimits() {
                return p.rateLimits();
            }

            @Override
            public Duration rateLimitMaxWait() {
                return p.rateLimitMaxWait();
            }

            @Override
            public int breakerVolume() {
                return breaker == null ? 0 : breaker.requestVolume();
            }

            @Override
            public double breakerFailureRatio() {
                return breaker == null ? 0 : breaker.failureRatio();
            }

            @Override
            public Duration breakerDelay() {
                return breaker == null ? Duration.ZERO : breaker.delay();
            }

            @Override
            public String toString() {
                return p.toString();
            }
        };
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
        return type.cast(apis.computeIfAbsent(type,
                t -> UnauthorizedReplay.wrap(t, newRestClient(t), tokens, transport.readTimeout(), callGuard)));
    }

    private Object newRestClient(Class<?> type) {
        List<ClientRequestFilter> steps = new ArrayList<>();
        steps.add(new RequestPathFilter(server.apiUri().getRawPath(), server.isLegacy(), () -> accountId));
        // a filter step, not a builder header: Quarkus REST replaces a builder's User-Agent with its own
        steps.add(new UserAgentFilter(userAgent));
        // the step only where it has work: a mode to apply, or overrides an interface lets callers name
        if (methodOverride != MethodOverride.NONE || MethodOverrideFilter.declaresOverride(type)) {
            steps.add(new MethodOverrideFilter(methodOverride));
        }
        RequestSteps then = new RequestSteps(steps);
        Object runtimeFilter = hooks.authenticationFilter(tokens, then);
        RestClientBuilder builder = HiddenRetries.disable(transport.restClientBuilders().get())
                .baseUri(server.apiUri())
                .connectTimeout(transport.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(transport.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(false)
                // the library's one request filter: the credential, then the other steps
                .register(runtimeFilter != null ? runtimeFilter
                        : new AuthenticationFilter(tokens, transport.readTimeout(), then), AuthenticationFilter.PRIORITY);
        return builder.register(new ErrorResponseMapper(), 100)
                .register(ModelJson.provider(), jsonContracts)
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
        if (callGuard != null) {
            callGuard.close();
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
    public Optional<String> accountId() {
        return Optional.ofNullable(accountId);
    }

    public TokenProvider tokenProvider() {
        return tokens;
    }

    /** The resilience policy around this client's API calls. */
    public ResiliencePolicy resilience() {
        return resilience;
    }

    /** The transport settings this client was built with. */
    public Transport transport() {
        return transport;
    }

    @Override
    public String toString() {
        return "EngageVoiceClient[" + server + ", accountId=" + accountId + ", methodOverride=" + methodOverride + "]";
    }

    /** The RingCentral platform the JWT grant goes to by default. */
    public static final String DEFAULT_RINGCENTRAL_SERVER = "https://platform.ringcentral.com";

    /**
     * Builds {@link EngageVoiceClient}s; every setting is checked by {@link #build()}, which leaves the builder as it
     * is: building twice gives two independent clients (their own connections, token providers and login flows).
     */
    public static final class Builder {
        private String server;
        private Boolean legacy;
        private String accountId;
        private MethodOverride methodOverride = MethodOverride.NONE;
        private Credentials credentials;
        private Transport transport = Transport.defaults();
        private ResiliencePolicy resilience = ResiliencePolicy.defaults();
        private Duration tokenRefreshSkew = ClientSetting.REFRESH_SKEW.defaultDuration();
        private TokenStore tokenStore;
        private String tokenStoreKey;
        private Clock clock = Clock.systemUTC();
        private RuntimeHooks hooks = RuntimeHooks.portable();

        private Builder() {
        }

        /** A server name ({@code ringcx}, {@code engage}, {@code legacy-vacd}, {@code legacy-virtualacd}) or URL. */
        public Builder server(String server) {
            this.server = server;
            return this;
        }

        /** Whether a server URL is a legacy server; named servers know their generation. */
        public Builder legacy(Boolean legacy) {
            this.legacy = legacy;
            return this;
        }

        /** The account id that {@code ~} stands for; by default the account of the credentials. */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        public Builder methodOverride(MethodOverride methodOverride) {
            this.methodOverride = Objects.requireNonNull(methodOverride, "methodOverride");
            return this;
        }

        /** The one source of credentials; a later call replaces an earlier one. */
        public Builder credentials(Credentials credentials) {
            this.credentials = credentials;
            return this;
        }

        /** Timeouts, User-Agent and Rest Client builders; {@link Transport#defaults()} unless set. */
        public Builder transport(Transport transport) {
            this.transport = Objects.requireNonNull(transport, "transport");
            return this;
        }

        /** Retries, deadline, rate limits and circuit breaker; {@link ResiliencePolicy#defaults()} unless set. */
        public Builder resilience(ResiliencePolicy policy) {
            this.resilience = Objects.requireNonNull(policy, "resilience");
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
         * {@link Credentials#ringCentralToken} share one only when given the same key.
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

        /** For runtimes only (the Quarkus extension): see {@link RuntimeHooks}. */
        public Builder runtimeHooks(RuntimeHooks hooks) {
            this.hooks = Objects.requireNonNull(hooks, "hooks");
            return this;
        }

        /**
         * Checks every setting and builds a client; the builder is left unchanged.
         *
         * @throws InvalidSettingException naming the first setting that is not usable
         */
        public EngageVoiceClient build() {
            EngageVoiceServer resolvedServer = EngageVoiceServer.resolve(name("server"), server, legacy);
            String userAgent = transport.resolveUserAgent(name("userAgent"));
            check(ClientSetting.CONNECT_TIMEOUT, transport.connectTimeout());
            check(ClientSetting.READ_TIMEOUT, transport.readTimeout());
            check(ClientSetting.REFRESH_SKEW, tokenRefreshSkew);
            resilience.problem().ifPresent(p -> {
                throw new InvalidSettingException(name(p[0]), p[1]);
            });
            String account = accountId == null || accountId.isBlank() ? null : accountId.strip();
            if (credentials == null) {
                throw new InvalidSettingException(name("credentials"), "no credentials: set one of "
                        + String.join(", ", new LinkedHashSet<>(List.of(name("ringCentralJwt"), name("ringCentralToken"),
                                name("engageLogin"), name("legacyLogin"), name("accessToken"), name("apiToken"))))
                        + " or a token provider");
            }
            AuthEndpoints endpoints = null;
            TokenProvider tokens;
            if (credentials instanceof Credentials.Provider p) {
                tokens = p.provider();
            } else if (credentials instanceof Credentials.ApiToken t) {
                tokens = StaticTokenProvider.apiToken(required(t.token(), "apiToken", "needs a token; it is empty"),
                        account);
            } else if (credentials instanceof Credentials.AccessToken t) {
                tokens = StaticTokenProvider.accessToken(
                        required(t.token(), "accessToken", "needs a token; it is empty"),
                        resolvedServer.isLegacy() ? AuthScheme.X_AUTH_TOKEN : AuthScheme.BEARER, account);
            } else {
                String ringCentralServer = credentials instanceof Credentials.RingCentralJwt jwt
                        ? jwt.ringCentralServer()
                        : null;
                endpoints = new AuthEndpoints(resolvedServer.baseUri(), ringCentralUri(ringCentralServer),
                        transport.restClientBuilders(), userAgent, transport.connectTimeout(), transport.readTimeout());
                tokens = ManagedTokenProvider.builder(loginFlow(resolvedServer, endpoints))
                        .tokenStore(tokenStore)
                        .tokenStoreKey(tokenStoreKey)
                        .clock(clock)
                        .refreshSkew(tokenRefreshSkew)
                        .build();
            }
            return new EngageVoiceClient(new Resolved(resolvedServer, tokens, account, userAgent, methodOverride,
                    transport, resilience, endpoints, hooks));
        }

        private LoginFlow loginFlow(EngageVoiceServer server, AuthEndpoints endpoints) {
            if (credentials instanceof Credentials.RingCentralJwt jwt) {
                requireCurrent(server, "ringCentralJwt");
                if (!present(jwt.clientId()) || !present(jwt.clientSecret()) || !present(jwt.jwt())) {
                    throw new InvalidSettingException(name("ringCentralJwt"),
                            "needs a client id, a client secret and a JWT; one of them is empty");
                }
                return LoginFlows.ringCentralJwt(endpoints, jwt.clientId().strip(), jwt.clientSecret().strip(),
                        jwt.jwt().strip(), clock);
            }
            if (credentials instanceof Credentials.RingCentralToken supplied) {
                requireCurrent(server, "ringCentralToken");
                return LoginFlows.ringCentralToken(endpoints, supplied.ringCentralAccessTokens(), clock);
            }
            if (credentials instanceof Credentials.EngageLogin login) {
                requireCurrent(server, "engageLogin");
                if (!present(login.username()) || !present(login.password())) {
                    throw new InvalidSettingException(name("engageLogin"), "needs a username and a password; one is empty");
                }
                return LoginFlows.engageLogin(endpoints, login.username().strip(), login.password(), login.platformId(),
                        clock);
            }
            Credentials.LegacyLogin login = (Credentials.LegacyLogin) credentials;
            if (!server.isLegacy()) {
                throw new InvalidSettingException(name("legacyLogin"), "is for legacy servers only, but " + server
                        + " is a current server; use " + name("ringCentralJwt") + " or " + name("engageLogin"));
            }
            if (!present(login.username()) || !present(login.password())) {
                throw new InvalidSettingException(name("legacyLogin"), "needs a username and a password; one is empty");
            }
            return LoginFlows.legacyLogin(endpoints, login.username().strip(), login.password(), login.stayLoggedIn(),
                    clock);
        }

        private void requireCurrent(EngageVoiceServer server, String setting) {
            if (server.isLegacy()) {
                throw new InvalidSettingException(name(setting), "is for current (RingCX) servers only, but " + server
                        + " is a legacy server; use " + name("legacyLogin") + ", " + name("accessToken") + " or "
                        + name("apiToken"));
            }
        }

        private URI ringCentralUri(String ringCentralServer) {
            String value = present(ringCentralServer) ? ringCentralServer.strip() : DEFAULT_RINGCENTRAL_SERVER;
            if (!value.contains("://")) {
                throw new InvalidSettingException(name("ringCentralServer"), "'" + value
                        + "' is not a URL; use the RingCentral platform's base URL, such as " + DEFAULT_RINGCENTRAL_SERVER);
            }
            return EngageVoiceServer.resolve(name("ringCentralServer"), value, Boolean.FALSE).baseUri();
        }

        private String required(String value, String setting, String problem) {
            if (!present(value)) {
                throw new InvalidSettingException(name(setting), problem);
            }
            return value.strip();
        }

        private void check(ClientSetting setting, Duration value) {
            String builderName = setting.builderSettings().get(0);
            setting.problem(value).ifPresent(problem -> {
                throw new InvalidSettingException(name(builderName), problem);
            });
        }

        private String name(String builderSetting) {
            return hooks.settingName(builderSetting);
        }

        private static boolean present(String s) {
            return s != null && !s.isBlank();
        }
    }
}
