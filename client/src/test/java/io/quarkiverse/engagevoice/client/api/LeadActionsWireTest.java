package io.quarkiverse.engagevoice.client.api;

import static io.quarkiverse.engagevoice.client.testing.WireTests.SALES;
import static io.quarkiverse.engagevoice.client.testing.WireTests.body;
import static io.quarkiverse.engagevoice.client.testing.WireTests.json;
import static io.quarkiverse.engagevoice.client.testing.WireTests.last;
import static io.quarkiverse.engagevoice.client.testing.WireTests.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.error.InvalidRequestException;
import io.quarkiverse.engagevoice.client.model.LeadAction;
import io.quarkiverse.engagevoice.client.model.LeadActionRequest;
import io.quarkiverse.engagevoice.client.model.LeadActionResult;
import io.quarkiverse.engagevoice.client.model.LeadSearchCriteria;
import io.quarkiverse.engagevoice.client.model.LeadSearchResult;
import io.quarkiverse.engagevoice.client.testing.OfficialFiles;
import io.quarkiverse.engagevoice.client.testing.WireTests;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulatorExtension;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorSeed;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;

/** Lead actions ({@code performLeadAction}) end to end on the simulator: the leads change, and the wire is exact. */
class LeadActionsWireTest {

    @RegisterExtension
    static final EngageVoiceSimulatorExtension SIM = WireTests.simulator();

    private static final String ACTIONS = SALES + "/campaignLeads/actions";
    private static final int SPRING = SimulatorSeed.CAMPAIGN_SPRING_PROMOTION;

    private EngageVoiceSimulator sim;
    private CampaignLeadsApi leads;

    @BeforeEach
    void client() {
        sim = SIM.simulator();
        leads = WireTests.client(sim).api(CampaignLeadsApi.class);
    }

    private static LeadSearchCriteria spring(String... states) {
        LeadSearchCriteria criteria = LeadSearchCriteria.campaigns(SPRING);
        if (states.length > 0) {
            criteria.setLeadStates(List.of(states));
        }
        return criteria;
    }

    private List<Integer> leadIds(LeadSearchCriteria criteria) {
        return leads.search("~", null, null, criteria).stream().map(LeadSearchResult::getLeadId).toList();
    }

    @Test
    void pausingTheReadyLeadsOfACampaignPausesExactlyThose() {
        LeadActionResult result = leads.performAction("~", LeadAction.PAUSE_LEADS, spring("READY"));

        RecordedRequest action = sim.journal().get(0);
        assertThat(line(action)).isEqualTo("PUT " + ACTIONS + "?leadAction=PAUSE_LEADS");
        assertThat(action.header("Content-Type")).startsWith("application/json");
        assertThat(body(action)).isEqualTo(
                json("{\"campaignLeadSearchCriteria\":{\"campaignIds\":[" + SPRING + "],\"leadStates\":[\"READY\"]}}"));
        assertThat(result.getLeadActionType()).isEqualTo("PAUSE_LEADS");
        assertThat(result.getSuccess()).isTrue();
        assertThat(result.getLeadUpdateCount()).isEqualTo(2);
        assertThat(result.getLeadDeleteCount()).isZero();
        assertThat(result.getDialerRefreshed()).isFalse();
        assertThat(result.getErrorMessage()).isNull();
        assertThat(leadIds(spring("PAUSED"))).containsExactly(7001, 7002);
        assertThat(leadIds(spring("READY"))).isEmpty();
        assertThat(result.toString()).contains("PAUSE_LEADS", "updated=2");
    }

    @Test
    void readyingAndResettingBringLeadsBack() {
        leads.performAction("~", LeadAction.CANCEL_LEADS, spring());
        assertThat(leadIds(spring("CANCELLED"))).containsExactly(7001, 7002, 7003, 7004);

        LeadSearchCriteria two = spring();
        two.setLeadIds(List.of(7003, 7004));
        LeadActionResult ready = leads.performAction("~", LeadAction.READY_LEADS, two);
        LeadActionResult reset = leads.performAction("~", LeadAction.RESET_LEADS, LeadSearchCriteria.campaigns(SPRING));

        assertThat(ready.getLeadUpdateCount()).isEqualTo(2);
        assertThat(reset.getLeadUpdateCount()).isEqualTo(4);
        assertThat(leads.search("~", null, null, spring())).allSatisfy(lead -> {
            assertThat(lead.getLeadState()).isEqualTo("READY");
            assertThat(lead.getLeadPasses()).isZero();
        });
        assertThat(sim.journal().stream().filter(r -> r.path().equals(ACTIONS)).map(RecordedRequest::query))
                .containsExactly("leadAction=CANCEL_LEADS", "leadAction=READY_LEADS", "leadAction=RESET_LEADS");
    }

