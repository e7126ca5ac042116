package io.quarkiverse.engagevoice.client.api.reporting;

import static io.quarkiverse.engagevoice.client.api.reporting.ReportingWire.CX;
import static io.quarkiverse.engagevoice.client.api.reporting.ReportingWire.RC_ACCOUNT;
import static io.quarkiverse.engagevoice.client.api.reporting.ReportingWire.SUB_ACCOUNT;
import static io.quarkiverse.engagevoice.client.testing.WireTests.json;
import static io.quarkiverse.engagevoice.client.testing.WireTests.line;
import static io.quarkiverse.engagevoice.client.testing.WireTests.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.model.reporting.AgentStateSubscription;
import io.quarkiverse.engagevoice.client.model.reporting.AgentStateSubscriptionRequest;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Request;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/** Agent-state webhook subscriptions: create, list, update, delete on the wire. */
class AgentStateSubscriptionsWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String SUBSCRIPTIONS = CX + "/agent-states/subscriptions";
    private static final String ID = "3f2c9a5e-8d41-4b7a-9c0e-1a2b3c4d5e6f";
    private static final String HOOK_SECRET = "hook-secret-7d1e";
    private static final String SUBSCRIPTION = """
            {"subscriptionId":"%s","mainAccountId":"99990000","subAccountId":"99999999",
             "subscriptionName":"WFM feed","description":"agent states to WFM",
             "notificationUrl":"https://wfm.example.com/hooks/agent-states","active":true,"maxRetryCount":5,
             "customHeaders":{"X-Hook-Key":"%s"},"expiresAt":1893456000,"createdBy":"1001",
             "createdAt":"2026-03-02T09:00:00.000+0000","updatedAt":"2026-03-02T10:00:00.000Z",
             "authConfig":{"authType":"APIKEY","apiKey":"%s"}}
            """.formatted(ID, HOOK_SECRET, HOOK_SECRET);

    private final AgentStateSubscriptionsApi subscriptions = WireTests.client(SERVER)
            .api(AgentStateSubscriptionsApi.class);

    @Test
    void aSubscriptionIsCreatedWithOnlyWhatWasSet() {
        SERVER.enqueue(Answer.json(200, SUBSCRIPTION));
        AgentStateSubscriptionRequest request = AgentStateSubscriptionRequest
                .to("WFM feed", "https://wfm.example.com/hooks/agent-states")
                .expiresAt(Instant.parse("2030-01-01T00:00:00Z"));
        request.setRetryCount(5);
        request.setCustomHeaders(Map.of("X-Hook-Key", HOOK_SECRET));

        AgentStateSubscription created = subscriptions.create(RC_ACCOUNT, SUB_ACCOUNT, request);

        Request sent = SERVER.lastRequest();
        assertThat(line(sent)).isEqualTo("POST " + SUBSCRIPTIONS);
        assertThat(sent.header("Content-Type")).startsWith("application/json");
        assertThat(json(sent.body())).isEqualTo(json("""
                {"subscriptionName":"WFM feed","notificationUrl":\
                "https://wfm.example.com/hooks/agent-states","expiresAt":1893456000,"retryCount":5,\
                "customHeaders":{"X-Hook-Key":"%s"}}""".formatted(HOOK_SECRET)));
        assertThat(created.getSubscriptionId()).isEqualTo(ID);
        assertThat(created.getMaxRetryCount()).isEqualTo(5);
        assertThat(created.getActive()).isTrue();
        assertThat(created.expiry()).contains(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(created.getCreatedAt().toInstant()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(created.getUpdatedAt().toInstant()).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
        assertThat(created.getAuthConfig().getAuthType()).isEqualTo("APIKEY");
        assertThat(created.toString()).contains(ID, "WFM feed").doesNotContain(HOOK_SECRET);
        assertThat(created.getAuthConfig().toString()).doesNotContain(HOOK_SECRET);
        assertThat(request.toString()).doesNotContain(HOOK_SECRET);
    }

    @Test
    void subscriptionsAreListedUpdatedAndDeletedById() {
        SERVER.enqueue(Answer.json(200, "[" + SUBSCRIPTION + "]"));
        SERVER.enqueue(Answer.json(200, SUBSCRIPTION.replace("\"active\":true", "\"active\":false")));
        SERVER.enqueue(new Answer(200, null, null, Map.of()));

        List<AgentStateSubscription> all = subscriptions.list(RC_ACCOUNT, SUB_ACCOUNT);
        AgentStateSubscriptionRequest pause = AgentStateSubscriptionRequest.to("WFM feed",
                "https://wfm.example.com/hooks/agent-states");
        pause.setActive(false);
        AgentStateSubscription paused = subscriptions.update(RC_ACCOUNT, SUB_ACCOUNT, all.get(0).getSubscriptionId(),
                pause);
        subscriptions.delete(RC_ACCOUNT, SUB_ACCOUNT, ID);

        assertThat(lines(SERVER)).containsExactly(
                "GET " + SUBSCRIPTIONS, "PUT " + SUBSCRIPTIONS + "/" + ID, "DELETE " + SUBSCRIPTIONS + "/" + ID);
        assertThat(json(SERVER.requests().get(1).body())).isEqualTo(json("""
                {"subscriptionName":"WFM feed",\
                "notificationUrl":"https://wfm.example.com/hooks/agent-states","active":false}"""));
        assertThat(SERVER.requests().get(0).body()).isEmpty();
        assertThat(SERVER.requests().get(2).body()).isEmpty();
        assertThat(all).extracting(AgentStateSubscription::getSubscriptionId).containsExactly(ID);
        assertThat(paused.getActive()).isFalse();
    }

    @Test
    void noExpiryIsSentAsZeroAndReadAsEmpty() {
        AgentStateSubscription never = new AgentStateSubscription();
        never.setExpiresAt(0L);

        AgentStateSubscriptionRequest request = AgentStateSubscriptionRequest.to("n", "https://x.example").expiresAt(null);

        assertThat(request.getExpiresAt()).isZero();
        assertThat(never.expiry()).isEmpty();
        assertThat(new AgentStateSubscription().expiry()).isEmpty();
    }
}
