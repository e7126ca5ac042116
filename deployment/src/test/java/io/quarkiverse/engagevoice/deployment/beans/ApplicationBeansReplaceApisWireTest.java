package io.quarkiverse.engagevoice.deployment.beans;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.EngageVoiceClientName;
import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.model.AgentGroup;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkus.test.QuarkusUnitTest;

/**
 * The extension's API beans are default beans: an application producer replaces the default client's
 * {@code AgentGroupsApi}, an {@code @Alternative} the named client's, and every other interface still reaches the server.
 */
class ApplicationBeansReplaceApisWireTest {

    static final RecordingServer SERVER = RecordingServer.shared("ApplicationBeansReplaceApisWireTest");

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .setArchiveProducer(() -> ShrinkWrap.create(JavaArchive.class)
                    .addClasses(FixedAgentGroups.class, Producers.class, TenantAlternative.class))
            .overrideConfigKey("quarkus.engage-voice.server", SERVER.url())
            .overrideConfigKey("quarkus.engage-voice.auth.api-token", "aws80:replace-test")
            .overrideConfigKey("quarkus.engage-voice.\"tenant-a\".server", SERVER.url())
            .overrideConfigKey("quarkus.engage-voice.\"tenant-a\".auth.api-token", "aws80:tenant");

    @Inject
    AgentGroupsApi defaultGroups;

    @Inject
    @EngageVoiceClientName("tenant-a")
    AgentGroupsApi tenantGroups;

    @Inject
    AccountsApi accounts;

    @BeforeEach
    void forgetRequests() {
        SERVER.reset();
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void theProducerReplacesTheDefaultClientsInterfaceWithoutAnyRequest() {
        assertThat(defaultGroups.list("~")).extracting(AgentGroup::getGroupName).containsExactly("produced");
        assertThat(SERVER.requests()).isEmpty();
    }

    @Test
    void theAlternativeReplacesTheNamedClientsInterface() {
        assertThat(tenantGroups.list("~")).extracting(AgentGroup::getGroupName).containsExactly("alternative");
        assertThat(SERVER.requests()).isEmpty();
    }

    @Test
    void theInterfacesNobodyReplacedStillReachTheServer() {
        SERVER.enqueue(Answer.json(200, "[]"));

        assertThat(accounts.list()).isEmpty();

        assertThat(SERVER.lastRequest().rawPath()).isEqualTo("/voice/api/v1/admin/accounts");
        assertThat(SERVER.lastRequest().header("X-Auth-Token")).isEqualTo("aws80:replace-test");
    }

    @ApplicationScoped
    public static class Producers {

        @Produces
        @ApplicationScoped
        AgentGroupsApi agentGroups() {
            return FixedAgentGroups.named("produced");
        }
    }

    @ApplicationScoped
    public static class TenantAlternative {

        @Produces
        @Alternative
        @Priority(1)
        @ApplicationScoped
        @EngageVoiceClientName("tenant-a")
        AgentGroupsApi tenantGroups() {
            return FixedAgentGroups.named("alternative");
        }
    }
}
