package io.quarkiverse.engagevoice.client.api;

import static io.quarkiverse.engagevoice.client.testing.WireTests.SALES;
import static io.quarkiverse.engagevoice.client.testing.WireTests.last;
import static io.quarkiverse.engagevoice.client.testing.WireTests.line;
import static io.quarkiverse.engagevoice.client.testing.WireTests.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.error.ConflictException;
import io.quarkiverse.engagevoice.client.error.InvalidRequestException;
import io.quarkiverse.engagevoice.client.error.ResourceNotFoundException;
import io.quarkiverse.engagevoice.client.error.ValidationError;
import io.quarkiverse.engagevoice.client.model.ActiveCall;
import io.quarkiverse.engagevoice.client.model.ProductType;
import io.quarkiverse.engagevoice.client.testing.OfficialFiles;
import io.quarkiverse.engagevoice.client.testing.WireTests;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulatorExtension;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorSeed;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;

/** The active calls list, hang-up and disposition end to end on the simulator, and their exact wire. */
class ActiveCallsWireTest {

    @RegisterExtension
    static final EngageVoiceSimulatorExtension SIM = WireTests.simulator();

    private static final String CALLS = SALES + "/activeCalls";
    private static final String INBOUND = SimulatorSeed.CALL_INBOUND_SALES;
    private static final String OUTBOUND = SimulatorSeed.CALL_OUTBOUND_SALES;

    private EngageVoiceSimulator sim;
    private ActiveCallsApi calls;

    @BeforeEach
    void client() {
        sim = SIM.simulator();
        calls = WireTests.client(sim).api(ActiveCallsApi.class);
    }

    @Test
    void theListHoldsTheLiveCallsOfTheAccountOnly() {
        List<ActiveCall> all = calls.list("~");

        assertThat(lines(sim)).containsExactly("GET " + CALLS + "/list");
        assertThat(all).extracting(ActiveCall::getUii).containsExactly(INBOUND, OUTBOUND);
        ActiveCall inbound = all.get(0);
        assertThat(inbound.getAccountId()).isEqualTo(SimulatorCredentials.SALES_ACCOUNT_ID);
        assertThat(inbound.getCallState()).isEqualTo("ACTIVE");
        assertThat(inbound.getDestinationName()).isEqualTo("Sales Main");
        assertThat(inbound.getAni()).isEqualTo("6505550111");
        assertThat(inbound.getDnis()).isEqualTo("8005550100");
        assertThat(inbound.getDnisE164()).isEqualTo("+18005550100");
        assertThat(inbound.getCnam()).isEqualTo("WIRELESS CALLER");
        assertThat(inbound.getAgentFirstName()).isEqualTo("Alice");
        assertThat(inbound.getAgentLastName()).isEqualTo("Anders");
        assertThat(inbound.getExternalId()).isEqualTo("SIM-0001");
        assertThat(inbound.getArchive()).isFalse();
        assertThat(inbound.getEnqueueTime().toInstant()).isEqualTo(Instant.parse("2024-01-15T09:00:00Z"));
        assertThat(inbound.getDequeueTime().toInstant()).isEqualTo(Instant.parse("2024-01-15T09:00:12Z"));
        assertThat(inbound.toString()).contains(INBOUND, "Sales Main").doesNotContain("6505550111", "WIRELESS");
    }

    @Test
    void theListFiltersByProductAndByExternalId() {
        List<ActiveCall> queue = calls.list("~", ProductType.ACD, SimulatorSeed.GATE_SALES_MAIN);
        List<ActiveCall> campaign = calls.list("~", ProductType.OUTBOUND, SimulatorSeed.CAMPAIGN_SPRING_PROMOTION);
        List<ActiveCall> agent = calls.list("~", ProductType.AGENT, SimulatorSeed.AGENT_BOB);
        List<ActiveCall> emptyQueue = calls.list("~", ProductType.ACD, SimulatorSeed.GATE_SALES_SPANISH);
        List<ActiveCall> external = calls.list("~", null, null, "SIM-0002", null, null);

        assertThat(queue).extracting(ActiveCall::getUii).containsExactly(INBOUND);
        assertThat(campaign).extracting(ActiveCall::getUii).containsExactly(OUTBOUND);
        assertThat(agent).extracting(ActiveCall::getUii).containsExactly(OUTBOUND);
        assertThat(emptyQueue).isEmpty();
        assertThat(external).extracting(ActiveCall::getUii).containsExactly(OUTBOUND);
        assertThat(lines(sim)).containsExactly(
                "GET " + CALLS + "/list?product=ACD&productId=" + SimulatorSeed.GATE_SALES_MAIN,
                "GET " + CALLS + "/list?product=OUTBOUND&productId=" + SimulatorSeed.CAMPAIGN_SPRING_PROMOTION,
                "GET " + CALLS + "/list?product=AGENT&productId=" + SimulatorSeed.AGENT_BOB,
                "GET " + CALLS + "/list?product=ACD&productId=" + SimulatorSeed.GATE_SALES_SPANISH,
                "GET " + CALLS + "/list?externalId=SIM-0002");
    }

