package io.quarkiverse.engagevoice.client.auth;

import static io.quarkiverse.engagevoice.client.testing.WireTests.ACCOUNTS;
import static io.quarkiverse.engagevoice.client.testing.WireTests.ENGAGE_LOGIN;
import static io.quarkiverse.engagevoice.client.testing.WireTests.EXCHANGE;
import static io.quarkiverse.engagevoice.client.testing.WireTests.LEGACY_LOGIN;
import static io.quarkiverse.engagevoice.client.testing.WireTests.RC_TOKEN;
import static io.quarkiverse.engagevoice.client.testing.WireTests.form;
import static io.quarkiverse.engagevoice.client.testing.WireTests.managed;
import static io.quarkiverse.engagevoice.client.testing.WireTests.pathLines;
import static io.quarkiverse.engagevoice.client.testing.WireTests.requests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.engagevoice.client.Credentials;
import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.api.ApiTokensApi;
import io.quarkiverse.engagevoice.client.error.AuthenticationFailedException;
import io.quarkiverse.engagevoice.client.model.Account;
import io.quarkiverse.engagevoice.client.testing.WireTests;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.ManualClock;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;

/** Every login flow on the wire, against the simulator: the exact authentication requests, then the API calls. */
class LoginFlowsWireTest {

    /** A value with every character a form or query could break on. */
    private static final String AWKWARD = "p&ss=w+rd %é/?#";
    private static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private final ManualClock clock = WireTests.clock();
    private EngageVoiceSimulator sim;

    @AfterEach
    void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    private EngageVoiceSimulator current() {
        sim = WireTests.start(clock, false);
        return sim;
    }

    private EngageVoiceSimulator legacy() {
        sim = WireTests.start(clock, true);
        return sim;
    }

