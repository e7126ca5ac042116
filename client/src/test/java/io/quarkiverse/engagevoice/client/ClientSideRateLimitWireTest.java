package io.quarkiverse.engagevoice.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.api.CampaignLeadsApi;
import io.quarkiverse.engagevoice.client.api.reporting.AggregatedStatsApi;
import io.quarkiverse.engagevoice.client.error.RateLimitedException;
import io.quarkiverse.engagevoice.client.model.LeadSearchCriteria;
import io.quarkiverse.engagevoice.client.model.reporting.AggregatedStatsRequest;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;

/** The API's documented limits, kept by the client: bursts wait for room, or fail at once when told to. */
class ClientSideRateLimitWireTest {

    private static final EngageVoiceSimulator SIM = EngageVoiceSimulator.builder().port(0).start();

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();

    @AfterAll
    static void stop() {
        SIM.close();
    }

    @Test
    void aBurstOfLeadSearchesKeepsToFifteenInAnyTenSecondsAndAllSucceed() {
        EngageVoiceClient client = EngageVoiceClient.builder().server(SIM.baseUrl())
                .credentials(Credentials.engageLogin(SimulatorCredentials.ENGAGE_USERNAME,
                        SimulatorCredentials.ENGAGE_PASSWORD, SimulatorCredentials.ENGAGE_PLATFORM_ID))
                .build();
        CampaignLeadsApi leads = client.api(CampaignLeadsApi.class);

        for (int i = 0; i < 20; i++) {
            assertThat(leads.search("~", null, null, LeadSearchCriteria.campaigns(1))).isNotNull();
        }

        List<Instant> sent = SIM.journal().stream().filter(r -> r.path().endsWith("/campaignLeads/leadSearch"))
                .map(RecordedRequest::receivedAt).toList();
        assertThat(sent).hasSize(20);
        for (Instant start : sent) {
            long inWindow = sent.stream().filter(t -> !t.isBefore(start) && t.isBefore(start.plusSeconds(10))).count();
            assertThat(inWindow).as("lead searches in the 10 s from %s", start).isLessThanOrEqualTo(15);
        }
        client.close();
    }

    @Test
    void withoutWaitingACallBeyondTheLimitFailsAtOnceAndIsNotSent() {
        SERVER.answerByDefault(Answer.json(200, "[]"));
        EngageVoiceClient client = EngageVoiceClient.builder().server(SERVER.url()).accountId("15")
                .credentials(Credentials.apiToken("ApiTokenOfTheRateLimitTest"))
                .resilience(ResiliencePolicy.defaults().withRateLimits(true, Duration.ZERO)).build();
        AggregatedStatsApi stats = client.api(AggregatedStatsApi.class);
        AggregatedStatsRequest period = new AggregatedStatsRequest();

        // 3 per 60 s and 9 per 15 min, kept as one call per 2 min
        assertThat(stats.agentStats("400", "15", period)).isEmpty();
        Throwable second = catchThrowable(() -> stats.agentStats("400", "15", period));

        assertThat(second).isInstanceOf(RateLimitedException.class)
                .hasMessageContaining("AggregatedStatsApi.agentStats", "3 per 1 min and 9 per 15 min", "was not sent");
        RateLimitedException limited = (RateLimitedException) second;
        assertThat(limited.heldBackByClient()).isTrue();
        assertThat(limited.retryAfter()).hasValueSatisfying(
                d -> assertThat(d).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(2)));
        assertThat(SERVER.requests()).hasSize(1);
        // another area keeps its own window
        assertThat(stats.queueStats("400", "15", period)).isEmpty();
        assertThat(SERVER.requests()).hasSize(2);
        client.close();
    }

    @Test
    void aRetryTakesAPermitAsEveryAttemptDoes() {
        SERVER.enqueue(Answer.json(503, "{\"errorCode\":\"UNAVAILABLE\",\"errorMessage\":\"busy\"}"));
        SERVER.answerByDefault(Answer.json(200, "[]"));
        EngageVoiceClient client = EngageVoiceClient.builder().server(SERVER.url()).accountId("15")
                .credentials(Credentials.apiToken("ApiTokenOfTheRateLimitTest"))
                .resilience(ResiliencePolicy.defaults().withRateLimits(true, Duration.ZERO)).build();
        AggregatedStatsApi stats = client.api(AggregatedStatsApi.class);

        // one call per 2 min in this area: the 503 took it, so the retry finds no room and is not sent
        Throwable failure = catchThrowable(() -> stats.agentStats("400", "15", new AggregatedStatsRequest()));

        assertThat(failure).isInstanceOf(RateLimitedException.class);
        assertThat(((RateLimitedException) failure).heldBackByClient()).isTrue();
        assertThat(SERVER.requests()).hasSize(1);
        client.close();
    }

    @Test
    void rateLimitsCanBeTurnedOff() {
        SERVER.answerByDefault(Answer.json(200, "[]"));
        EngageVoiceClient client = EngageVoiceClient.builder().server(SERVER.url()).accountId("15")
                .credentials(Credentials.apiToken("ApiTokenOfTheRateLimitTest"))
                .resilience(ResiliencePolicy.defaults().withRateLimits(false, Duration.ZERO)).build();
        AggregatedStatsApi stats = client.api(AggregatedStatsApi.class);

        for (int i = 0; i < 5; i++) {
            stats.agentStats("400", "15", new AggregatedStatsRequest());
        }

        assertThat(SERVER.requests()).hasSize(5);
        client.close();
    }
}
