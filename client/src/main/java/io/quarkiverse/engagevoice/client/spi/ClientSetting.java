package io.quarkiverse.engagevoice.client.spi;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkiverse.engagevoice.client.api.MethodOverride;

/**
 * The one table of a client's settings: each row is a configuration property (relative to the client's prefix, such
 * as {@code quarkus.engage-voice.} or {@code quarkus.engage-voice."name".}), the builder setting it feeds (how the
 * builder's error messages name it), its type, its default, how it is checked and what it tells about the client.
 * The builder, the Quarkus recorder and processor, and Dev Services all read it: adding a setting is one row (plus
 * its method in the runtime's {@code @ConfigMapping}, whose javadoc documents it). A row whose property ends in
 * {@code .*} stands for a group of properties.
 */
public enum ClientSetting {

    SERVER("server", Role.SERVER, Check.NONE, String.class, null, "server"),
    LEGACY("legacy", Role.IDENTITY, Check.NONE, Boolean.class, null, "legacy"),
    ACCOUNT_ID("account-id", Role.IDENTITY, Check.NONE, String.class, null, "accountId"),
    USER_AGENT("user-agent", Role.IDENTITY, Check.NONE, String.class, null, "userAgent"),
    METHOD_OVERRIDE("method-override", Role.OPTION, Check.NONE, MethodOverride.class, Defaults.METHOD_OVERRIDE,
            "methodOverride"),
    CONNECT_TIMEOUT("connect-timeout", Role.OPTION, Check.POSITIVE, Duration.class, Defaults.CONNECT_TIMEOUT,
            "connectTimeout"),
    READ_TIMEOUT("read-timeout", Role.OPTION, Check.POSITIVE, Duration.class, Defaults.READ_TIMEOUT, "readTimeout"),
    TLS_CONFIGURATION_NAME("tls-configuration-name", Role.IDENTITY, Check.NONE, String.class, null),
    PROXY_CONFIGURATION_NAME("proxy-configuration-name", Role.IDENTITY, Check.NONE, String.class, null),
    API_TOKEN("auth.api-token", Role.CREDENTIAL, Check.NONE, String.class, null, "apiToken"),
    ACCESS_TOKEN("auth.access-token", Role.CREDENTIAL, Check.NONE, String.class, null, "accessToken"),
    USERNAME("auth.username", Role.CREDENTIAL, Check.NONE, String.class, null, "engageLogin", "legacyLogin"),
    PASSWORD("auth.password", Role.CREDENTIAL, Check.NONE, String.class, null, "engageLogin", "legacyLogin"),
    PLATFORM_ID("auth.platform-id", Role.OPTION, Check.NONE, String.class, null),
    STAY_LOGGED_IN("auth.stay-logged-in", Role.OPTION, Check.NONE, Boolean.class, Defaults.STAY_LOGGED_IN),
    RINGCENTRAL_CLIENT_ID("auth.ringcentral.client-id", Role.CREDENTIAL, Check.NONE, String.class, null,
            "ringCentralJwt"),
    RINGCENTRAL_CLIENT_SECRET("auth.ringcentral.client-secret", Role.CREDENTIAL, Check.NONE, String.class, null,
            "ringCentralJwt"),
    RINGCENTRAL_JWT("auth.ringcentral.jwt", Role.CREDENTIAL, Check.NONE, String.class, null, "ringCentralJwt"),
    RINGCENTRAL_SERVER("auth.ringcentral.server", Role.OPTION, Check.NONE, String.class, null, "ringCentralServer"),
    REFRESH_SKEW("auth.refresh-skew", Role.OPTION, Check.NOT_NEGATIVE, Duration.class, Defaults.REFRESH_SKEW,
            "tokenRefreshSkew"),
    CREDENTIALS_PROVIDER("auth.credentials-provider", Role.CREDENTIAL, Check.NONE, String.class, null),
    CREDENTIALS_PROVIDER_NAME("auth.credentials-provider-name", Role.OPTION, Check.NONE, String.class, null),
    TOKEN_STORE("token-store", Role.OPTION, Check.NONE, String.class, Defaults.TOKEN_STORE),
    REDIS_TOKEN_STORE("redis.*", Role.OPTION, Check.NONE, Object.class, null),
    RESILIENCE_ENABLED("resilience.enabled", Role.OPTION, Check.NONE, Boolean.class, Defaults.RESILIENCE_ENABLED),
    RETRY_MAX_ATTEMPTS("resilience.retry.max-attempts", Role.OPTION, Check.NONE, Integer.class,
            Defaults.RETRY_MAX_ATTEMPTS),
    RETRY_INITIAL_DELAY("resilience.retry.initial-delay", Role.OPTION, Check.POSITIVE, Duration.class,
            Defaults.RETRY_INITIAL_DELAY),
    RETRY_MAX_DELAY("resilience.retry.max-delay", Role.OPTION, Check.POSITIVE, Duration.class,
            Defaults.RETRY_MAX_DELAY),
    RETRY_MAX_DURATION("resilience.retry.max-duration", Role.OPTION, Check.POSITIVE, Duration.class,
            Defaults.RETRY_MAX_DURATION),
    RETRY_AFTER_CAP("resilience.retry.retry-after-cap", Role.OPTION, Check.NOT_NEGATIVE, Duration.class,
            Defaults.RETRY_AFTER_CAP),
    RESILIENCE_TIMEOUT("resilience.timeout", Role.OPTION, Check.NOT_NEGATIVE, Duration.class,
            Defaults.RESILIENCE_TIMEOUT),
    RATE_LIMIT_ENABLED("resilience.rate-limit.enabled", Role.OPTION, Check.NONE, Boolean.class,
            Defaults.RATE_LIMIT_ENABLED),
    RATE_LIMIT_MAX_WAIT("resilience.rate-limit.max-wait", Role.OPTION, Check.NOT_NEGATIVE, Duration.class,
            Defaults.RATE_LIMIT_MAX_WAIT),
    CIRCUIT_BREAKER_ENABLED("resilience.circuit-breaker.enabled", Role.OPTION, Check.NONE, Boolean.class,
            Defaults.CIRCUIT_BREAKER_ENABLED),
    CIRCUIT_BREAKER_REQUEST_VOLUME("resilience.circuit-breaker.request-volume", Role.OPTION, Check.NONE,
            Integer.class, Defaults.CIRCUIT_BREAKER_REQUEST_VOLUME),
    CIRCUIT_BREAKER_FAILURE_RATIO("resilience.circuit-breaker.failure-ratio", Role.OPTION, Check.NONE, Double.class,
            Defaults.CIRCUIT_BREAKER_FAILURE_RATIO),
    CIRCUIT_BREAKER_DELAY("resilience.circuit-breaker.delay", Role.OPTION, Check.POSITIVE, Duration.class,
            Defaults.CIRCUIT_BREAKER_DELAY);