    @Test
    void theListIsPagedOnlyWhenAsked() {
        List<ActiveCall> second = calls.list("~", ProductType.ACCOUNT, null, null, 1, 1);

        assertThat(second).extracting(ActiveCall::getUii).containsExactly(OUTBOUND);
        assertThat(line(last(sim))).isEqualTo("GET " + CALLS + "/list?product=ACCOUNT&page=1&maxRows=1");
    }

    @Test
    void aHungUpCallLeavesTheListAndCannotBeHungUpAgain() {
        boolean hungUp = calls.hangupCall("~", INBOUND);
        List<ActiveCall> after = calls.list("~");
        ResourceNotFoundException again = catchThrowableOfType(ResourceNotFoundException.class,
                () -> calls.hangupCall("~", INBOUND));

        assertThat(hungUp).isTrue();
        assertThat(after).extracting(ActiveCall::getUii).containsExactly(OUTBOUND);
        assertThat(again.status()).isEqualTo(404);
        RecordedRequest hangup = sim.journal().get(0);
        assertThat(line(hangup)).isEqualTo("POST " + CALLS + "/" + INBOUND + "/hangupCall");
        assertThat(hangup.body()).isEmpty();
    }

    @Test
    void aDispositionWithoutCallbackSendsCallbackFalseAndNoCallbackTime() {
        boolean done = calls.dispositionCall("~", OUTBOUND, "Sale", "Bought the premium plan & more");

        RecordedRequest sent = last(sim);
        assertThat(done).isTrue();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo(CALLS + "/" + OUTBOUND + "/dispositionCall");
        assertThat(sent.queryParams()).containsOnlyKeys("disposition", "callback", "notes");
        assertThat(sent.queryParams()).containsEntry("disposition", List.of("Sale"))
                .containsEntry("callback", List.of("false"))
                .containsEntry("notes", List.of("Bought the premium plan & more"));
        assertThat(sent.query()).startsWith("disposition=Sale&callback=false&notes=").doesNotContain(" ")
                .contains("%26");
        assertThat(sent.body()).isEmpty();
        // dispositioned: no longer live, and finished for good
        assertThat(calls.list("~")).extracting(ActiveCall::getUii).containsExactly(INBOUND);
        ConflictException twice = catchThrowableOfType(ConflictException.class,
                () -> calls.dispositionCall("~", OUTBOUND, "Sale", null));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(last(sim).queryParams()).containsOnlyKeys("disposition", "callback");
    }

    @Test
    void aDispositionWithCallbackSendsTheTimeAsYyyyMMddHHmmss() {
        calls.hangupCall("~", INBOUND);

        boolean done = calls.dispositionCall("~", INBOUND, "Call back", LocalDateTime.of(2026, 3, 3, 14, 30, 5), null);

        assertThat(done).isTrue();
        RecordedRequest sent = last(sim);
        assertThat(sent.path()).isEqualTo(CALLS + "/" + INBOUND + "/dispositionCall");
        assertThat(sent.queryParams()).isEqualTo(Map.of("disposition", List.of("Call back"), "callback", List.of("true"),
                "callBackDTS", List.of("20260303143005")));
        assertThat(sent.query()).endsWith("&callback=true&callBackDTS=20260303143005");
    }

    @Test
    void aNullCallbackTimeMeansNoCallback() {
        calls.dispositionCall("~", OUTBOUND, "No sale", (LocalDateTime) null, "Not interested");

        assertThat(last(sim).queryParams()).containsEntry("callback", List.of("false")).doesNotContainKey("callBackDTS");
    }

    @Test
    void theServerRequiresTheCallbackTimeWithACallback() {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> calls.dispositionCall("~", OUTBOUND, "Call back", true, null, null));

        assertThat(e.validationErrors()).extracting(ValidationError::attributeName).containsExactly("callBackDTS");
        assertThat(calls.list("~")).extracting(ActiveCall::getUii).contains(OUTBOUND);
    }

    @Test
    void callsOfOtherAccountsAreNotFound() {
        ResourceNotFoundException hangup = catchThrowableOfType(ResourceNotFoundException.class,
                () -> calls.hangupCall("~", SimulatorSeed.CALL_QUEUED_SUPPORT));
        ResourceNotFoundException disposition = catchThrowableOfType(ResourceNotFoundException.class,
                () -> calls.dispositionCall("~", "000000000000000000000000", "Sale", null));

        assertThat(hangup.status()).isEqualTo(404);
        assertThat(disposition.status()).isEqualTo(404);
    }

    @Test
    void theProductsAreThoseOfTheSpec() {
        List<String> spec = OfficialFiles.parameterEnum(
                "/voice/api/v1/admin/accounts/{accountId}/activeCalls/list", "get", "product");

        assertThat(Arrays.stream(ProductType.values()).map(Enum::name)).containsExactlyElementsOf(spec);
    }
}
