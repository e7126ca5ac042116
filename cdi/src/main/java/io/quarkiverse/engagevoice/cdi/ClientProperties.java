package io.quarkiverse.engagevoice.cdi;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.Config;

import io.quarkiverse.engagevoice.client.Credentials;
import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.EngageVoiceServer;
import io.quarkiverse.engagevoice.client.InvalidSettingException;
import io.quarkiverse.engagevoice.client.ResiliencePolicy;
import io.quarkiverse.engagevoice.client.Transport;
import io.quarkiverse.engagevoice.client.api.MethodOverride;
import io.quarkiverse.engagevoice.client.spi.ClientSetting;
import io.quarkiverse.engagevoice.client.spi.RuntimeHooks;

/**
 * Reads one client's MicroProfile Config properties into the client's builder. The names are the Quarkus extension's
 * without the {@code quarkus.} prefix: {@code engage-voice.server}, {@code engage-voice.auth.username}, and
 * {@code engage-voice."tenant-a".server} for the named client {@code tenant-a}. Every error, the builder's included,
 * names the property; a property under the prefix that no setting has is an error too, so a typo fails the deployment
 * instead of being ignored.
 */
final class ClientProperties {

    /** The name of the client configured without a name, under {@code engage-voice.*}. */
    static final String DEFAULT = "<default>";
    static final String ROOT = "engage-voice.";

    private static final Pattern NAMED = Pattern.compile("^engage-voice\\.\"([^\"]+)\"\\.(.+)$");

    /** Settings of the Quarkus extension that need Quarkus beans. */
    private static final Set<ClientSetting> QUARKUS_ONLY = EnumSet.of(ClientSetting.CREDENTIALS_PROVIDER,
            ClientSetting.CREDENTIALS_PROVIDER_NAME);

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    private final Config config;

    ClientProperties(Config config) {
        this.config = config;
    }

    /** The names of the clients with at least one property: {@link #DEFAULT} for {@code engage-voice.*}. */
    Set<String> configuredClients() {
        Set<String> names = new TreeSet<>();
        for (String property : config.getPropertyNames()) {
            Matcher named = NAMED.matcher(property);
            if (named.matches()) {
                names.add(named.group(1));
            } else if (property.startsWith(ROOT)) {
                names.add(DEFAULT);
            }
        }
        return names;
    }

    /** {@code engage-voice.} for the default client, {@code engage-voice."name".} for a named one. */
    static String prefix(String client) {
        return DEFAULT.equals(client) ? ROOT : ROOT + "\"" + client + "\".";
    }