    @Test
    void deletingLeadsRemovesThem() {
        LeadSearchCriteria one = new LeadSearchCriteria();
        one.setLeadIds(List.of(7004));

        LeadActionResult result = leads.performAction("~", LeadAction.DELETE_LEADS, one);

        assertThat(body(sim.journal().get(0))).isEqualTo(json("{\"campaignLeadSearchCriteria\":{\"leadIds\":[7004]}}"));
        assertThat(result.getLeadDeleteCount()).isEqualTo(1);
        assertThat(result.getLeadUpdateCount()).isZero();
        assertThat(leads.count("~", LeadSearchCriteria.campaigns(SPRING))).isEqualTo(3);
        assertThat(leadIds(one)).isEmpty();
    }

    @Test
    void suppressingAndUnsuppressingLeads() {
        LeadSearchCriteria byExternId = new LeadSearchCriteria();
        byExternId.setExternIds(List.of("EXT-1002", "EXT-2001"));
        LeadSearchCriteria suppressed = new LeadSearchCriteria();
        suppressed.setSuppressed("ONLY_SUPPRESSED");

        LeadActionResult suppress = leads.performAction("~", LeadAction.SUPPRESS_LEADS, byExternId);
        List<Integer> whileSuppressed = leadIds(suppressed);
        LeadActionResult unsuppress = leads.performAction("~", LeadAction.UNSUPPRESS_LEADS, byExternId);

        assertThat(suppress.getLeadUpdateCount()).isEqualTo(2);
        assertThat(whileSuppressed).containsExactly(7002, 7005);
        assertThat(unsuppress.getLeadUpdateCount()).isEqualTo(2);
        assertThat(leadIds(suppressed)).isEmpty();
    }

    @Test
    void aDialerRefreshChangesNoLead() {
        LeadActionResult result = leads.performAction("~", LeadAction.DIALER_REFRESH, spring());

        assertThat(line(last(sim))).isEqualTo("PUT " + ACTIONS + "?leadAction=DIALER_REFRESH");
        assertThat(result.getDialerRefreshed()).isTrue();
        assertThat(result.getLeadUpdateCount()).isZero();
        assertThat(leadIds(spring("READY"))).containsExactly(7001, 7002);
    }

    @Test
    void actionParametersGoInTheParamMap() {
        LeadActionRequest request = LeadActionRequest.matching(spring("READY"))
                .withParams(Map.of("destinationCampaignId", SimulatorSeed.CAMPAIGN_RENEWALS));

        // the simulator does not simulate MOVE_TO_CAMPAIGN (its parameters are undocumented) and refuses it
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> leads.performAction("~", LeadAction.MOVE_TO_CAMPAIGN, request));

        RecordedRequest sent = last(sim);
        assertThat(line(sent)).isEqualTo("PUT " + ACTIONS + "?leadAction=MOVE_TO_CAMPAIGN");
        assertThat(body(sent)).isEqualTo(json("""
                {"campaignLeadSearchCriteria":{"campaignIds":[%s],"leadStates":["READY"]},\
                "leadActionParams":{"paramMap":{"destinationCampaignId":%s}}}\
                """.formatted(SPRING, SimulatorSeed.CAMPAIGN_RENEWALS)));
        assertThat(e.status()).isEqualTo(400);
        assertThat(leadIds(spring("READY"))).containsExactly(7001, 7002);
    }

    @Test
    void theLeadActionsAreThoseOfTheSpec() {
        List<String> spec = OfficialFiles.parameterEnum(
                "/voice/api/v1/admin/accounts/{accountId}/campaignLeads/actions", "put", "leadAction");

        assertThat(Arrays.stream(LeadAction.values()).map(Enum::name)).containsExactlyElementsOf(spec);
    }
}
