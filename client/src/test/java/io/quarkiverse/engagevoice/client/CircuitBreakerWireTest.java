package io.quarkiverse.engagevoice.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.error.ServiceErrorException;
import io.quarkiverse.engagevoice.client.error.TransportException;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;

/** The opt-in circuit breaker: after repeated 5xx answers, calls fail at once and nothing is sent. */
class CircuitBreakerWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();

    @Test
    void repeatedServerErrorsOpenTheBreaker() {
        SERVER.answerByDefault(Answer.text(503, "down"));
        EngageVoiceClient client = EngageVoiceClient.builder().server(SERVER.url()).accountId("15")
                .credentials(Credentials.apiToken("ApiTokenOfTheBreakerTest"))
                .resilience(ResiliencePolicy.defaults().withMaxAttempts(1)
                        .withCircuitBreaker(4, 0.5, Duration.ofMinutes(5)))
                .build();
        AgentGroupsApi groups = client.api(AgentGroupsApi.class);

        for (int i = 0; i < 4; i++) {
            assertThat(catchThrowable(() -> groups.get("15", 1))).isInstanceOf(ServiceErrorException.class);
        }
        Throwable fifth = catchThrowable(() -> groups.get("15", 1));

        assertThat(fifth).isInstanceOf(TransportException.class).hasMessageContaining("circuit breaker is open");
        assertThat(((TransportException) fifth).mayHaveReachedServer()).isFalse();
        assertThat(SERVER.requests()).hasSize(4);
        client.close();
    }

    @Test
    void withoutABreakerEveryCallIsSent() {
        SERVER.answerByDefault(Answer.text(503, "down"));
        EngageVoiceClient client = EngageVoiceClient.builder().server(SERVER.url()).accountId("15")
                .credentials(Credentials.apiToken("ApiTokenOfTheBreakerTest"))
                .resilience(ResiliencePolicy.defaults().withMaxAttempts(1)).build();

        for (int i = 0; i < 6; i++) {
            catchThrowable(() -> client.api(AgentGroupsApi.class).get("15", 1));
        }

        assertThat(SERVER.requests()).hasSize(6);
        client.close();
    }
}
