package io.quarkiverse.engagevoice.client.auth;

import static io.quarkiverse.engagevoice.client.testing.WireTests.ACCOUNTS;
import static io.quarkiverse.engagevoice.client.testing.WireTests.ENGAGE_LOGIN;
import static io.quarkiverse.engagevoice.client.testing.WireTests.count;
import static io.quarkiverse.engagevoice.client.testing.WireTests.requests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.client.Credentials;
import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkiverse.engagevoice.client.error.AuthenticationFailedException;
import io.quarkiverse.engagevoice.client.testing.WireTests;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.ManualClock;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;

/** A login the server refuses with 401 pauses logins for a growing time instead of repeating 5 times a minute. */
class RefusedCredentialsBackoffWireTest {

    private final ManualClock clock = WireTests.clock();
    private final EngageVoiceSimulator sim = WireTests.start(clock, false);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void aWrongPasswordCostsAHandfulOfLoginsInAnHourOfCalls() {
        EngageVoiceClient client = WireTests.clientBuilder(sim, clock)
                .credentials(Credentials.engageLogin(SimulatorCredentials.ENGAGE_USERNAME, "not-the-password", null))
                .build();
        AccountsApi accounts = client.api(AccountsApi.class);
        Instant start = clock.instant();

        List<AuthenticationFailedException> failures = new ArrayList<>();
        for (int call = 0; call < 360; call++) { // one call every 10 s for an hour
            failures.add(catchThrowableOfType(AuthenticationFailedException.class, accounts::list));
            clock.advance(Duration.ofSeconds(10));
        }

        // logins at 0, 1, 3, 7, 15 and 31 minutes: the pause doubles from 1 minute after each refusal
        List<Long> loginMinutes = requests(sim, ENGAGE_LOGIN).stream()
                .map(r -> Duration.between(start, r.receivedAt()).toMinutes()).toList();
        assertThat(loginMinutes).containsExactly(0L, 1L, 3L, 7L, 15L, 31L);
        assertThat(count(sim, ACCOUNTS)).isZero();
        assertThat(failures).doesNotContainNull();

        AuthenticationFailedException refused = failures.get(0);
        assertThat(refused.status()).isEqualTo(401);
        AuthenticationFailedException heldBack = failures.get(1);
        assertThat(heldBack.answered()).isFalse();
        assertThat(heldBack.getCause()).isInstanceOf(AuthenticationFailedException.class);
        assertThat(((AuthenticationFailedException) heldBack.getCause()).status()).isEqualTo(401);
        assertThat(heldBack.getMessage()).contains("held back", "refused the credentials", "401", "next login in 50 s")
                .doesNotContain("not-the-password");
        assertThat(heldBack.retryAfter()).contains(Duration.ofSeconds(50));
        // after the sixth refusal the pause is 32 minutes: the last calls of the hour name it
        assertThat(failures.get(failures.size() - 1).getMessage()).contains("6 times", "pausing 32 min", "401");
    }
}