    /** The defaults of the table as constants, for {@code @WithDefault}. */
    public static final class Defaults {
        public static final String METHOD_OVERRIDE = "none";
        public static final String CONNECT_TIMEOUT = "10s";
        public static final String READ_TIMEOUT = "30s";
        public static final String STAY_LOGGED_IN = "false";
        public static final String REFRESH_SKEW = "60s";
        public static final String TOKEN_STORE = "memory";
        public static final String RESILIENCE_ENABLED = "true";
        public static final String RETRY_MAX_ATTEMPTS = "3";
        public static final String RETRY_INITIAL_DELAY = "200ms";
        public static final String RETRY_MAX_DELAY = "5s";
        public static final String RETRY_MAX_DURATION = "30s";
        public static final String RETRY_AFTER_CAP = "20s";
        public static final String RESILIENCE_TIMEOUT = "60s";
        public static final String RATE_LIMIT_ENABLED = "true";
        public static final String RATE_LIMIT_MAX_WAIT = "30s";
        public static final String CIRCUIT_BREAKER_ENABLED = "false";
        public static final String CIRCUIT_BREAKER_REQUEST_VOLUME = "20";
        public static final String CIRCUIT_BREAKER_FAILURE_RATIO = "0.5";
        public static final String CIRCUIT_BREAKER_DELAY = "30s";

        private Defaults() {
        }
    }

    /** What setting a property tells about the client. */
    public enum Role {
        /** Which server: the client is configured, and Dev Services leave it alone. */
        SERVER,
        /** A credential: the client is configured, and Dev Services leave it alone. */
        CREDENTIAL,
        /** Names something of the client: it is configured, but Dev Services may still point it at the simulator. */
        IDENTITY,
        /** Has a default or refines another setting: tells nothing on its own. */
        OPTION
    }

