package io.quarkiverse.engagevoice.client.auth;

import static io.quarkiverse.engagevoice.client.testing.WireTests.ACCOUNTS;
import static io.quarkiverse.engagevoice.client.testing.WireTests.EXCHANGE;
import static io.quarkiverse.engagevoice.client.testing.WireTests.RC_TOKEN;
import static io.quarkiverse.engagevoice.client.testing.WireTests.REFRESH;
import static io.quarkiverse.engagevoice.client.testing.WireTests.count;
import static io.quarkiverse.engagevoice.client.testing.WireTests.pathLines;
import static io.quarkiverse.engagevoice.client.testing.WireTests.requests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.client.Credentials;
import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.error.AuthenticationFailedException;
import io.quarkiverse.engagevoice.client.error.UnauthorizedException;
import io.quarkiverse.engagevoice.client.model.Account;
import io.quarkiverse.engagevoice.client.model.AgentGroup;
import io.quarkiverse.engagevoice.client.testing.WireTests;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.ManualClock;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkiverse.engagevoice.mockserver.wire.Fault;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;

/** A 401 on an API call forces one renewal and one replay; a second 401 is thrown; auth calls are never replayed. */
class UnauthorizedReplayWireTest {

    private final ManualClock clock = WireTests.clock();
    private final EngageVoiceSimulator sim = WireTests.start(clock, false);

    @AfterEach
    void stop() {
        sim.close();
    }

    private static Fault jwtExpired(String pathPattern, int times) {
        return Fault.builder().method("GET").pathPattern(pathPattern).status(401).body("Jwt is expired", "text/plain")
                .times(times).build();
    }

    @Test
    void oneJwtIsExpiredInTheMiddleOfACallIsReplayedOnceWithARenewedToken() {
        EngageVoiceClient client = WireTests.jwtClient(sim, clock);
        AccountsApi accounts = client.api(AccountsApi.class);
        accounts.list();
        String rejected = WireTests.managed(client).currentCredential().orElseThrow().token();
        sim.clearJournal();
        sim.addFault(jwtExpired(ACCOUNTS, 1));

        List<Account> result = accounts.list();

        String renewed = WireTests.managed(client).currentCredential().orElseThrow().token();
        assertThat(result).isNotEmpty();
        assertThat(renewed).isNotEqualTo(rejected);
        assertThat(pathLines(sim)).containsExactly("GET " + ACCOUNTS, "POST " + REFRESH, "GET " + ACCOUNTS);
        assertThat(sim.journal().get(0).header("Authorization")).isEqualTo("Bearer " + rejected);
        assertThat(sim.journal().get(2).header("Authorization")).isEqualTo("Bearer " + renewed);
    }

    @Test
    void twoInARowSurfaceAsUnauthorizedAfterExactlyTwoAttempts() {
        EngageVoiceClient client = WireTests.jwtClient(sim, clock);
        AccountsApi accounts = client.api(AccountsApi.class);
        accounts.list();
        sim.clearJournal();
        sim.addFault(jwtExpired(ACCOUNTS, 2));

        UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class, accounts::list);

