package io.quarkiverse.engagevoice.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.error.ServiceErrorException;
import io.quarkiverse.engagevoice.client.error.TransportException;
import io.quarkiverse.engagevoice.client.model.AgentGroup;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;

/** Calls that return a {@code CompletionStage} run under the same policy, without blocking the caller. */
class AsyncResilienceWireTest {

    /** An interface of the same kind as the client's, with asynchronous methods. */
    @Produces(MediaType.APPLICATION_JSON)
    public interface AsyncAgentGroups {
        @GET
        @Path("/v1/admin/accounts/{accountId}/agentGroups/{agentGroupId}")
        CompletionStage<AgentGroup> get(@PathParam("accountId") String accountId,
                @PathParam("agentGroupId") int agentGroupId);

        @POST
        @Path("/v1/admin/accounts/{accountId}/agentGroups")
        CompletionStage<AgentGroup> create(@PathParam("accountId") String accountId, AgentGroup group);
    }

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();

    private static final EngageVoiceClient CLIENT = EngageVoiceClient.builder().server(SERVER.url()).accountId("15")
            .credentials(Credentials.apiToken("ApiTokenOfTheAsyncTest"))
            .resilience(ResiliencePolicy.defaults().withBackoff(Duration.ofMillis(10), Duration.ofMillis(40))
                    .withTimeout(Duration.ofSeconds(2)))
            .build();

    @AfterAll
    static void stop() {
        CLIENT.close();
    }

    @Test
    void anAsynchronousGetIsRetriedAfterA503() {
        SERVER.enqueue(Answer.text(503, "busy")).enqueue(Answer.json(200, "{\"agentGroupId\":7}"));

        AgentGroup group = CLIENT.api(AsyncAgentGroups.class).get("15", 7).toCompletableFuture().join();

        assertThat(group.getAgentGroupId()).isEqualTo(7);
        assertThat(SERVER.requests()).hasSize(2);
    }

    @Test
    void anAsynchronousCreateIsSentOnce() {
        SERVER.enqueue(Answer.text(503, "busy")).enqueue(Answer.json(200, "{\"agentGroupId\":7}"));

        Throwable thrown = catchThrowable(
                () -> CLIENT.api(AsyncAgentGroups.class).create("15", AgentGroup.named("x")).toCompletableFuture().join());

        assertThat(thrown).isInstanceOf(CompletionException.class).hasCauseInstanceOf(ServiceErrorException.class);
        assertThat(SERVER.requests()).hasSize(1);
    }

    @Test
    void anAsynchronousCallFailsAtTheDeadline() {
        SERVER.enqueue(Answer.trickle(200, "{\"agentGroupId\":7}" + " ".repeat(40), Duration.ofMillis(200)));

        Throwable thrown = catchThrowable(() -> CLIENT.api(AsyncAgentGroups.class).get("15", 7).toCompletableFuture().join());

        assertThat(thrown).isInstanceOf(CompletionException.class).hasCauseInstanceOf(TransportException.class);
        assertThat(((TransportException) thrown.getCause()).failure()).isEqualTo(TransportException.Failure.DEADLINE_EXCEEDED);
    }
}
