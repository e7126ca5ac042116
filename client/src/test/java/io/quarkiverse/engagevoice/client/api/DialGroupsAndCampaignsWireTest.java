package io.quarkiverse.engagevoice.client.api;

import static io.quarkiverse.engagevoice.client.testing.WireTests.NOW;
import static io.quarkiverse.engagevoice.client.testing.WireTests.SALES;
import static io.quarkiverse.engagevoice.client.testing.WireTests.body;
import static io.quarkiverse.engagevoice.client.testing.WireTests.json;
import static io.quarkiverse.engagevoice.client.testing.WireTests.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.error.InvalidRequestException;
import io.quarkiverse.engagevoice.client.error.ResourceNotFoundException;
import io.quarkiverse.engagevoice.client.error.ValidationError;
import io.quarkiverse.engagevoice.client.model.Campaign;
import io.quarkiverse.engagevoice.client.model.DialGroup;
import io.quarkiverse.engagevoice.client.model.LeadSearchCriteria;
import io.quarkiverse.engagevoice.client.testing.WireTests;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulatorExtension;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorSeed;

/** Dial groups and their campaigns, end to end on the simulator, and what each operation puts on the wire. */
class DialGroupsAndCampaignsWireTest {

    @RegisterExtension
    static final EngageVoiceSimulatorExtension SIM = WireTests.simulator();

    private static final String DIAL_GROUPS = SALES + "/dialGroups";

    private EngageVoiceSimulator sim;
    private DialGroupsApi dialGroups;
    private CampaignsApi campaigns;
    private CampaignLeadsApi leads;

    @BeforeEach
    void client() {
        sim = SIM.simulator();
        EngageVoiceClient client = WireTests.client(sim);
        dialGroups = client.api(DialGroupsApi.class);
        campaigns = client.api(CampaignsApi.class);
        leads = client.api(CampaignLeadsApi.class);
    }

    @Test
    void aDialGroupIsCreatedReadChangedListedAndDeleted() {
        DialGroup wanted = DialGroup.named("Evening Power", "POWER");
        wanted.setMaxPorts(5);

        DialGroup created = dialGroups.create("~", wanted);
        int id = created.getDialGroupId();
        DialGroup read = dialGroups.get("~", id);
        DialGroup changes = new DialGroup();
        changes.setDialGroupDesc("Power dialing after 5 pm");
        changes.setIsActive(false);
        DialGroup changed = dialGroups.update("~", id, changes);
        var listed = dialGroups.list("~");
        boolean deleted = dialGroups.delete("~", id);
        ResourceNotFoundException gone = catchThrowableOfType(ResourceNotFoundException.class,
                () -> dialGroups.get("~", id));

        assertThat(created.getDialGroupName()).isEqualTo("Evening Power");
        assertThat(created.getDialMode()).isEqualTo("POWER");
        assertThat(created.getMaxPorts()).isEqualTo(5);
        assertThat(created.getIsActive()).isTrue(); // the server's default
        assertThat(created.getHciEnabledValue()).isEqualTo("DISABLED"); // a server default, typed
        assertThat(read.getDialGroupName()).isEqualTo("Evening Power");
        assertThat(changed.getDialGroupDesc()).isEqualTo("Power dialing after 5 pm");
        assertThat(changed.getIsActive()).isFalse();
        assertThat(changed.getDialMode()).isEqualTo("POWER");
        assertThat(changed.getMaxPorts()).isEqualTo(5);
        assertThat(listed).extracting(DialGroup::getDialGroupId)
                .containsExactly(SimulatorSeed.SALES_DIAL_GROUP_ID, id);
        assertThat(deleted).isTrue();
        assertThat(gone.status()).isEqualTo(404);

        assertThat(lines(sim)).containsExactly(
                "POST " + DIAL_GROUPS,
                "GET " + DIAL_GROUPS + "/" + id,
                "PUT " + DIAL_GROUPS + "/" + id,
                "GET " + DIAL_GROUPS,
                "DELETE " + DIAL_GROUPS + "/" + id,
                "GET " + DIAL_GROUPS + "/" + id);
        assertThat(sim.journal().get(0).header("Content-Type")).startsWith("application/json");
        assertThat(body(sim.journal().get(0)))
                .isEqualTo(json("{\"dialGroupName\":\"Evening Power\",\"dialMode\":\"POWER\",\"maxPorts\":5}"));
        assertThat(body(sim.journal().get(2)))
                .isEqualTo(json("{\"dialGroupDesc\":\"Power dialing after 5 pm\",\"isActive\":false}"));
        assertThat(sim.journal().get(4).body()).isEmpty();
    }

