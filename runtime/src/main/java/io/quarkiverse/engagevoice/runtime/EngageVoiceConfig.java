package io.quarkiverse.engagevoice.runtime;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.quarkiverse.engagevoice.EngageVoiceClients;
import io.quarkiverse.engagevoice.client.api.MethodOverride;
import io.quarkiverse.engagevoice.client.spi.ClientSetting.Defaults;
import io.quarkus.runtime.annotations.ConfigDocMapKey;
import io.quarkus.runtime.annotations.ConfigDocSection;
import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithDefaults;
import io.smallrye.config.WithParentName;
import io.smallrye.config.WithUnnamedKey;

/**
 * Engage Voice clients: the default client is configured directly under {@code quarkus.engage-voice.*}, named
 * clients under {@code quarkus.engage-voice."<name>".*}. Every client property is a row of the client's settings
 * table, {@code io.quarkiverse.engagevoice.client.spi.ClientSetting}, which the recorder, the processor and Dev
 * Services read: a new property is a method here and a row there.
 */
@ConfigMapping(prefix = "quarkus.engage-voice")
@ConfigRoot(phase = ConfigPhase.RUN_TIME)
public interface EngageVoiceConfig {

    /**
     * The clients, by name.
     */
    @WithParentName
    @WithUnnamedKey(EngageVoiceClients.DEFAULT)
    @WithDefaults
    @ConfigDocMapKey("client-name")
    Map<String, ClientConfig> clients();

    /** The settings of one client. */
    interface ClientConfig {

        /**
         * The server: `ringcx` (https://ringcx.ringcentral.com), `engage` (https://engage.ringcentral.com),
         * `legacy-vacd` (https://portal.vacd.biz), `legacy-virtualacd` (https://portal.virtualacd.biz), or the
         * base URL of a server, without the API root. A URL is a current server unless `legacy` is `true`.
         * `http://` is accepted for loopback hosts only. Defaults to `ringcx`.
         */
        Optional<String> server();

        /**
         * Whether the server given by URL is a legacy server (API root `/api`, `X-Auth-Token`) rather than a
         * current one (API root `/voice/api`, Bearer tokens). Named servers know their generation.
         */
        Optional<Boolean> legacy();

        /**
         * The account id that `~` stands for in account paths, such as `AgentGroupsApi.list("~")`. Defaults to the
         * account the credentials belong to, when the login answer names it.
         */
        Optional<String> accountId();

        /**
         * The `User-Agent` sent on every request, in the form `AppName/version (details)`. Defaults to
         * `<quarkus.application.name>/<quarkus.application.version> (engage-voice-client/<version>;
         * Quarkus/<version>; Java/<version>; <os>/<version>)`.
         */
        Optional<String> userAgent();

        /**
         * Method tunnelling for networks that only pass GET and POST: `none` sends every method as it is, `header`
         * sends PUT, DELETE and PATCH as POST with `X-HTTP-Method-Override`, `query` as POST with `_method`.
         */
        @WithDefault(Defaults.METHOD_OVERRIDE)
        MethodOverride methodOverride();

        /**
         * How long to wait for a connection.
         */
        @WithDefault(Defaults.CONNECT_TIMEOUT)
        Duration connectTimeout();

        /**
         * How long to wait for an answer.
         */
        @WithDefault(Defaults.READ_TIMEOUT)
        Duration readTimeout();

        /**
         * The name of a TLS configuration of the Quarkus TLS registry (`quarkus.tls."<name>".*`) whose trust store,
         * key store and protocols this client uses, for the API and its login alike: a corporate CA or a client
         * certificate, for example. Without it, the default TLS configuration (`quarkus.tls.*`) applies when it is
         * set, and the JVM's trust store otherwise. Startup fails when no such configuration exists.
         */
        Optional<String> tlsConfigurationName();

        /**
         * The name of a proxy configuration of the Quarkus proxy registry (`quarkus.proxy."<name>".*`) this client
         * sends its requests through, for the API and its login alike; `none` for a direct connection even when a
         * default proxy is set. Without it, the default proxy configuration (`quarkus.proxy.*`) applies when it is
         * set. Startup fails when no such configuration exists.
         */
        Optional<String> proxyConfigurationName();

        /**
         * Credentials.
         */
        @ConfigDocSection
        AuthConfig auth();

