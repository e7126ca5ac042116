package io.quarkiverse.engagevoice.mockserver;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import io.quarkiverse.engagevoice.mockserver.internal.EmbeddedSimulator;
import io.quarkiverse.engagevoice.mockserver.internal.admin.AdminClient;
import io.quarkiverse.engagevoice.mockserver.internal.admin.SimulatorControls;
import io.quarkiverse.engagevoice.mockserver.internal.model.Layout;
import io.quarkiverse.engagevoice.mockserver.internal.routing.Route;
import io.quarkiverse.engagevoice.mockserver.wire.Fault;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;

/**
 * An in-memory, stateful simulator of the RingCentral Engage Voice (RingCX) REST API, listening on loopback.
 *
 * <pre>{@code
 * try (EngageVoiceSimulator sim = EngageVoiceSimulator.builder().start()) {
 *     String url = sim.baseUrl(); // http://127.0.0.1:<port>
 * }
 * }</pre>
 *
 * The current layout serves the API under {@code /voice/api}, the Engage authentication under {@code /api/auth}
 * and the RingCentral token endpoint at {@code /restapi/oauth/token}; the legacy layout serves the API under
 * {@code /api} and the login at {@code /api/v1/auth/login}. Credentials are in
 * {@link io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials}, seeded ids in
 * {@link io.quarkiverse.engagevoice.mockserver.seed.SimulatorSeed}. Thread-safe.
 */
public final class EngageVoiceSimulator implements AutoCloseable {

    /** Journal entries kept before the oldest are dropped (keeps long benchmark runs bounded). */
    public static final int DEFAULT_JOURNAL_LIMIT = 10_000;

    private final SimulatorControls controls;
    private final String baseUrl;
    private final List<Route> routes;

    private EngageVoiceSimulator(SimulatorControls controls, String baseUrl, List<Route> routes) {
        this.controls = controls;
        this.baseUrl = baseUrl;
        this.routes = routes;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Controls of a simulator that is already running elsewhere (the Dev Service, a {@code java -jar} runner),
     * through its {@code /__admin} endpoints: its journal, faults and reset. {@link #close()} leaves that simulator
     * running.
     *
     * @param baseUrl the simulator's {@link #baseUrl()}, such as {@code http://127.0.0.1:8089}
     * @throws IllegalStateException naming the URL when no simulator answers there
     */
    public static EngageVoiceSimulator connect(String baseUrl) {
        URI url;
        try {
            url = new URI(Objects.requireNonNull(baseUrl, "baseUrl").replaceAll("/+$", ""));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("baseUrl is not a URL: " + baseUrl, e);
        }
        if (url.getScheme() == null || url.getHost() == null || url.getPort() < 0) {
            throw new IllegalArgumentException("baseUrl must be http://host:port, was " + baseUrl);
        }
        return new EngageVoiceSimulator(AdminClient.connect(url), url.toString(), List.of());
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    public int port() {
        return URI.create(baseUrl).getPort();
    }

    public boolean legacy() {
        return controls.layout() == Layout.LEGACY;
    }

    /** The lifetime of the access tokens the simulator issues. */
    public Duration tokenTtl() {
        return controls.tokenTtl();
    }

    /** The API root path: {@code /voice/api} (current) or {@code /api} (legacy). */
    public String apiRoot() {
        return controls.layout().apiRoot();
    }

    /** {@link #baseUrl()} followed by {@link #apiRoot()}. */
    public String apiBaseUrl() {
        return baseUrl() + apiRoot();
    }

    /** The requests received so far, in arrival order ({@code /__admin} calls excluded). */
    public List<RecordedRequest> journal() {
        return controls.journal();
    }

    public void clearJournal() {
        controls.clearJournal();
    }

    /** Arms a fault, like {@code POST /__admin/faults}. */
    public void addFault(Fault fault) {
        controls.addFault(Objects.requireNonNull(fault, "fault"));
    }

    /** Disarms every fault, like {@code DELETE /__admin/faults}. */
    public void clearFaults() {
        controls.clearFaults();
    }

    /**
     * Puts the data back to the seed and clears the journal, the faults and the rate-limit windows. Issued tokens
     * (access, refresh, RingCentral and legacy tokens) stay valid so that connected clients keep working; API
     * tokens go back to the seeded one.
     */
    public void reset() {
        controls.reset();
    }

    /** The operations served, for the conformance tests of this module; empty for a simulator elsewhere. */
    List<Route> routes() {
        return routes;
    }

    /** Stops the simulator this process started; leaves one it {@linkplain #connect connected} to running. */
    @Override
    public void close() {
        controls.close();
    }

    @Override
    public String toString() {
        return "EngageVoiceSimulator[" + baseUrl() + (legacy() ? ", legacy" : "")
                + (controls instanceof AdminClient ? ", connected" : "") + "]";
    }

    /** Configures and starts a simulator. */
    public static final class Builder {
        private int port;
        private String host = "127.0.0.1";
        private boolean legacy;
        private Duration tokenTtl = Duration.ofMinutes(5);
        private Clock clock = Clock.systemUTC();
        private int journalLimit = DEFAULT_JOURNAL_LIMIT;

        private Builder() {
        }

        /** The port to listen on; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535: " + port);
            }
            this.port = port;
            return this;
        }

        /** The interface to listen on; {@code 127.0.0.1} by default. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** {@code true} imitates the legacy servers (portal.vacd.biz); {@code false} (default) RingCX. */
        public Builder legacy(boolean legacy) {
            this.legacy = legacy;
            return this;
        }

        /** Lifetime of Engage access tokens; 5 minutes by default, as on the real servers. */
        public Builder tokenTtl(Duration tokenTtl) {
            if (tokenTtl == null || tokenTtl.isNegative() || tokenTtl.isZero()) {
                throw new IllegalArgumentException("tokenTtl must be positive: " + tokenTtl);
            }
            this.tokenTtl = tokenTtl;
            return this;
        }

        /** The clock of every expiry and rate-limit window; pass a {@link ManualClock} to control time. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How many requests the journal keeps; {@link #DEFAULT_JOURNAL_LIMIT} by default. */
        public Builder journalLimit(int journalLimit) {
            if (journalLimit < 1) {
                throw new IllegalArgumentException("journalLimit must be positive: " + journalLimit);
            }
            this.journalLimit = journalLimit;
            return this;
        }

        /** Starts the simulator; returns once it is listening. */
        public EngageVoiceSimulator start() {
            EmbeddedSimulator simulator = EmbeddedSimulator.start(legacy ? Layout.LEGACY : Layout.CURRENT, tokenTtl,
                    clock, journalLimit, host, port);
            String urlHost = host.equals("0.0.0.0") ? "127.0.0.1" : host;
            return new EngageVoiceSimulator(simulator, "http://" + urlHost + ":" + simulator.port(),
                    simulator.routes());
        }
    }
}