    /**
     * A builder holding every setting of the client, checked by its {@code build()}.
     *
     * @param detectedRuntime the server named in the default User-Agent
     * @throws InvalidSettingException naming the first property that is not usable
     */
    EngageVoiceClient.Builder builder(String client, Optional<ServerRuntime> detectedRuntime) {
        String prefix = prefix(client);
        rejectUnknown(client, prefix);
        String server = text(prefix, ClientSetting.SERVER);
        Boolean legacy = bool(prefix, ClientSetting.LEGACY);
        Transport transport = Transport.defaults()
                .withUserAgent(text(prefix, ClientSetting.USER_AGENT))
                .withConnectTimeout(duration(prefix, ClientSetting.CONNECT_TIMEOUT))
                .withReadTimeout(duration(prefix, ClientSetting.READ_TIMEOUT));
        if (detectedRuntime.isPresent()) {
            transport = transport.withRuntime(detectedRuntime.get().name(), detectedRuntime.get().version());
        }
        EngageVoiceClient.Builder b = EngageVoiceClient.builder()
                .runtimeHooks(RuntimeHooks.portable().withSettingNames(setting -> settingName(setting, prefix)))
                .server(server)
                .legacy(legacy)
                .accountId(text(prefix, ClientSetting.ACCOUNT_ID))
                .methodOverride(methodOverride(prefix))
                .transport(transport)
                .resilience(resilience(prefix))
                .tokenRefreshSkew(duration(prefix, ClientSetting.REFRESH_SKEW));
        List<Credentials> sources = new ArrayList<>();
        Optional.ofNullable(text(prefix, ClientSetting.ACCESS_TOKEN)).map(Credentials::accessToken).ifPresent(sources::add);
        Optional.ofNullable(text(prefix, ClientSetting.API_TOKEN)).map(Credentials::apiToken).ifPresent(sources::add);
        String rcClientId = text(prefix, ClientSetting.RINGCENTRAL_CLIENT_ID);
        String rcClientSecret = text(prefix, ClientSetting.RINGCENTRAL_CLIENT_SECRET);
        String rcJwt = text(prefix, ClientSetting.RINGCENTRAL_JWT);
        if (rcClientId != null || rcClientSecret != null || rcJwt != null) {
            sources.add(Credentials.ringCentralJwt(rcClientId, rcClientSecret, rcJwt,
                    text(prefix, ClientSetting.RINGCENTRAL_SERVER)));
        }
        String username = text(prefix, ClientSetting.USERNAME);
        String password = text(prefix, ClientSetting.PASSWORD);
        if (username != null || password != null) {
            boolean legacyServer = EngageVoiceServer.resolve(prefix + ClientSetting.SERVER.property(), server, legacy)
                    .isLegacy();
            sources.add(legacyServer
                    ? Credentials.legacyLogin(username, password,
                            Boolean.TRUE.equals(bool(prefix, ClientSetting.STAY_LOGGED_IN)))
                    : Credentials.engageLogin(username, password, text(prefix, ClientSetting.PLATFORM_ID)));
        }
        if (sources.size() > 1) {
            throw new InvalidSettingException(prefix + "auth.*", "set only one source of credentials, not "
                    + sources.stream().map(c -> settingName(c.kind(), prefix)).collect(Collectors.joining(" and ")));
        }
        sources.stream().findFirst().ifPresent(b::credentials);
        return b;
    }

    private void rejectUnknown(String client, String prefix) {
        for (String property : config.getPropertyNames()) {
            String relative = relative(client, property);
            Optional<ClientSetting> setting = relative == null ? Optional.empty() : ClientSetting.of(relative);
            if (relative == null || setting.isPresent() && !QUARKUS_ONLY.contains(setting.get())) {
                continue;
            }
            if (setting.isPresent()) {
                throw new InvalidSettingException(property, "is a setting of the Quarkus extension only; on a Jakarta EE"
                        + " server give the credentials through " + prefix + "auth.* (MicroProfile Config sources can"
                        + " read them from a vault or the environment)");
            }
            throw new InvalidSettingException(property, "is not a setting of the Engage Voice client; the settings are "
                    + Arrays.stream(ClientSetting.values()).filter(c -> !QUARKUS_ONLY.contains(c))
                            .map(c -> prefix + c.property()).collect(Collectors.joining(", ")));
        }
    }

    /** The property relative to this client's prefix, or {@code null} when it belongs to no setting of this client. */
    private static String relative(String client, String property) {
        Matcher named = NAMED.matcher(property);
        if (named.matches()) {
            return named.group(1).equals(client) ? named.group(2) : null;
        }
        return DEFAULT.equals(client) && property.startsWith(ROOT) ? property.substring(ROOT.length()) : null;
    }

    /** The properties that feed a builder setting, as its errors should name them. */
    private static String settingName(String builderSetting, String prefix) {
        return switch (builderSetting) {
            case "credentials" -> prefix + "auth.*";
            case "provider" -> "a TokenProvider";
            case "ringCentralToken" -> "a RingCentral token supplier";
            default -> builderSetting.startsWith("resilience.") ? prefix + builderSetting
                    : ClientSetting.propertiesOf(builderSetting, prefix).orElse(builderSetting);
        };
    }

