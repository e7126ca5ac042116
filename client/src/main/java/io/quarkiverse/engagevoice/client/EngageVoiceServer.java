package io.quarkiverse.engagevoice.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

/**
 * The server a client talks to: a base URI (scheme, host, optional port and path prefix) and its generation.
 * <p>
 * Choose a named server ({@code ringcx}, {@code engage}, {@code legacy-vacd}, {@code legacy-virtualacd}) or give
 * a URL. A URL is a current server unless {@code legacy} is set. Trailing slashes do not matter, an explicit port
 * is kept, {@code http://} is accepted for loopback hosts only (tests, the simulator), and a URL may not carry
 * user info, a query or a fragment.
 */
public final class EngageVoiceServer {

    /** The name of the default server. */
    public static final String DEFAULT = "ringcx";

    private static final Map<String, EngageVoiceServer> NAMED = Map.of(
            "ringcx", new EngageVoiceServer(URI.create("https://ringcx.ringcentral.com"), Generation.CURRENT),
            "engage", new EngageVoiceServer(URI.create("https://engage.ringcentral.com"), Generation.CURRENT),
            "legacy-vacd", new EngageVoiceServer(URI.create("https://portal.vacd.biz"), Generation.LEGACY),
            "legacy-virtualacd", new EngageVoiceServer(URI.create("https://portal.virtualacd.biz"), Generation.LEGACY));

    private final URI baseUri;
    private final Generation generation;

    private EngageVoiceServer(URI baseUri, Generation generation) {
        this.baseUri = baseUri;
        this.generation = generation;
    }

    /** The default server, RingCX. */
    public static EngageVoiceServer ringcx() {
        return NAMED.get(DEFAULT);
    }

    /**
     * Resolves a server setting.
     *
     * @param setting the name of the setting, used in error messages
     * @param server a server name or URL; {@code null} or blank means the default server
     * @param legacy whether a URL is a legacy server; {@code null} means "not stated"
     * @throws InvalidSettingException naming {@code setting} when the value is not usable
     */
    public static EngageVoiceServer resolve(String setting, String server, Boolean legacy) {
        String value = server == null || server.isBlank() ? DEFAULT : server.strip();
        EngageVoiceServer named = NAMED.get(value.toLowerCase(Locale.ROOT));
        if (named != null) {
            if (legacy != null && legacy != (named.generation == Generation.LEGACY)) {
                throw new InvalidSettingException(setting, "'" + value + "' is a "
                        + named.generation.name().toLowerCase(Locale.ROOT)
                        + " server, which contradicts legacy=" + legacy + "; remove the legacy setting");
            }
            return named;
        }
        if (!value.contains("://")) {
            throw new InvalidSettingException(setting, "'" + value + "' is neither a server name " + NAMED.keySet()
                    + " nor an http(s) URL");
        }
        return new EngageVoiceServer(parseUrl(setting, value),
                Boolean.TRUE.equals(legacy) ? Generation.LEGACY : Generation.CURRENT);
    }

    private static URI parseUrl(String setting, String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new InvalidSettingException(setting, "'" + value + "' is not a valid URL: " + e.getReason());
        }
        if (uri.getRawUserInfo() != null) {
            // never repeat the value: user info may hold a password
            throw new InvalidSettingException(setting, "the URL must not contain user info (user:password@)");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new InvalidSettingException(setting, "'" + value + "' must use https");
        }
        if (uri.getHost() == null) {
            throw new InvalidSettingException(setting, "'" + value + "' has no host");
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new InvalidSettingException(setting, "'" + value
                    + "' uses http, which is allowed for loopback hosts only (127.0.0.0/8, localhost, [::1]); use https");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new InvalidSettingException(setting, "'" + value + "' must not have a query or a fragment");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        for (Generation g : Generation.values()) {
            if (path.endsWith(g.apiRoot())) {
                throw new InvalidSettingException(setting, "'" + value + "' ends with the API root " + g.apiRoot()
                        + ": give the server's base URL only, the API root is added by the client");
            }
        }
        return URI.create(scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT) + path);
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.equals("[::1]") || h.equals("::1")) {
            return true;
        }
        String[] octets = h.split("\\.", -1);
        if (octets.length != 4 || !octets[0].equals("127")) {
            return false;
        }
        for (String o : octets) {
            if (!o.matches("\\d{1,3}") || Integer.parseInt(o) > 255) {
                return false;
            }
        }
        return true;
    }

    /** Scheme, host, port and optional path prefix, without a trailing slash. */
    public URI baseUri() {
        return baseUri;
    }

    public Generation generation() {
        return generation;
    }

    public boolean isLegacy() {
        return generation == Generation.LEGACY;
    }

    /** The base URI of the API resources: {@link #baseUri()} followed by the generation's API root. */
    public URI apiUri() {
        return URI.create(baseUri + generation.apiRoot());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EngageVoiceServer other && baseUri.equals(other.baseUri) && generation == other.generation;
    }

    @Override
    public int hashCode() {
        return baseUri.hashCode() * 31 + generation.hashCode();
    }

    @Override
    public String toString() {
        return baseUri + " (" + generation.name().toLowerCase(Locale.ROOT) + ")";
    }
}
