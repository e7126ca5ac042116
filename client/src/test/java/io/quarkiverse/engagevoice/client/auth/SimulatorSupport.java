package io.quarkiverse.engagevoice.client.auth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkiverse.engagevoice.client.Credentials;
import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.Transport;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.ManualClock;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;

/** Starting the simulator on a manual clock, building clients for it and reading its journal. */
final class SimulatorSupport {

    static final String EXCHANGE = "/api/auth/login/rc/accesstoken";
    static final String REFRESH = "/api/auth/token/refresh";
    static final String ENGAGE_LOGIN = "/api/auth/login/admin";
    static final String LEGACY_LOGIN = "/api/v1/auth/login";
    static final String RC_TOKEN = "/restapi/oauth/token";
    static final String ACCOUNTS = "/voice/api/v1/admin/accounts";

    private SimulatorSupport() {
    }

    static ManualClock clock() {
        return new ManualClock(Instant.parse("2026-03-02T09:00:00Z"));
    }

    static EngageVoiceSimulator start(ManualClock clock, boolean legacy) {
        return EngageVoiceSimulator.builder().port(0).legacy(legacy).tokenTtl(Duration.ofMinutes(5)).clock(clock).start();
    }

    /** A builder pointed at the simulator, on its clock, without credentials. */
    static EngageVoiceClient.Builder client(EngageVoiceSimulator sim, ManualClock clock) {
        return EngageVoiceClient.builder()
                .server(sim.baseUrl())
                .legacy(sim.legacy() ? Boolean.TRUE : null)
                .transport(Transport.defaults().withApplication("auth-test", "1.0"))
                .clock(clock);
    }

    /** A client of the RingCentral JWT flow with the simulator's demo credentials. */
    static EngageVoiceClient jwtClient(EngageVoiceSimulator sim, ManualClock clock) {
        return client(sim, clock)
                .credentials(
                        Credentials.ringCentralJwt(SimulatorCredentials.RC_CLIENT_ID, SimulatorCredentials.RC_CLIENT_SECRET,
                                SimulatorCredentials.RC_JWT_ASSERTION, sim.baseUrl()))
                .build();
    }

    static ManagedTokenProvider managed(EngageVoiceClient client) {
        return (ManagedTokenProvider) client.tokenProvider();
    }

    static List<RecordedRequest> requests(EngageVoiceSimulator sim, String path) {
        return sim.journal().stream().filter(r -> r.path().equals(path)).toList();
    }

    static long count(EngageVoiceSimulator sim, String path) {
        return requests(sim, path).size();
    }

    /** The journal as {@code METHOD path} lines. */
    static List<String> lines(EngageVoiceSimulator sim) {
        return sim.journal().stream().map(r -> r.method() + " " + r.path()).toList();
    }

    /** A form body decoded as a server would. */
    static Map<String, String> form(RecordedRequest r) {
        Map<String, String> out = new LinkedHashMap<>();
        if (r.body() == null || r.body().isEmpty()) {
            return out;
        }
        for (String pair : r.body().split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