        /**
         * Where the client keeps its tokens between renewals: `memory`, in this instance only, or `redis`, shared by
         * every instance (pods, functions) that uses the same Redis and credentials. With `redis` the fleet logs in
         * once, renews once per token lifetime (the instance holding a Redis lease renews, the others adopt its
         * token) and keeps to the limit of token exchanges per minute together; requests never wait for Redis, the
         * token is cached in each instance. It needs the `quarkus-redis-client` extension, a Redis client
         * (`quarkus.redis.hosts`) and an encryption key (`redis.encryption-key`). A `TokenStore` bean is used when
         * this is `memory` and there is one.
         */
        @WithDefault(Defaults.TOKEN_STORE)
        TokenStoreKind tokenStore();

        /**
         * The Redis token store, used when `token-store` is `redis`.
         */
        @ConfigDocSection
        RedisStoreConfig redis();

        /**
         * Retries, the deadline of each call, the API's rate limits and the circuit breaker, executed by SmallRye
         * Fault Tolerance around every API call (logins have their own limits). See the Resilience page.
         */
        @ConfigDocSection
        ResilienceConfig resilience();
    }

    /** The resilience policy of a client. */
    interface ResilienceConfig {

        /**
         * Whether the policy applies; `false` sends each call once, with no deadline but the connect and read timeouts
         * and no client-side rate limits.
         */
        @WithDefault(Defaults.RESILIENCE_ENABLED)
        boolean enabled();

        /**
         * Retries of the calls that are safe to repeat: `GET`, `PUT`, `DELETE` and the `POST`s marked `@Idempotent`
         * (searches, counts, report queries), after a 502, 503 or 504, a refused connection, a connection lost before
         * the answer, or a 429 whose `Retry-After` is within `retry-after-cap`. Other `POST`s are sent once.
         */
        RetryConfig retry();

        /**
         * The deadline of a call as a whole, waits and retries included, however slowly the server answers; `0` for
         * none. The read timeout bounds each read only.
         */
        @WithDefault(Defaults.RESILIENCE_TIMEOUT)
        Duration timeout();

        /**
         * The API's documented rate limits, kept per client and area (120 a minute for most areas, 15 per 10 s for
         * lead searches, 3 per 60 s for aggregated reports...).
         */
        RateLimitConfig rateLimit();

        /**
         * A circuit breaker over all the calls of the client, off by default: the retries and limits already bound
         * the load the client makes, and an open breaker fails calls a caller may still want to try.
         */
        CircuitBreakerConfig circuitBreaker();
    }

    /** Retries. */
    interface RetryConfig {

        /**
         * How many times a retryable call may be sent, the first included; `1` turns retries off.
         */
        @WithDefault(Defaults.RETRY_MAX_ATTEMPTS)
        int maxAttempts();

        /**
         * The backoff before the first retry; doubled for each next one up to `max-delay`, of which a random half is
         * kept (jitter).
         */
        @WithDefault(Defaults.RETRY_INITIAL_DELAY)
        Duration initialDelay();

        /**
         * The longest backoff between two attempts.
         */
        @WithDefault(Defaults.RETRY_MAX_DELAY)
        Duration maxDelay();

        /**
         * How long retries may go on, from the first attempt.
         */
        @WithDefault(Defaults.RETRY_MAX_DURATION)
        Duration maxDuration();

        /**
         * The longest `Retry-After` of a 429 that is waited before retrying; beyond it the call fails at once with a
         * `RateLimitedException` carrying `retryAfter()`. A 429 without `Retry-After` is not retried.
         */
        @WithDefault(Defaults.RETRY_AFTER_CAP)
        Duration retryAfterCap();
    }

    /** Client-side rate limits. */
    interface RateLimitConfig {

        /**
         * Whether the client keeps to the API's documented rate limits.
         */
        @WithDefault(Defaults.RATE_LIMIT_ENABLED)
        boolean enabled();

        /**
         * How long a call beyond a limit may wait for room in the window; when the room comes later, or with `0`, the
         * call fails at once with a `RateLimitedException` (`heldBackByClient()`, `retryAfter()`), nothing sent.
         */
        @WithDefault(Defaults.RATE_LIMIT_MAX_WAIT)
        Duration maxWait();
    }

    /** The circuit breaker. */
    interface CircuitBreakerConfig {

        /**
         * Whether the client has a circuit breaker.
         */
        @WithDefault(Defaults.CIRCUIT_BREAKER_ENABLED)
        boolean enabled();

        /**
         * How many recent calls the breaker looks at.
         */
        @WithDefault(Defaults.CIRCUIT_BREAKER_REQUEST_VOLUME)
        int requestVolume();

        /**
         * The share of those calls that must have failed with a 5xx or a transport failure for the breaker to open.
         */
        @WithDefault(Defaults.CIRCUIT_BREAKER_FAILURE_RATIO)
        double failureRatio();