    @Test
    void ringCentralJwtMakesTheGrantThenTheExchangeThenSendsTheBearerToken() {
        current();
        EngageVoiceClient client = WireTests.jwtClient(sim, clock);

        List<Account> accounts = client.api(AccountsApi.class).list();

        assertThat(accounts).isNotEmpty();
        assertThat(pathLines(sim)).containsExactly("POST " + RC_TOKEN, "POST " + EXCHANGE, "GET " + ACCOUNTS);
        RecordedRequest grant = sim.journal().get(0);
        assertThat(grant.header("Authorization")).isEqualTo("Basic " + Base64.getEncoder().encodeToString(
                (SimulatorCredentials.RC_CLIENT_ID + ":" + SimulatorCredentials.RC_CLIENT_SECRET)
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(grant.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(form(grant)).containsExactly(java.util.Map.entry("grant_type", JWT_BEARER),
                java.util.Map.entry("assertion", SimulatorCredentials.RC_JWT_ASSERTION));
        assertThat(grant.query()).isNull();

        RecordedRequest exchange = sim.journal().get(1);
        assertThat(exchange.query()).isEqualTo("includeRefresh=true");
        assertThat(exchange.header("Authorization")).isNull();
        assertThat(exchange.header("X-Auth-Token")).isNull();
        assertThat(exchange.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(form(exchange)).containsOnlyKeys("rcAccessToken", "rcTokenType")
                .containsEntry("rcTokenType", "Bearer");
        assertThat(form(exchange).get("rcAccessToken")).isNotBlank().isNotEqualTo(SimulatorCredentials.RC_JWT_ASSERTION);

        RecordedRequest call = sim.journal().get(2);
        AccessCredential credential = managed(client).currentCredential().orElseThrow();
        assertThat(call.header("Authorization")).isEqualTo("Bearer " + credential.token());
        assertThat(credential.expiresAt()).contains(clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(sim.journal()).extracting(r -> r.header("User-Agent")).containsOnly(client.userAgent());
    }

    @Test
    void aSuppliedRingCentralTokenIsExchanged() {
        current();
        AtomicInteger asked = new AtomicInteger();
        HttpClient http = HttpClient.newHttpClient();
        // the application's own way of getting RingCentral tokens: here the JDK client against the platform endpoint
        Supplier<CompletionStage<String>> rcTokens = () -> {
            asked.incrementAndGet();
            HttpRequest request = HttpRequest.newBuilder(URI.create(sim.baseUrl() + RC_TOKEN))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (SimulatorCredentials.RC_CLIENT_ID + ":" + SimulatorCredentials.RC_CLIENT_SECRET)
                                    .getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=" + JWT_BEARER.replace(":", "%3A")
                            + "&assertion=" + SimulatorCredentials.RC_JWT_ASSERTION))
                    .build();
            return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(r -> {
                try {
                    return new ObjectMapper().readTree(r.body()).get("access_token").asText();
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        };
        EngageVoiceClient client = WireTests.clientBuilder(sim, clock).credentials(Credentials.ringCentralToken(rcTokens))
                .build();

        client.api(AccountsApi.class).list();
        client.api(AccountsApi.class).list();

        assertThat(asked).hasValue(1);
        assertThat(pathLines(sim)).containsExactly("POST " + RC_TOKEN, "POST " + EXCHANGE, "GET " + ACCOUNTS,
                "GET " + ACCOUNTS);
        RecordedRequest exchange = requests(sim, EXCHANGE).get(0);
        assertThat(exchange.header("Authorization")).isNull();
        assertThat(form(exchange).get("rcTokenType")).isEqualTo("Bearer");
        assertThat(form(exchange).get("rcAccessToken")).startsWith("U0lNUkMw");
        assertThat(exchange.header("User-Agent")).isEqualTo(client.userAgent());
    }

    @Test
    void engageLoginSendsTheCredentialsInTheQueryAndNoBody() {
        current();
        EngageVoiceClient client = WireTests.clientBuilder(sim, clock)
                .credentials(Credentials.engageLogin(SimulatorCredentials.ENGAGE_USERNAME, SimulatorCredentials.ENGAGE_PASSWORD,
                        SimulatorCredentials.ENGAGE_PLATFORM_ID))
                .build();

        client.api(AccountsApi.class).list();

        assertThat(pathLines(sim)).containsExactly("POST " + ENGAGE_LOGIN, "GET " + ACCOUNTS);
        RecordedRequest login = sim.journal().get(0);
        assertThat(login.queryParams()).containsOnlyKeys("username", "password", "platformId");
        assertThat(login.queryParam("username")).isEqualTo(SimulatorCredentials.ENGAGE_USERNAME);
        assertThat(login.queryParam("password")).isEqualTo(SimulatorCredentials.ENGAGE_PASSWORD);
        assertThat(login.queryParam("platformId")).isEqualTo(SimulatorCredentials.ENGAGE_PLATFORM_ID);
        assertThat(login.body()).isEmpty();
        assertThat(login.header("Authorization")).isNull();
        assertThat(login.header("User-Agent")).isEqualTo(client.userAgent());
        assertThat(sim.journal().get(1).header("Authorization"))
                .isEqualTo("Bearer " + managed(client).currentCredential().orElseThrow().token());
    }

    @Test
    void theAccountAliasResolvesToTheAccountOfTheLoginAnswer() {
        current();
        EngageVoiceClient client = WireTests.clientBuilder(sim, clock)
                .credentials(Credentials.engageLogin(SimulatorCredentials.ENGAGE_USERNAME, SimulatorCredentials.ENGAGE_PASSWORD,
                        null))
                .build();

        client.api(AgentGroupsApi.class).list("~");

        // agentDetails[0].accountId of the simulator's answer: the demo admin's agent record is in the sales account
        assertThat(managed(client).currentCredential().orElseThrow().accountId())
                .contains(SimulatorCredentials.SALES_ACCOUNT_ID);
        assertThat(sim.journal().get(1).path())
                .isEqualTo("/voice/api/v1/admin/accounts/" + SimulatorCredentials.SALES_ACCOUNT_ID + "/agentGroups");
        assertThat(sim.journal().get(0).queryParams()).doesNotContainKey("platformId");
    }

    @Test
    void legacyLoginSendsAFormAndThenTheAuthTokenAsXAuthToken() {
        legacy();
        EngageVoiceClient client = WireTests.clientBuilder(sim, clock)
                .credentials(Credentials.legacyLogin(SimulatorCredentials.LEGACY_USERNAME, SimulatorCredentials.LEGACY_PASSWORD,
                        true))
                .build();

        client.api(AccountsApi.class).list();
        client.api(AgentGroupsApi.class).list("~");

        assertThat(pathLines(sim)).hasSize(3).startsWith("POST " + LEGACY_LOGIN, "GET /api/v1/admin/accounts");
        RecordedRequest login = sim.journal().get(0);
        assertThat(login.query()).isNull();
        assertThat(login.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(form(login)).containsExactly(java.util.Map.entry("username", SimulatorCredentials.LEGACY_USERNAME),
                java.util.Map.entry("password", SimulatorCredentials.LEGACY_PASSWORD),
                java.util.Map.entry("stayLoggedIn", "true"));
        assertThat(login.header("Authorization")).isNull();
        assertThat(login.header("X-Auth-Token")).isNull();
        assertThat(login.header("User-Agent")).isEqualTo(client.userAgent());
        AccessCredential credential = managed(client).currentCredential().orElseThrow();
        assertThat(credential.scheme()).isEqualTo(AuthScheme.X_AUTH_TOKEN);
        assertThat(credential.expiresAt()).isEmpty();
        RecordedRequest call = sim.journal().get(1);
        assertThat(call.header("X-Auth-Token")).isEqualTo(credential.token());
        assertThat(call.header("Authorization")).isNull();
        assertThat(sim.journal().get(2).path())
                .isEqualTo("/api/v1/admin/accounts/" + credential.accountId().orElseThrow() + "/agentGroups");
    }

    @Test
    void aLegacyTokenThatStopsWorkingIsReplacedByANewLogin() {
        legacy();
        EngageVoiceClient client = WireTests.clientBuilder(sim, clock)
                .credentials(Credentials.legacyLogin(SimulatorCredentials.LEGACY_USERNAME, SimulatorCredentials.LEGACY_PASSWORD,
                        false))
                .build();
        AccountsApi accounts = client.api(AccountsApi.class);
        accounts.list();
        String first = managed(client).currentCredential().orElseThrow().token();

        clock.advance(Duration.ofMinutes(61)); // without stayLoggedIn the token lives 1 h from its last use
        accounts.list();

        assertThat(pathLines(sim)).containsExactly("POST " + LEGACY_LOGIN, "GET /api/v1/admin/accounts",
                "GET /api/v1/admin/accounts", "POST " + LEGACY_LOGIN, "GET /api/v1/admin/accounts");
        String second = managed(client).currentCredential().orElseThrow().token();
        assertThat(second).isNotEqualTo(first);
        assertThat(sim.journal().get(2).header("X-Auth-Token")).isEqualTo(first);
        assertThat(sim.journal().get(4).header("X-Auth-Token")).isEqualTo(second);
        assertThat(form(sim.journal().get(3))).containsEntry("stayLoggedIn", "false");
    }

    enum Flow {
        RINGCENTRAL_JWT,
        ENGAGE_LOGIN,
        LEGACY_LOGIN
    }

    @ParameterizedTest
    @EnumSource(Flow.class)
    void apiTokensCanBeCreatedUsedListedAndRevokedWithEveryFlow(Flow flow) {
        EngageVoiceClient client = switch (flow) {
            case RINGCENTRAL_JWT -> WireTests.jwtClient(current(), clock);
            case ENGAGE_LOGIN -> WireTests.clientBuilder(current(), clock)
                    .credentials(Credentials.engageLogin(SimulatorCredentials.ENGAGE_USERNAME,
                            SimulatorCredentials.ENGAGE_PASSWORD, null))
                    .build();
            case LEGACY_LOGIN -> WireTests.clientBuilder(legacy(), clock)
                    .credentials(Credentials.legacyLogin(SimulatorCredentials.LEGACY_USERNAME,
                            SimulatorCredentials.LEGACY_PASSWORD, false))
                    .build();
        };
        ApiTokensApi tokens = client.api(ApiTokensApi.class);

        String created = tokens.create();
        EngageVoiceClient withApiToken = WireTests.clientBuilder(sim, clock).credentials(Credentials.apiToken(created)).build();
        List<Account> seen = withApiToken.api(AccountsApi.class).list();
        List<String> listed = tokens.list();
        tokens.revoke(created);
        List<String> afterRevoke = tokens.list();

        assertThat(created).contains(":");
        assertThat(seen).isNotEmpty();
        assertThat(listed).contains(created);
        assertThat(afterRevoke).doesNotContain(created);
        assertThat(sim.journal().stream().filter(r -> r.path().endsWith("/v1/admin/token") && r.method().equals("GET")))
                .allSatisfy(r -> assertThat(r.header("User-Agent")).isEqualTo(client.userAgent()));
    }

    @Test
    void wrongEngageCredentialsFailClearlyAndTheQueryIsEncoded() {
        current();
        EngageVoiceClient client = WireTests.clientBuilder(sim, clock)
                .credentials(Credentials.engageLogin(SimulatorCredentials.ENGAGE_USERNAME, AWKWARD, null)).build();

        AuthenticationFailedException e = catchThrowableOfType(AuthenticationFailedException.class,
                () -> client.api(AccountsApi.class).list());

        assertThat(e.flow()).isEqualTo("Engage login");
        assertThat(e.status()).isEqualTo(401);
        assertThat(e.getMessage()).contains("Engage login", "POST /api/auth/login/admin", "401", "Bad credentials")
                .doesNotContain(AWKWARD);
        assertThat(e.toString()).doesNotContain(AWKWARD);
        assertThat(pathLines(sim)).containsExactly("POST " + ENGAGE_LOGIN);
        assertThat(sim.journal().get(0).queryParam("password")).isEqualTo(AWKWARD);
    }

    @Test
    void wrongLegacyCredentialsFailClearlyAndTheFormIsEncoded() {
        legacy();
        EngageVoiceClient client = WireTests.clientBuilder(sim, clock)
                .credentials(Credentials.legacyLogin(SimulatorCredentials.LEGACY_USERNAME, AWKWARD, false)).build();

        AuthenticationFailedException e = catchThrowableOfType(AuthenticationFailedException.class,
                () -> client.api(AccountsApi.class).list());

        assertThat(e.flow()).isEqualTo("legacy login");
        assertThat(e.status()).isEqualTo(401);
        assertThat(e.getMessage()).contains("POST /api/v1/auth/login", "401").doesNotContain(AWKWARD);
        assertThat(form(sim.journal().get(0))).containsEntry("password", AWKWARD);
        assertThat(sim.journal().get(0).body()).doesNotContain(AWKWARD); // it went encoded
    }

    @Test
    void aWrongClientSecretFailsTheGrantWithoutShowingIt() {
        current();
        String wrongSecret = "Wrong-Secret-" + AWKWARD;
        EngageVoiceClient client = WireTests.clientBuilder(sim, clock)
                .credentials(Credentials.ringCentralJwt(SimulatorCredentials.RC_CLIENT_ID, wrongSecret,
                        SimulatorCredentials.RC_JWT_ASSERTION, sim.baseUrl()))
                .build();

        AuthenticationFailedException e = catchThrowableOfType(AuthenticationFailedException.class,
                () -> client.api(AccountsApi.class).list());

        assertThat(e.step()).isEqualTo("RingCentral JWT grant");
        assertThat(e.status()).isEqualTo(401);
        assertThat(e.getMessage()).contains("RingCentral JWT", "POST /restapi/oauth/token", "401")
                .doesNotContain(wrongSecret).doesNotContain(SimulatorCredentials.RC_JWT_ASSERTION);
        assertThat(pathLines(sim)).containsExactly("POST " + RC_TOKEN);
        assertThat(new String(Base64.getDecoder().decode(sim.journal().get(0).header("Authorization").substring(6)),
                StandardCharsets.UTF_8)).isEqualTo(SimulatorCredentials.RC_CLIENT_ID + ":" + wrongSecret);
    }
}
