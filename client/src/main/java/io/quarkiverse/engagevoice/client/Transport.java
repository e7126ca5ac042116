package io.quarkiverse.engagevoice.client;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.microprofile.rest.client.RestClientBuilder;

import io.quarkiverse.engagevoice.client.spi.ClientSetting;

/**
 * How a client talks HTTP: timeouts, the parts of its {@code User-Agent}, and where its Rest Client builders come
 * from. Immutable: every {@code with...} method returns a changed copy; {@link EngageVoiceClient.Builder#build()}
 * checks the values.
 */
public final class Transport {

    private static final Transport DEFAULTS = new Transport(ClientSetting.CONNECT_TIMEOUT.defaultDuration(),
            ClientSetting.READ_TIMEOUT.defaultDuration(), null, null, null, null, null, RestClientBuilder::newBuilder);

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final String userAgent;
    private final String applicationName;
    private final String applicationVersion;
    private final String runtimeName;
    private final String runtimeVersion;
    private final Supplier<RestClientBuilder> restClientBuilders;

    private Transport(Duration connectTimeout, Duration readTimeout, String userAgent, String applicationName,
            String applicationVersion, String runtimeName, String runtimeVersion,
            Supplier<RestClientBuilder> restClientBuilders) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.userAgent = userAgent;
        this.applicationName = applicationName;
        this.applicationVersion = applicationVersion;
        this.runtimeName = runtimeName;
        this.runtimeVersion = runtimeVersion;
        this.restClientBuilders = restClientBuilders;
    }

    /** Connect timeout 10 s, read timeout 30 s, a composed User-Agent, {@link RestClientBuilder#newBuilder()}. */
    public static Transport defaults() {
        return DEFAULTS;
    }

    /** How long to wait for a connection; must be positive. */
    public Transport withConnectTimeout(Duration timeout) {
        return new Transport(timeout, readTimeout, userAgent, applicationName, applicationVersion, runtimeName,
                runtimeVersion, restClientBuilders);
    }

    /** How long to wait for an answer; must be positive. */
    public Transport withReadTimeout(Duration timeout) {
        return new Transport(connectTimeout, timeout, userAgent, applicationName, applicationVersion, runtimeName,
                runtimeVersion, restClientBuilders);
    }

    /** An explicit User-Agent, {@code AppName/version (details)}; {@code null} or empty composes the default one. */
    public Transport withUserAgent(String value) {
        return new Transport(connectTimeout, readTimeout, value, applicationName, applicationVersion, runtimeName,
                runtimeVersion, restClientBuilders);
    }

    /** The application name and version that lead the default User-Agent. */
    public Transport withApplication(String name, String version) {
        return new Transport(connectTimeout, readTimeout, userAgent, name, version, runtimeName, runtimeVersion,
                restClientBuilders);
    }

    /** The runtime named in the default User-Agent, such as {@code Quarkus/3.33.2}. */
    public Transport withRuntime(String name, String version) {
        return new Transport(connectTimeout, readTimeout, userAgent, applicationName, applicationVersion, name, version,
                restClientBuilders);
    }

    /** Where Rest Client builders come from, to add TLS, proxy or provider settings. */
    public Transport withRestClientBuilders(Supplier<RestClientBuilder> builders) {
        return new Transport(connectTimeout, readTimeout, userAgent, applicationName, applicationVersion, runtimeName,
                runtimeVersion, Objects.requireNonNull(builders, "restClientBuilders"));
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    Supplier<RestClientBuilder> restClientBuilders() {
        return restClientBuilders;
    }

    /** The User-Agent to send: the explicit one, checked, or the default composed of the parts. */
    String resolveUserAgent(String setting) {
        return userAgent == null || userAgent.isEmpty()
                ? UserAgent.defaultValue(applicationName, applicationVersion, runtimeName, runtimeVersion)
                : UserAgent.validate(setting, userAgent);
    }

    @Override
    public String toString() {
        return "Transport[connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }
}