    /** How the builder checks a duration. */
    public enum Check {
        NONE,
        POSITIVE,
        NOT_NEGATIVE
    }

    private final String property;
    private final Role role;
    private final Check check;
    private final Class<?> type;
    private final String defaultValue;
    private final List<String> builderSettings;

    ClientSetting(String property, Role role, Check check, Class<?> type, String defaultValue,
            String... builderSettings) {
        this.property = property;
        this.role = role;
        this.check = check;
        this.type = type;
        this.defaultValue = defaultValue;
        this.builderSettings = List.of(builderSettings);
    }

    /** The property, relative to the client's prefix: {@code auth.api-token}. */
    public String property() {
        return property;
    }

    public Role role() {
        return role;
    }

    public Class<?> type() {
        return type;
    }

    /** The default, as configuration text ({@code 10s}, {@code none}); empty when there is none. */
    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    /** The default of a duration setting. */
    public Duration defaultDuration() {
        if (type != Duration.class || defaultValue == null) {
            throw new IllegalStateException(this + " has no default duration");
        }
        if (defaultValue.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(defaultValue.substring(0, defaultValue.length() - 2)));
        }
        return Duration.parse("PT" + defaultValue.toUpperCase(Locale.ROOT));
    }

    /** The builder settings this property feeds, as the builder names them in errors. */
    public List<String> builderSettings() {
        return builderSettings;
    }

    /** Whether setting this property makes a client exist (a named client is built for it). */
    public boolean configuresClient() {
        return role != Role.OPTION;
    }

    /** Whether setting this property on the default client means the user has a server of their own. */
    public boolean choosesServer() {
        return role == Role.SERVER || role == Role.CREDENTIAL;
    }

    /** Whether this row stands for a group of properties ({@code resilience.*}). */
    public boolean isGroup() {
        return property.endsWith(".*");
    }

    /** Whether the property, relative to the client's prefix, is this setting (or one of its group). */
    public boolean matches(String relativeProperty) {
        return isGroup() ? relativeProperty.startsWith(property.substring(0, property.length() - 1))
                : relativeProperty.equals(property);
    }

    /** What is wrong with a duration by this row's rule, to be said after the setting's name; empty when it is fine. */
    public Optional<String> problem(Duration value) {
        if (check == Check.POSITIVE && (value == null || value.isNegative() || value.isZero())) {
            return Optional.of("must be a positive duration, was " + value);
        }
        if (check == Check.NOT_NEGATIVE && (value == null || value.isNegative())) {
            return Optional.of("must be zero or a positive duration, was " + value);
        }
        return Optional.empty();
    }

    /** The first segments of every property ({@code server}, {@code auth}...): what tells a client's key apart. */
    public static Set<String> firstSegments() {
        return Arrays.stream(values()).map(s -> s.property.split("\\.", 2)[0])
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The settings the property names, if any. */
    public static Optional<ClientSetting> of(String relativeProperty) {
        return Arrays.stream(values()).filter(s -> s.matches(relativeProperty)).findFirst();
    }

    /**
     * The properties that feed a builder setting, under {@code prefix}: {@code quarkus.engage-voice.auth.api-token},
     * or {@code quarkus.engage-voice.auth.username/password} when several do; empty when none does.
     */
    public static Optional<String> propertiesOf(String builderSetting, String prefix) {
        List<String> properties = Arrays.stream(values()).filter(s -> s.builderSettings.contains(builderSetting))
                .map(s -> s.property).toList();
        if (properties.isEmpty()) {
            return Optional.empty();
        }
        String first = properties.get(0);
        String parent = first.contains(".") ? first.substring(0, first.lastIndexOf('.') + 1) : "";
        if (properties.stream().allMatch(p -> p.startsWith(parent) && p.indexOf('.', parent.length()) < 0)) {
            return Optional.of(prefix + parent + properties.stream().map(p -> p.substring(parent.length()))
                    .collect(Collectors.joining("/")));
        }
        return Optional.of(properties.stream().map(p -> prefix + p).collect(Collectors.joining(", ")));
    }
}
