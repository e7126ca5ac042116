package io.quarkiverse.engagevoice.client.api.admin;

import static io.quarkiverse.engagevoice.client.testing.WireTests.ACCOUNT;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSentJson;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSentWithoutBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.model.CampaignLead;
import io.quarkiverse.engagevoice.client.model.admin.DuplicateHandling;
import io.quarkiverse.engagevoice.client.model.admin.TimezoneOption;
import io.quarkiverse.engagevoice.client.testing.OfficialFiles;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/** {@link LeadManagementApi} on the wire, answered as the OpenAPI file's schemas describe. */
class LeadManagementWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String LEAD = """
            {"leadId":7001,"externId":"crm-1","firstName":"Dana","lastName":\
            "Reyes","leadPhone":"4155550101","leadState":"READY","auxData1":"gold","listId":88}""";

    private LeadManagementApi leads;

    @BeforeEach
    void client() {
        leads = WireTests.client(SERVER).api(LeadManagementApi.class);
    }

    @Test
    void aPatchSendsOnlyTheChangesAndTheRequiredCampaign() {
        SERVER.enqueue(Answer.json(200, LEAD));
        CampaignLead changes = new CampaignLead();
        changes.setAuxData1("gold");

        CampaignLead patched = leads.patch("~", 7001, 6101, changes);

        assertSentJson(SERVER, "PATCH", ACCOUNT + "/campaignLeads/7001", "campaignId=6101", "{\"auxData1\":\"gold\"}");
        assertThat(patched.getLeadId()).isEqualTo(7001);
        assertThat(patched.getAuxData1()).isEqualTo("gold");
        assertThat(patched.otherProperties()).containsEntry("listId", 88);
    }

    @Test
    void aReplaceSendsTheWholeLeadAndTheEnumsByName() {
        SERVER.enqueue(Answer.json(200, LEAD));
        CampaignLead lead = new CampaignLead();
        lead.setFirstName("Dana");
        lead.setLastName("Reyes");
        lead.setLeadPhone("4155550101");

        CampaignLead replaced = leads.replace("~", 7001, 6101, 88, TimezoneOption.ZIPCODE,
                DuplicateHandling.REMOVE_FROM_LIST, lead);

        assertSentJson(SERVER, "PUT", ACCOUNT + "/campaignLeads/7001",
                "campaignId=6101&listId=88&timezoneOption=ZIPCODE&duplicateHandling=REMOVE_FROM_LIST",
                "{\"firstName\":\"Dana\",\"lastName\":\"Reyes\",\"leadPhone\":\"4155550101\"}");
        assertThat(replaced.getExternId()).isEqualTo("crm-1");
    }

    @Test
    void theEnumsMatchTheOpenApiFile() {
        var timezone = OfficialFiles.parameterEnum("/voice/api/v1/admin/accounts/{accountId}/campaignLeads/{leadId}", "patch",
                "timezoneOption");
        var duplicates = OfficialFiles.parameterEnum("/voice/api/v1/admin/accounts/{accountId}/campaignLeads/{leadId}", "put",
                "duplicateHandling");

        assertThat(List.of(TimezoneOption.values())).extracting(Enum::name).containsExactlyElementsOf(timezone);
        assertThat(List.of(DuplicateHandling.values())).extracting(Enum::name).containsExactlyElementsOf(duplicates);
        assertThat(TimezoneOption.valueOf("NPA_NXX")).isNotNull();
    }

    @Test
    void leadStatesAndSystemDispositionsAreReadAsNames() {
        SERVER.enqueue(Answer.json(200, "[\"ACTIVE\",\"AGENT-CALLBACK\",\"READY\"]"));
        SERVER.enqueue(Answer.json(200, "[\"ANSWER\",\"NOANSWER\",\"BUSY\"]"));

        List<String> states = leads.leadStates("~");
        assertSentWithoutBody(SERVER, "GET", ACCOUNT + "/campaignLeads/leadStates", null);
        List<String> dispositions = leads.systemDispositions("~");
        assertSentWithoutBody(SERVER, "GET", ACCOUNT + "/campaignLeads/systemDispositions", null);

        assertThat(states).containsExactly("ACTIVE", "AGENT-CALLBACK", "READY");
        assertThat(dispositions).containsExactly("ANSWER", "NOANSWER", "BUSY");
    }
}
