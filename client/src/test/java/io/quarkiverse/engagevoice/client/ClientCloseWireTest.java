package io.quarkiverse.engagevoice.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;

/** Closing a client releases the Rest Clients it built: nothing more is sent through them. */
class ClientCloseWireTest {

    static final RecordingServer SERVER = RecordingServer.start();

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void aClosedClientSendsNothingMore() {
        EngageVoiceClient client = EngageVoiceClient.builder().server(SERVER.url()).credentials(Credentials.apiToken("aws80:t"))
                .build();
        AccountsApi accounts = client.api(AccountsApi.class);
        SERVER.enqueue(Answer.json(200, "[]"));
        accounts.list();

        client.close();

        assertThat(catchThrowable(accounts::list)).isNotNull();
        assertThatThrownBy(() -> client.api(AccountsApi.class)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThat(SERVER.requests()).hasSize(1);
    }
}
