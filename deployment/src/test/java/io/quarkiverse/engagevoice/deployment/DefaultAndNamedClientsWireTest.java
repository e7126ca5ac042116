package io.quarkiverse.engagevoice.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.EngageVoiceClientName;
import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkus.test.QuarkusUnitTest;

/** The default client and a named one are injected and each reaches its own server with its own settings. */
class DefaultAndNamedClientsWireTest {

    static final RecordingServer DEFAULT_SERVER = RecordingServer.shared("DefaultAndNamedClientsWireTest.default");
    static final RecordingServer TENANT_SERVER = RecordingServer.shared("DefaultAndNamedClientsWireTest.tenant");

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("quarkus.application.name", "order-desk")
            .overrideConfigKey("quarkus.application.version", "2.4.1")
            .overrideConfigKey("quarkus.engage-voice.server", DEFAULT_SERVER.url())
            .overrideConfigKey("quarkus.engage-voice.auth.api-token", "aws80:default-token")
            .overrideConfigKey("quarkus.engage-voice.account-id", "1001")
            .overrideConfigKey("quarkus.engage-voice.\"tenant-a\".server", TENANT_SERVER.url())
            .overrideConfigKey("quarkus.engage-voice.\"tenant-a\".legacy", "true")
            .overrideConfigKey("quarkus.engage-voice.\"tenant-a\".auth.access-token", "tenant-a-token")
            .overrideConfigKey("quarkus.engage-voice.\"tenant-a\".account-id", "2002")
            .overrideConfigKey("quarkus.engage-voice.\"tenant-a\".user-agent", "TenantDesk/1.0 (tenant-a)");

    @Inject
    AgentGroupsApi defaultGroups;

    @Inject
    @EngageVoiceClientName("tenant-a")
    AgentGroupsApi tenantGroups;

    @Inject
    @EngageVoiceClientName("tenant-a")
    EngageVoiceClient tenantClient;

    @AfterAll
    static void stop() {
        DEFAULT_SERVER.close();
        TENANT_SERVER.close();
    }

    @Test
    void eachClientReachesItsServerWithItsCredentialsAndAccount() {
        DEFAULT_SERVER.enqueue(Answer.json(200, "[{\"agentGroupId\":1,\"groupName\":\"Default\"}]"));
        TENANT_SERVER.enqueue(Answer.json(200, "[{\"agentGroupId\":2,\"groupName\":\"Tenant\"}]"));

        assertThat(defaultGroups.list("~")).extracting(g -> g.getGroupName()).containsExactly("Default");
        assertThat(tenantGroups.list("~")).extracting(g -> g.getGroupName()).containsExactly("Tenant");

        RecordingServer.Request d = DEFAULT_SERVER.lastRequest();
        assertThat(d.rawPath()).isEqualTo("/voice/api/v1/admin/accounts/1001/agentGroups");
        assertThat(d.header("X-Auth-Token")).isEqualTo("aws80:default-token");
        assertThat(d.header("User-Agent")).startsWith("order-desk/2.4.1 (engage-voice-client/").contains("Quarkus/");
        RecordingServer.Request t = TENANT_SERVER.lastRequest();
        assertThat(t.rawPath()).isEqualTo("/api/v1/admin/accounts/2002/agentGroups");
        assertThat(t.header("X-Auth-Token")).isEqualTo("tenant-a-token");
        assertThat(t.header("User-Agent")).isEqualTo("TenantDesk/1.0 (tenant-a)");
    }

    @Test
    void namedClientsCanBeLookedUpProgrammatically() {
        TENANT_SERVER.enqueue(Answer.json(200, "[]"));
        AccountsApi accounts = CDI.current().select(AccountsApi.class, EngageVoiceClientName.Literal.of("tenant-a")).get();
        accounts.list();

        assertThat(TENANT_SERVER.lastRequest().rawPath()).isEqualTo("/api/v1/admin/accounts");
        assertThat(tenantClient.server().isLegacy()).isTrue();
    }
}
