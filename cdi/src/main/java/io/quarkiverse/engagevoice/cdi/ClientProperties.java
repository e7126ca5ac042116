package io.quarkiverse.engagevoice.cdi;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.Config;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.EngageVoiceServer;
import io.quarkiverse.engagevoice.client.InvalidSettingException;
import io.quarkiverse.engagevoice.client.MethodOverride;

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

    /**
     * Each property, relative to the client's prefix, and the builder settings it feeds, as the builder's error
     * messages name them.
     */
    private static final Map<String, List<String>> SETTINGS = Map.ofEntries(
            Map.entry("server", List.of("server")),
            Map.entry("legacy", List.of("legacy")),
            Map.entry("account-id", List.of("accountId")),
            Map.entry("user-agent", List.of("userAgent")),
            Map.entry("method-override", List.of("methodOverride")),
            Map.entry("connect-timeout", List.of("connectTimeout")),
            Map.entry("read-timeout", List.of("readTimeout")),
            Map.entry("auth.api-token", List.of("apiToken")),
            Map.entry("auth.access-token", List.of("accessToken")),
            Map.entry("auth.username", List.of("engageLogin", "legacyLogin")),
            Map.entry("auth.password", List.of()),
            Map.entry("auth.platform-id", List.of()),
            Map.entry("auth.stay-logged-in", List.of()),
            Map.entry("auth.refresh-skew", List.of("tokenRefreshSkew")),
            Map.entry("auth.ringcentral.client-id", List.of("ringCentralJwt")),
            Map.entry("auth.ringcentral.client-secret", List.of()),
            Map.entry("auth.ringcentral.jwt", List.of()),
            Map.entry("auth.ringcentral.server", List.of("ringCentralServer")));

    /** Settings of the Quarkus extension that need Quarkus beans. */
    private static final Set<String> QUARKUS_ONLY = Set.of("auth.credentials-provider", "auth.credentials-provider-name");

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
        EngageVoiceClient.Builder b = EngageVoiceClient.builder();
        SETTINGS.forEach((property, settings) -> settings.forEach(setting -> b.settingName(setting, prefix + property)));
        b.settingName("credentials", prefix + "auth.*");
        b.settingName("engageLogin", prefix + "auth.username/password");
        b.settingName("legacyLogin", prefix + "auth.username/password");
        b.settingName("ringCentralJwt", prefix + "auth.ringcentral.*");
        b.settingName("tokenProvider", "a TokenProvider");
        b.settingName("ringCentralToken", "a RingCentral token supplier");

        String server = text(prefix, "server");
        Boolean legacy = bool(prefix, "legacy");
        b.server(server)
                .legacy(legacy)
                .accountId(text(prefix, "account-id"))
                .userAgent(text(prefix, "user-agent"))
                .methodOverride(methodOverride(prefix))
                .connectTimeout(duration(prefix, "connect-timeout", Duration.ofSeconds(10)))
                .readTimeout(duration(prefix, "read-timeout", Duration.ofSeconds(30)))
                .tokenRefreshSkew(duration(prefix, "auth.refresh-skew", Duration.ofSeconds(60)))
                .accessToken(text(prefix, "auth.access-token"))
                .apiToken(text(prefix, "auth.api-token"));
        detectedRuntime.ifPresent(r -> b.runtime(r.name(), r.version()));
        String rcClientId = text(prefix, "auth.ringcentral.client-id");
        String rcClientSecret = text(prefix, "auth.ringcentral.client-secret");
        String rcJwt = text(prefix, "auth.ringcentral.jwt");
        if (rcClientId != null || rcClientSecret != null || rcJwt != null) {
            b.ringCentralJwt(rcClientId, rcClientSecret, rcJwt);
        }
        String rcServer = text(prefix, "auth.ringcentral.server");
        if (rcServer != null) {
            b.ringCentralServer(rcServer);
        }
        String username = text(prefix, "auth.username");
        String password = text(prefix, "auth.password");
        if (username != null || password != null) {
            if (EngageVoiceServer.resolve(prefix + "server", server, legacy).isLegacy()) {
                b.legacyLogin(username, password, Boolean.TRUE.equals(bool(prefix, "auth.stay-logged-in")));
            } else {
                b.engageLogin(username, password, text(prefix, "auth.platform-id"));
            }
        }
        return b;
    }

    private void rejectUnknown(String client, String prefix) {
        for (String property : config.getPropertyNames()) {
            String relative = relative(client, property);
            if (relative == null || SETTINGS.containsKey(relative)) {
                continue;
            }
            if (QUARKUS_ONLY.contains(relative)) {
                throw new InvalidSettingException(property, "is a setting of the Quarkus extension only; on a Jakarta EE"
                        + " server give the credentials through " + prefix + "auth.* (MicroProfile Config sources can"
                        + " read them from a vault or the environment)");
            }
            throw new InvalidSettingException(property, "is not a setting of the Engage Voice client; the settings are "
                    + prefix + String.join(", " + prefix, new TreeSet<>(SETTINGS.keySet())));
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
        String value = text(prefix, "method-override");
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
        throw new InvalidSettingException(prefix + "method-override", "'" + value + "' is not one of " + allowed);
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
