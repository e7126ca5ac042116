package io.quarkiverse.engagevoice.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;

/** build() leaves the builder as it was: two builds give two working clients that share nothing. */
class BuilderBuildsTwiceWireTest {

    private static final String LOGIN = "/api/auth/login/admin";
    private static final String ACCOUNTS = "/voice/api/v1/admin/accounts";

    static final EngageVoiceSimulator SIM = EngageVoiceSimulator.builder().port(0).start();

    @AfterAll
    static void stop() {
        SIM.close();
    }

    @Test
    void twoBuildsOfOneBuilderGiveTwoIndependentClients() {
        EngageVoiceClient.Builder builder = EngageVoiceClient.builder().server(SIM.baseUrl())
                .credentials(Credentials.engageLogin(SimulatorCredentials.ENGAGE_USERNAME,
                        SimulatorCredentials.ENGAGE_PASSWORD, SimulatorCredentials.ENGAGE_PLATFORM_ID));

        EngageVoiceClient first = builder.build();
        EngageVoiceClient second = builder.build();
        first.api(AccountsApi.class).list();
        second.api(AccountsApi.class).list();

        assertThat(first.tokenProvider()).isNotSameAs(second.tokenProvider());
        assertThat(requests(LOGIN)).hasSize(2);
        List<String> bearers = requests(ACCOUNTS).stream().map(r -> r.header("Authorization")).toList();
        assertThat(bearers).hasSize(2).doesNotHaveDuplicates().allSatisfy(b -> assertThat(b).startsWith("Bearer "));

        first.close();
        second.api(AccountsApi.class).list();

        assertThat(catchThrowable(() -> first.api(AccountsApi.class))).isInstanceOf(IllegalStateException.class);
        assertThat(requests(ACCOUNTS)).hasSize(3);
        assertThat(requests(ACCOUNTS).get(2).header("Authorization")).isEqualTo(bearers.get(1));
        assertThat(requests(LOGIN)).hasSize(2);
    }

    private static List<RecordedRequest> requests(String path) {
        return SIM.journal().stream().filter(r -> r.path().equals(path)).toList();
    }
}
