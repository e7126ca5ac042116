package io.quarkiverse.engagevoice.client.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.ResiliencePolicy;
import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.api.CampaignLeadsApi;
import io.quarkiverse.engagevoice.client.error.EngageVoiceException;
import io.quarkiverse.engagevoice.client.error.RateLimitedException;
import io.quarkiverse.engagevoice.client.error.ServiceErrorException;
import io.quarkiverse.engagevoice.client.error.TransportException;
import io.quarkiverse.engagevoice.client.error.UnexpectedResponseException;
import io.quarkiverse.engagevoice.client.model.AgentGroup;
import io.quarkiverse.engagevoice.client.model.LeadSearchCriteria;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;

/**
 * What the resilience policy does on the wire, checked by the number of requests a real HTTP server received. Each
 * runtime runs it with a client configured as {@link #SETTINGS} says: an API token, account {@link #ACCOUNT}, fast
 * backoff, a 2 s {@code Retry-After} cap and a 3 s deadline.
 */
public abstract class ResilienceContract {

    public static final String ACCOUNT = "15";
    public static final String API_TOKEN = "ApiTokenOfTheResilienceContract0042";

    /** The client's settings, as configuration properties relative to the client's prefix. */
    public static final java.util.Map<String, String> SETTINGS = java.util.Map.of(
            "account-id", ACCOUNT,
            "auth.api-token", API_TOKEN,
            "resilience.retry.initial-delay", "10ms",
            "resilience.retry.max-delay", "40ms",
            "resilience.retry.retry-after-cap", "2s",
            "resilience.timeout", "3s");

    /** The same settings as a policy, for the builder. */
    public static ResiliencePolicy policy() {
        return ResiliencePolicy.defaults().withBackoff(Duration.ofMillis(10), Duration.ofMillis(40))
                .withRetryAfterCap(Duration.ofSeconds(2)).withTimeout(Duration.ofSeconds(3));
    }

    private static final String GROUP = "{\"agentGroupId\":7,\"groupName\":\"Sales\"}";

    protected abstract RecordingServer server();

    protected abstract EngageVoiceClient client();

    @BeforeEach
    void resetServer() {
        server().reset();
    }

    private AgentGroupsApi groups() {
        return client().api(AgentGroupsApi.class);
    }

    private int requests() {
        return server().requests().size();
    }

    @Test
    void getIsRetriedAfter503sUntilItSucceeds() {
        server().enqueue(Answer.text(503, "busy")).enqueue(Answer.text(503, "busy")).enqueue(Answer.json(200, GROUP));

        AgentGroup group = groups().get(ACCOUNT, 7);

        assertThat(group.getGroupName()).isEqualTo("Sales");
        assertThat(requests()).isEqualTo(3);
    }

    @Test
    void retriesStopAtMaxAttempts() {
        server().answerByDefault(Answer.text(502, "bad gateway"));

        Throwable thrown = catchThrowable(() -> groups().get(ACCOUNT, 7));

        assertThat(thrown).isInstanceOf(ServiceErrorException.class);
        assertThat(((ServiceErrorException) thrown).status()).isEqualTo(502);
        assertThat(requests()).isEqualTo(3);
    }

    @Test
    void createIsSentOnceAfterA503() {
        server().enqueue(Answer.text(503, "busy")).enqueue(Answer.json(200, GROUP));

        Throwable thrown = catchThrowable(() -> groups().create(ACCOUNT, AgentGroup.named("Sales")));

        assertThat(thrown).isInstanceOf(ServiceErrorException.class);
        assertThat(requests()).isEqualTo(1);
    }

    @Test
    void aPostMarkedIdempotentIsRetried() {
        server().enqueue(Answer.text(503, "busy")).enqueue(Answer.json(200, "[]"));

        List<?> found = client().api(CampaignLeadsApi.class).search(ACCOUNT, null, null,
                LeadSearchCriteria.campaigns(3));

        assertThat(found).isEmpty();
        assertThat(requests()).isEqualTo(2);
        assertThat(server().requests()).extracting(RecordingServer.Request::method).containsOnly("POST");
    }

    @Test
    void aDroppedConnectionOnGetIsRetriedByThePolicyAndNothingElse() {
        server().enqueue(Answer.dropConnection()).enqueue(Answer.json(200, GROUP));

        assertThat(groups().get(ACCOUNT, 7).getAgentGroupId()).isEqualTo(7);
        assertThat(requests()).isEqualTo(2);
    }

    @Test
    void aDroppedConnectionOnCreateIsATransportErrorAfterOneRequest() {
        server().answerByDefault(Answer.dropConnection());

        Throwable thrown = catchThrowable(() -> groups().create(ACCOUNT, AgentGroup.named("Sales")));

        assertThat(thrown).isInstanceOf(TransportException.class);
        TransportException e = (TransportException) thrown;
        assertThat(e.failure()).isEqualTo(TransportException.Failure.CONNECTION_LOST);
        assertThat(e.mayHaveReachedServer()).isTrue();
        assertThat(e.getMessage()).contains("AgentGroupsApi.create", "POST /v1/admin/accounts/{accountId}/agentGroups")
                .doesNotContain(API_TOKEN);
        assertThat(requests()).isEqualTo(1);
    }