        /**
         * How long the breaker stays open (calls fail at once, nothing sent) before it lets trial calls through.
         */
        @WithDefault(Defaults.CIRCUIT_BREAKER_DELAY)
        Duration delay();
    }

    /** Where tokens are kept. */
    enum TokenStoreKind {
        /** In this instance's memory. */
        MEMORY,
        /** In Redis, shared by a fleet of instances. */
        REDIS
    }

    /** The Redis token store. */
    interface RedisStoreConfig {

        /**
         * The name of the Redis client to use (`quarkus.redis."<name>".*`); the default Redis client when not set.
         */
        Optional<String> clientName();

        /**
         * The key that encrypts the tokens in Redis (AES-GCM): base64 of 16, 24 or 32 random bytes, for example the
         * output of `openssl rand -base64 32`. Every instance of the fleet needs the same key. May come from the
         * credentials provider (`auth.credentials-provider`) under the key `token-store-encryption-key` instead.
         * Required when `token-store` is `redis`: startup fails without it.
         */
        Optional<String> encryptionKey();

        /**
         * How long a token entry stays in Redis after its last write (longer than a refresh token is useful).
         */
        @WithDefault("24h")
        Duration entryTtl();

        /**
         * How long the renewal lease lasts: while one instance renews, the others wait for its token at most this
         * long before one of them takes the lease over (the holder crashed or hangs).
         */
        @WithDefault("10s")
        Duration leaseTime();

        /**
         * Logins (token exchanges) the whole fleet makes per minute, at most, counted in Redis; the server allows 5.
         */
        @WithDefault("5")
        int loginsPerMinute();

        /**
         * How long a Redis call may take; after it (or when Redis is down) the client goes on with its own token,
         * with one warning, and uses Redis again once it answers.
         */
        @WithDefault("2s")
        Duration timeout();
    }

    /**
     * Credentials: set exactly one kind. A `TokenProvider` or `RingCentralTokenSupplier` bean (qualified with
     * `@EngageVoiceClientName` for a named client) is a kind too.
     */
    interface AuthConfig {

        /**
         * A permanent API token, sent as `X-Auth-Token`. It never expires; create one with `ApiTokensApi.create()`.
         */
        Optional<String> apiToken();

        /**
         * An access token obtained elsewhere, sent as `Authorization: Bearer` (current servers) or `X-Auth-Token`
         * (legacy servers). It cannot be renewed: prefer a login flow.
         */
        Optional<String> accessToken();

        /**
         * The user name of a login: the direct Engage login on current servers
         * (`POST /api/auth/login/admin`), the legacy login on legacy servers (`POST /api/v1/auth/login`).
         */
        Optional<String> username();

        /**
         * The password of the login. May come from a credentials provider instead (see `credentials-provider`).
         */
        Optional<String> password();

        /**
         * The platform id of the direct Engage login, when your account needs one.
         */
        Optional<String> platformId();

        /**
         * Legacy login only: keep the auth token alive for two weeks after its last use instead of one hour.
         */
        @WithDefault(Defaults.STAY_LOGGED_IN)
        boolean stayLoggedIn();

        /**
         * RingCentral JWT credentials: the client gets a RingCentral access token with the JWT grant and exchanges
         * it for an Engage Voice access token (current servers).
         */
        RingCentralConfig ringcentral();

        /**
         * How long before an access token expires the client renews it. Requests holding a valid token never wait
         * for the renewal.
         */
        @WithDefault(Defaults.REFRESH_SKEW)
        Duration refreshSkew();

        /**
         * The key under which a `CredentialsProvider` (Vault and the like) holds this client's secrets: `user`,
         * `password`, and optionally `api-token`, `access-token`, `ringcentral-client-secret`, `ringcentral-jwt`.
         * Values it returns replace the configured ones.
         */
        Optional<String> credentialsProvider();

        /**
         * The CDI name of the `CredentialsProvider` bean to use, when there are several.
         */
        Optional<String> credentialsProviderName();
    }

    /** RingCentral JWT credentials. */
    interface RingCentralConfig {

        /**
         * The client id of your RingCentral app.
         */
        Optional<String> clientId();

        /**
         * The client secret of your RingCentral app.
         */
        Optional<String> clientSecret();

        /**
         * The JWT credential issued for the RingCentral user.
         */
        Optional<String> jwt();

        /**
         * The RingCentral platform for the JWT grant. Defaults to `https://platform.ringcentral.com`.
         */
        Optional<String> server();
    }
}