        assertThat(e.status()).isEqualTo(401);
        assertThat(e.serverMessage()).contains("Jwt is expired");
        assertThat(e.operation()).isEqualTo("AccountsApi.list");
        assertThat(pathLines(sim)).containsExactly("GET " + ACCOUNTS, "POST " + REFRESH, "GET " + ACCOUNTS);
        assertThat(requests(sim, ACCOUNTS)).hasSize(2);
    }

    @Test
    void aTokenTheServerSeesExpiredBeforeTheClientDoesIsRenewedAndTheCallReplayed() {
        // the client's clock is 10 minutes behind the server's: it believes the token has 15 minutes to live
        Clock lagging = Clock.offset(clock, Duration.ofMinutes(-10));
        EngageVoiceClient client = WireTests.clientBuilder(sim, clock).clock(lagging)
                .credentials(
                        Credentials.ringCentralJwt(SimulatorCredentials.RC_CLIENT_ID, SimulatorCredentials.RC_CLIENT_SECRET,
                                SimulatorCredentials.RC_JWT_ASSERTION, sim.baseUrl()))
                .build();
        AccountsApi accounts = client.api(AccountsApi.class);
        accounts.list();
        sim.clearJournal();

        clock.advance(Duration.ofMinutes(6)); // expired for the server, not for the client
        List<Account> result = accounts.list();

        assertThat(result).isNotEmpty();
        assertThat(pathLines(sim)).containsExactly("GET " + ACCOUNTS, "POST " + REFRESH, "GET " + ACCOUNTS);
    }

    @Test
    void defaultMethodsOfTheInterfacesAreReplayedToo() {
        EngageVoiceClient client = WireTests.jwtClient(sim, clock);
        AgentGroupsApi groups = client.api(AgentGroupsApi.class);
        groups.list("~");
        sim.clearJournal();
        sim.addFault(jwtExpired("/voice/api/v1/admin/accounts/*/agentGroups", 1));

        List<AgentGroup> result = groups.list("~"); // a default method calling list(accountId, page, maxRows)

        assertThat(result).isNotEmpty();
        assertThat(pathLines(sim)).containsExactly(
                "GET /voice/api/v1/admin/accounts/" + SimulatorCredentials.SALES_ACCOUNT_ID + "/agentGroups",
                "POST " + REFRESH,
                "GET /voice/api/v1/admin/accounts/" + SimulatorCredentials.SALES_ACCOUNT_ID + "/agentGroups");
    }

    @Test
    void asynchronousCallsAreReplayedWithoutBlocking() throws Exception {
        EngageVoiceClient client = WireTests.jwtClient(sim, clock);
        AsyncAccountsApi accounts = client.api(AsyncAccountsApi.class);
        accounts.list().toCompletableFuture().get(10, TimeUnit.SECONDS);
        sim.clearJournal();
        sim.addFault(jwtExpired(ACCOUNTS, 1));

        List<Account> replayed = accounts.list().toCompletableFuture().get(10, TimeUnit.SECONDS);

        assertThat(replayed).isNotEmpty();
        assertThat(pathLines(sim)).containsExactly("GET " + ACCOUNTS, "POST " + REFRESH, "GET " + ACCOUNTS);

        sim.clearJournal();
        sim.addFault(jwtExpired(ACCOUNTS, 2));
        Throwable twice = catchThrowable(() -> accounts.list().toCompletableFuture().get(10, TimeUnit.SECONDS));

        assertThat(twice).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(UnauthorizedException.class);
        assertThat(requests(sim, ACCOUNTS)).hasSize(2);
    }

    @Test
    void staticTokensAreNotReplayedBecauseTheyCannotBeRenewed() {
        EngageVoiceClient client = WireTests.clientBuilder(sim, clock).credentials(Credentials.accessToken("not-a-valid-token"))
                .build();

        UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class,
                () -> client.api(AccountsApi.class).list());

        assertThat(e.serverMessage()).contains("Invalid token");
        assertThat(pathLines(sim)).containsExactly("GET " + ACCOUNTS);
        assertThat(e.getSuppressed()).singleElement().satisfies(s -> assertThat(s).hasMessageContaining("cannot renew"));
    }

    @Test
    void aRefusedExchangeIsNeverReplayedAndNeverRecurses() {
        EngageVoiceClient client = WireTests.jwtClient(sim, clock);
        sim.addFault(Fault.builder().method("POST").pathPattern(EXCHANGE).status(401).body("Jwt is expired").build());

        AuthenticationFailedException e = catchThrowableOfType(AuthenticationFailedException.class,
                () -> client.api(AccountsApi.class).list());

        assertThat(e.step()).isEqualTo("token exchange");
        assertThat(e.status()).isEqualTo(401);
        assertThat(pathLines(sim)).containsExactly("POST " + RC_TOKEN, "POST " + EXCHANGE);
        // the next call tries again (with a new RingCentral token, the refused one is dropped) and succeeds
        client.api(AccountsApi.class).list();
        assertThat(pathLines(sim)).containsExactly("POST " + RC_TOKEN, "POST " + EXCHANGE, "POST " + RC_TOKEN,
                "POST " + EXCHANGE, "GET " + ACCOUNTS);
    }

    @Test
    void aRefusedRefreshDuringAReplayIsNotReplayedEither() {
        EngageVoiceClient client = WireTests.jwtClient(sim, clock);
        AccountsApi accounts = client.api(AccountsApi.class);
        accounts.list();
        sim.clearJournal();
        sim.addFault(jwtExpired(ACCOUNTS, 1));
        sim.addFault(Fault.builder().method("POST").pathPattern(REFRESH).status(401).body("Invalid refresh token").build());
        sim.addFault(Fault.builder().method("POST").pathPattern(EXCHANGE).status(500).body("boom").build());

        UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class, accounts::list);

        assertThat(pathLines(sim)).containsExactly("GET " + ACCOUNTS, "POST " + REFRESH, "POST " + EXCHANGE);
        assertThat(e.getSuppressed()).singleElement().isInstanceOf(AuthenticationFailedException.class)
                .satisfies(s -> assertThat(s).hasMessageContaining("token exchange").hasMessageContaining("500"));
        assertThat(count(sim, ACCOUNTS)).isEqualTo(1);
    }

    @Test
    void theProxyAnswersTheObjectMethodsItself() {
        EngageVoiceClient client = WireTests.jwtClient(sim, clock);
        AccountsApi a = client.api(AccountsApi.class);

        assertThat(a).isSameAs(client.api(AccountsApi.class));
        assertThat(a.toString()).isEqualTo("EngageVoice AccountsApi client");
        assertThat(a.equals(a)).isTrue();
        assertThat(a.equals(client.api(AgentGroupsApi.class))).isFalse();
        assertThat(a.hashCode()).isEqualTo(System.identityHashCode(a));
        assertThat(sim.journal()).isEmpty();
        List<RecordedRequest> none = sim.journal();
        assertThat(none).isEmpty();
    }
}