    @Test
    void aCampaignIsCreatedReadChangedListedAndDeleted() {
        int group = dialGroups.create("~", DialGroup.named("Winter", "PREDICTIVE")).getDialGroupId();
        sim.clearJournal();
        Campaign wanted = Campaign.named("Winter Promotion");
        wanted.setCallerId("8005550199");
        wanted.setMaxPasses(5);

        Campaign created = campaigns.create("~", group, wanted);
        int id = created.getCampaignId();
        Campaign read = campaigns.get("~", group, id);
        Campaign changes = new Campaign();
        changes.setIsActive(0);
        changes.setEndDate(OffsetDateTime.of(2026, 12, 31, 23, 59, 59, 0, ZoneOffset.UTC));
        Campaign changed = campaigns.update("~", group, id, changes);
        var listed = campaigns.list("~", group);
        boolean deleted = campaigns.delete("~", group, id);
        var afterDelete = campaigns.list("~", group);

        assertThat(created.getCampaignName()).isEqualTo("Winter Promotion");
        assertThat(created.getCallerId()).isEqualTo("8005550199");
        assertThat(created.getMaxPasses()).isEqualTo(5);
        assertThat(created.getIsActive()).isEqualTo(1); // the server's default
        assertThat(created.getStartDate().toInstant()).isEqualTo(NOW);
        assertThat(created.getEndDate()).isNull();
        assertThat(read.getCampaignName()).isEqualTo("Winter Promotion");
        assertThat(changed.getIsActive()).isZero();
        assertThat(changed.getEndDate()).isEqualTo(OffsetDateTime.of(2026, 12, 31, 23, 59, 59, 0, ZoneOffset.UTC));
        assertThat(changed.getCampaignName()).isEqualTo("Winter Promotion");
        assertThat(listed).extracting(Campaign::getCampaignId).containsExactly(id);
        assertThat(deleted).isTrue();
        assertThat(afterDelete).isEmpty();

        String path = DIAL_GROUPS + "/" + group + "/campaigns";
        assertThat(lines(sim)).containsExactly(
                "POST " + path,
                "GET " + path + "/" + id,
                "PUT " + path + "/" + id,
                "GET " + path,
                "DELETE " + path + "/" + id,
                "GET " + path);
        assertThat(body(sim.journal().get(0))).isEqualTo(json(
                "{\"campaignName\":\"Winter Promotion\",\"maxPasses\":5,\"callerId\":\"8005550199\"}"));
        assertThat(body(sim.journal().get(2)))
                .isEqualTo(json("{\"isActive\":0,\"endDate\":\"2026-12-31T23:59:59.000+0000\"}"));
    }

    @Test
    void campaignsArePagedOnlyWhenAsked() {
        var page = campaigns.list("~", SimulatorSeed.SALES_DIAL_GROUP_ID, 1, 1);

        assertThat(page).extracting(Campaign::getCampaignName).containsExactly("Renewals");
        assertThat(lines(sim))
                .containsExactly(
                        "GET " + DIAL_GROUPS + "/" + SimulatorSeed.SALES_DIAL_GROUP_ID + "/campaigns?page=1&maxRows=1");
    }

    @Test
    void deletingACampaignDeletesItsLeads() {
        LeadSearchCriteria spring = LeadSearchCriteria.campaigns(SimulatorSeed.CAMPAIGN_SPRING_PROMOTION);
        long before = leads.count("~", spring);

        boolean deleted = campaigns.delete("~", SimulatorSeed.SALES_DIAL_GROUP_ID,
                SimulatorSeed.CAMPAIGN_SPRING_PROMOTION);

        assertThat(before).isEqualTo(4);
        assertThat(deleted).isTrue();
        assertThat(leads.count("~", spring)).isZero();
        assertThat(campaigns.list("~", SimulatorSeed.SALES_DIAL_GROUP_ID)).extracting(Campaign::getCampaignId)
                .containsExactly(SimulatorSeed.CAMPAIGN_RENEWALS);
    }

    @Test
    void deletingADialGroupDeletesItsCampaignsAndTheirLeads() {
        boolean deleted = dialGroups.delete("~", SimulatorSeed.SALES_DIAL_GROUP_ID);

        ResourceNotFoundException campaignGone = catchThrowableOfType(ResourceNotFoundException.class,
                () -> campaigns.get("~", SimulatorSeed.SALES_DIAL_GROUP_ID, SimulatorSeed.CAMPAIGN_RENEWALS));
        assertThat(deleted).isTrue();
        assertThat(campaignGone.status()).isEqualTo(404);
        assertThat(leads.count("~", LeadSearchCriteria.campaigns(SimulatorSeed.CAMPAIGN_SPRING_PROMOTION,
                SimulatorSeed.CAMPAIGN_RENEWALS))).isZero();
        assertThat(dialGroups.list("~")).isEmpty();
        assertThat(lines(sim)).first().isEqualTo("DELETE " + DIAL_GROUPS + "/" + SimulatorSeed.SALES_DIAL_GROUP_ID);
    }

    @Test
    void invalidDialGroupsAndCampaignsAreRefusedWithTheFieldsNamed() {
        InvalidRequestException badMode = catchThrowableOfType(InvalidRequestException.class,
                () -> dialGroups.create("~", DialGroup.named("Turbo", "TURBO")));
        InvalidRequestException noMode = catchThrowableOfType(InvalidRequestException.class,
                () -> dialGroups.create("~", DialGroup.named("No mode", null)));
        InvalidRequestException blankName = catchThrowableOfType(InvalidRequestException.class,
                () -> campaigns.create("~", SimulatorSeed.SALES_DIAL_GROUP_ID, Campaign.named(" ")));

        assertThat(badMode.validationErrors()).extracting(ValidationError::attributeName).containsExactly("dialMode");
        assertThat(noMode.validationErrors()).extracting(ValidationError::attributeName).containsExactly("dialMode");
        assertThat(body(sim.journal().get(1))).isEqualTo(json("{\"dialGroupName\":\"No mode\"}"));
        assertThat(blankName.validationErrors()).extracting(ValidationError::attributeName)
                .containsExactly("campaignName");
        assertThat(dialGroups.list("~")).hasSize(1);
    }

    @Test
    void aCampaignUnderAnotherDialGroupIsNotFound() {
        ResourceNotFoundException e = catchThrowableOfType(ResourceNotFoundException.class,
                () -> campaigns.update("~", SimulatorSeed.SUPPORT_DIAL_GROUP_ID, SimulatorSeed.CAMPAIGN_RENEWALS,
                        Campaign.named("Hijacked")));

        assertThat(e.status()).isEqualTo(404);
        assertThat(campaigns.get("~", SimulatorSeed.SALES_DIAL_GROUP_ID, SimulatorSeed.CAMPAIGN_RENEWALS)
                .getCampaignName()).isEqualTo("Renewals");
    }
}