    /** The resilience policy, from the same {@code resilience.*} properties as the Quarkus extension's. */
    private ResiliencePolicy resilience(String prefix) {
        if (!flag(prefix, ClientSetting.RESILIENCE_ENABLED)) {
            return ResiliencePolicy.disabled();
        }
        ResiliencePolicy policy = ResiliencePolicy.defaults()
                .withMaxAttempts(number(prefix, ClientSetting.RETRY_MAX_ATTEMPTS).intValue())
                .withBackoff(duration(prefix, ClientSetting.RETRY_INITIAL_DELAY),
                        duration(prefix, ClientSetting.RETRY_MAX_DELAY))
                .withMaxRetryDuration(duration(prefix, ClientSetting.RETRY_MAX_DURATION))
                .withRetryAfterCap(duration(prefix, ClientSetting.RETRY_AFTER_CAP))
                .withTimeout(duration(prefix, ClientSetting.RESILIENCE_TIMEOUT))
                .withRateLimits(flag(prefix, ClientSetting.RATE_LIMIT_ENABLED),
                        duration(prefix, ClientSetting.RATE_LIMIT_MAX_WAIT));
        if (!flag(prefix, ClientSetting.CIRCUIT_BREAKER_ENABLED)) {
            return policy;
        }
        return policy.withCircuitBreaker(number(prefix, ClientSetting.CIRCUIT_BREAKER_REQUEST_VOLUME).intValue(),
                number(prefix, ClientSetting.CIRCUIT_BREAKER_FAILURE_RATIO).doubleValue(),
                duration(prefix, ClientSetting.CIRCUIT_BREAKER_DELAY));
    }

    private boolean flag(String prefix, ClientSetting setting) {
        Boolean value = bool(prefix, setting);
        return value != null ? value : Boolean.parseBoolean(setting.defaultValue().orElse("false"));
    }

    private Number number(String prefix, ClientSetting setting) {
        String value = text(prefix, setting);
        String text = value != null ? value : setting.defaultValue().orElseThrow();
        try {
            return setting.type() == Integer.class ? Integer.valueOf(text) : Double.valueOf(text);
        } catch (NumberFormatException e) {
            throw new InvalidSettingException(prefix + setting.property(), "'" + text + "' is not a number");
        }
    }

    private String text(String prefix, ClientSetting setting) {
        return text(prefix, setting.property());
    }

    private Boolean bool(String prefix, ClientSetting setting) {
        return bool(prefix, setting.property());
    }

    private Duration duration(String prefix, ClientSetting setting) {
        return duration(prefix, setting.property(), setting.defaultDuration());
    }

    private String text(String prefix, String property) {
        return config.getOptionalValue(prefix + property, String.class).map(String::strip).filter(s -> !s.isEmpty())
                .orElse(null);
    }

    private Boolean bool(String prefix, String property) {
        String value = text(prefix, property);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidSettingException(prefix + property, "'" + value + "' is not true or false");
        };
    }

    private MethodOverride methodOverride(String prefix) {
        String value = text(prefix, ClientSetting.METHOD_OVERRIDE);
        if (value == null) {
            return MethodOverride.NONE;
        }
        List<String> allowed = new ArrayList<>();
        for (MethodOverride candidate : MethodOverride.values()) {
            String name = candidate.name().toLowerCase(Locale.ROOT).replace('_', '-');
            if (name.equalsIgnoreCase(value.replace('_', '-'))) {
                return candidate;
            }
            allowed.add(name);
        }
        throw new InvalidSettingException(prefix + ClientSetting.METHOD_OVERRIDE.property(),
                "'" + value + "' is not one of " + allowed);
    }

    /** A duration as the Quarkus extension reads it: {@code 30s}, {@code 500ms}, {@code 5m}, or ISO-8601 {@code PT30S}. */
    private Duration duration(String prefix, String property, Duration defaultValue) {
        String value = text(prefix, property);
        if (value == null) {
            return defaultValue;
        }
        Matcher compact = DURATION.matcher(value.toLowerCase(Locale.ROOT));
        if (compact.matches()) {
            long amount = Long.parseLong(compact.group(1));
            return switch (compact.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidSettingException(prefix + property, "'" + value
                    + "' is not a duration; use a number with ms, s, m, h or d (30s, 500ms) or ISO-8601 (PT30S)");
        }
    }
}
