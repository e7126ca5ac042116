package io.quarkiverse.engagevoice.client.auth;

import static io.quarkiverse.engagevoice.client.testing.WireTests.ACCOUNTS;
import static io.quarkiverse.engagevoice.client.testing.WireTests.EXCHANGE;
import static io.quarkiverse.engagevoice.client.testing.WireTests.RC_TOKEN;
import static io.quarkiverse.engagevoice.client.testing.WireTests.REFRESH;
import static io.quarkiverse.engagevoice.client.testing.WireTests.count;
import static io.quarkiverse.engagevoice.client.testing.WireTests.form;
import static io.quarkiverse.engagevoice.client.testing.WireTests.pathLines;
import static io.quarkiverse.engagevoice.client.testing.WireTests.requests;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.client.Credentials;
import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkiverse.engagevoice.client.testing.WireTests;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.ManualClock;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkiverse.engagevoice.mockserver.wire.Fault;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;

/** Refresh tokens rotate: each refresh presents the newest one; a refused refresh falls back to an exchange. */
class RefreshRotationWireTest {

    private final ManualClock clock = WireTests.clock();
    private final EngageVoiceSimulator sim = WireTests.start(clock, false);
    private final InMemoryTokenStore store = new InMemoryTokenStore();
    private final EngageVoiceClient client = WireTests.clientBuilder(sim, clock)
            .credentials(Credentials.ringCentralJwt(SimulatorCredentials.RC_CLIENT_ID, SimulatorCredentials.RC_CLIENT_SECRET,
                    SimulatorCredentials.RC_JWT_ASSERTION, sim.baseUrl()))
            .tokenStore(store)
            .build();
    private final ManagedTokenProvider tokens = WireTests.managed(client);

    @AfterEach
    void stop() {
        sim.close();
    }

    private String storedRefreshToken() {
        return store.load(tokens.tokenStoreKey()).toCompletableFuture().join().orElseThrow().refreshToken().orElseThrow();
    }

    @Test
    void threeRefreshesInARowEachPresentTheNewestRefreshToken() throws Exception {
        AccountsApi accounts = client.api(AccountsApi.class);
        accounts.list();
        List<String> newestBeforeEach = new ArrayList<>();

        // 1: the token expired, the call waits for the refresh
        newestBeforeEach.add(storedRefreshToken());
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        accounts.list();
        // 2: inside the refresh window, the call goes on with the valid token while the refresh runs
        newestBeforeEach.add(storedRefreshToken());
        clock.advance(Duration.ofMinutes(4).plusSeconds(30));
        String beforeBackgroundRefresh = tokens.currentCredential().orElseThrow().token();
        accounts.list();
        var running = tokens.renewalInProgress(); // may already be over: the simulator is fast
        if (running.isPresent()) {
            running.get().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        assertThat(tokens.currentCredential().orElseThrow().token()).isNotEqualTo(beforeBackgroundRefresh);
        // 3: forced by the TokenProvider contract, as a 401 would
        newestBeforeEach.add(storedRefreshToken());
        tokens.renew(tokens.currentCredential().orElseThrow()).toCompletableFuture().get(10, TimeUnit.SECONDS);

        List<String> presented = requests(sim, REFRESH).stream().map(r -> form(r).get("refresh_token")).toList();
        assertThat(presented).containsExactlyElementsOf(newestBeforeEach).doesNotHaveDuplicates();
        assertThat(storedRefreshToken()).isNotIn(presented);
        assertThat(requests(sim, REFRESH)).allSatisfy(r -> {
            assertThat(r.header("Authorization")).isNull();
            assertThat(r.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
            assertThat(form(r)).containsOnlyKeys("refresh_token");
            assertThat(r.header("User-Agent")).isEqualTo(client.userAgent());
        });
        assertThat(count(sim, EXCHANGE)).isEqualTo(1);
        assertThat(count(sim, RC_TOKEN)).isEqualTo(1);
        assertThat(tokens.statistics().failedRefreshes()).isZero();
        // the token in use is the one of the last refresh
        List<RecordedRequest> calls = requests(sim, ACCOUNTS);
        accounts.list();
        assertThat(requests(sim, ACCOUNTS)).hasSize(calls.size() + 1);
        assertThat(requests(sim, ACCOUNTS).get(calls.size()).header("Authorization"))
                .isEqualTo("Bearer " + tokens.currentCredential().orElseThrow().token());
    }

    @Test
    void aRefusedRefreshFallsBackToAnExchange() {
        AccountsApi accounts = client.api(AccountsApi.class);
        accounts.list();
        sim.clearJournal();
        sim.addFault(Fault.builder().method("POST").pathPattern(REFRESH).status(401).body("Invalid refresh token")
                .build());

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        accounts.list();

        // the RingCentral token from the grant is still valid (1 h): only the exchange is repeated
        assertThat(pathLines(sim)).containsExactly("POST " + REFRESH, "POST " + EXCHANGE, "GET " + ACCOUNTS);
        assertThat(tokens.statistics().failedRefreshes()).isEqualTo(1);
        assertThat(tokens.statistics().logins()).isEqualTo(2);
    }

    @Test
    void aUsedUpRefreshTokenIsRefusedByTheServerAndTheClientRecoversByExchange() {
        AccountsApi accounts = client.api(AccountsApi.class);
        accounts.list();
        // another party uses our refresh token up (as a second instance without a shared store would)
        String stolen = storedRefreshToken();
        java.net.http.HttpResponse<String> used;
        try {
            used = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                    .newBuilder(java.net.URI.create(sim.baseUrl() + REFRESH))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("refresh_token="
                            + java.net.URLEncoder.encode(stolen, java.nio.charset.StandardCharsets.UTF_8)))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertThat(used.statusCode()).isEqualTo(200);
        sim.clearJournal();

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        accounts.list();

        assertThat(pathLines(sim)).containsExactly("POST " + REFRESH, "POST " + EXCHANGE, "GET " + ACCOUNTS);
        assertThat(form(sim.journal().get(0)).get("refresh_token")).isEqualTo(stolen);
    }
}