    @Test
    void a429WithRetryAfterWithinTheCapIsWaited() {
        server().enqueue(Answer.text(429, "slow down").withHeader("Retry-After", "1")).enqueue(Answer.json(200, GROUP));

        assertThat(groups().get(ACCOUNT, 7).getGroupName()).isEqualTo("Sales");
        assertThat(requests()).isEqualTo(2);
    }

    @Test
    void a429WithRetryAfterBeyondTheCapFailsAtOnce() {
        server().enqueue(Answer.text(429, "slow down").withHeader("Retry-After", "3600"));

        Throwable thrown = catchThrowable(() -> groups().get(ACCOUNT, 7));

        assertThat(thrown).isInstanceOf(RateLimitedException.class);
        RateLimitedException e = (RateLimitedException) thrown;
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(3600));
        assertThat(e.heldBackByClient()).isFalse();
        assertThat(requests()).isEqualTo(1);
    }

    @Test
    void retryAfterAsAnHttpDateIsRead() {
        String inAnHour = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusHours(1));
        server().enqueue(Answer.text(429, "slow down").withHeader("Retry-After", inAnHour));

        Throwable thrown = catchThrowable(() -> groups().get(ACCOUNT, 7));

        assertThat(thrown).isInstanceOf(RateLimitedException.class);
        assertThat(((RateLimitedException) thrown).retryAfter()).hasValueSatisfying(
                d -> assertThat(d).isBetween(Duration.ofMinutes(59), Duration.ofMinutes(60)));
        assertThat(requests()).isEqualTo(1);
    }

    @Test
    void aTricklingServerFailsAtTheDeadline() {
        server().enqueue(Answer.trickle(200, GROUP + " ".repeat(40), Duration.ofMillis(250)));

        Throwable thrown = catchThrowable(() -> groups().get(ACCOUNT, 7));

        assertThat(thrown).isInstanceOf(TransportException.class);
        assertThat(((TransportException) thrown).failure()).isEqualTo(TransportException.Failure.DEADLINE_EXCEEDED);
        assertThat(thrown.getMessage()).contains("AgentGroupsApi.get", "deadline of 3 s");
        assertThat(requests()).isEqualTo(1);
        // the client still works afterwards: its thread was not left interrupted
        server().enqueue(Answer.json(200, GROUP));
        assertThat(groups().get(ACCOUNT, 7).getAgentGroupId()).isEqualTo(7);
    }

    @Test
    void anEchoedCredentialIsMaskedInTheError() {
        server().enqueue(Answer.json(400, """
                {"errorCode":"BAD_TOKEN","generalMessage":"token %1$s is not allowed here",\
                "details":"%1$s"}""".formatted(API_TOKEN)));

        Throwable thrown = catchThrowable(() -> groups().get(ACCOUNT, 7));

        assertThat(thrown).isInstanceOf(EngageVoiceException.class);
        EngageVoiceException e = (EngageVoiceException) thrown;
        assertThat(e.getMessage()).contains("BAD_TOKEN", "is not allowed here").doesNotContain(API_TOKEN);
        assertThat(e.body()).doesNotContain(API_TOKEN);
        assertThat(e.serverDetails()).hasValue("***");
        assertThat(String.valueOf(e)).doesNotContain(API_TOKEN);
    }

    @Test
    void a204WhereAModelIsDeclaredIsATypedError() {
        server().enqueue(new Answer(204, null, null, java.util.Map.of()));

        Throwable thrown = catchThrowable(() -> groups().get(ACCOUNT, 7));

        assertThat(thrown).isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("AgentGroupsApi.get")
                .hasMessageContaining("AgentGroup was expected");
    }

    @Test
    void anEmpty200WhereAModelIsDeclaredIsATypedError() {
        server().enqueue(new Answer(200, "application/json", "", java.util.Map.of()));

        assertThat(catchThrowable(() -> groups().get(ACCOUNT, 7))).isInstanceOf(UnexpectedResponseException.class);
    }

    @Test
    void a200CarryingTheErrorShapeIsATypedError() {
        server().enqueue(Answer.json(200, "{\"errorCode\":\"E_GROUP\",\"errorMessage\":\"no such group\"}"));

        Throwable thrown = catchThrowable(() -> groups().get(ACCOUNT, 7));

        assertThat(thrown).isInstanceOf(UnexpectedResponseException.class);
        assertThat(((UnexpectedResponseException) thrown).errorCode()).hasValue("E_GROUP");
        assertThat(thrown.getMessage()).contains("no such group");
    }

    @Test
    void aDotSegmentWithAParameterIsRefusedBeforeSending() {
        Throwable thrown = catchThrowable(() -> client().api(AgentGroupsApi.class).list("..;x"));

        assertThat(thrown).hasStackTraceContaining("would change the request path");
        assertThat(requests()).isZero();
    }
}
