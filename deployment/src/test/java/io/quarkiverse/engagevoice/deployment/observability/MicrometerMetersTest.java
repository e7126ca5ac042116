package io.quarkiverse.engagevoice.deployment.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkiverse.engagevoice.EngageVoiceClients;
import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.error.RateLimitedException;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkus.test.QuarkusUnitTest;

/**
 * After real calls against the simulator (a login, API calls, a 429, a 401 answered by a token renewal), the meters
 * exist with the documented names and tags, and no tag holds an id, a value or a credential.
 */
class MicrometerMetersTest {

    static final String GROUPS = "/voice/api/v1/admin/accounts/*/agentGroups";

    // no Engage Voice configuration: the Dev Service's simulator, and its demo user's Engage login
    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .setArchiveProducer(() -> ShrinkWrap.create(JavaArchive.class).addClasses(Registry.class,
                    DevServiceSimulator.class))
            .overrideConfigKey("quarkus.micrometer.registry-enabled-default", "false");

    @Inject
    SimpleMeterRegistry registry;

    @Inject
    AgentGroupsApi agentGroups;

    @Test
    void metersAfterRealCalls() {
        agentGroups.list("~");
        agentGroups.list("~");
        // beyond the policy's Retry-After cap: not waited, the 429 is the caller's
        DevServiceSimulator
                .fault("{\"method\":\"GET\",\"pathPattern\":\"" + GROUPS + "\",\"status\":429,\"retryAfter\":\"3600\"}");
        assertThat(catchThrowable(() -> agentGroups.list("~"))).isInstanceOf(RateLimitedException.class);
        // a 503 is retried by the policy: one retry counted, the call succeeds
        DevServiceSimulator.fault("{\"method\":\"GET\",\"pathPattern\":\"" + GROUPS + "\",\"status\":503}");
        agentGroups.list("~");
        DevServiceSimulator.fault("{\"method\":\"GET\",\"pathPattern\":\"" + GROUPS + "\",\"status\":401}");
        agentGroups.list("~");

        String client = EngageVoiceClients.DEFAULT;
        // two calls, the retry after the 503, then the replay after the renewal: four answered 200
        assertThat(registry.get("engage_voice.client.requests").tags("client", client, "operation", "AgentGroupsApi.list",
                "method", "GET", "status", "200", "outcome", "SUCCESS").timer().count()).isEqualTo(4);
        assertThat(registry.get("engage_voice.client.requests").tags("operation", "AgentGroupsApi.list", "status", "503")
                .timer().count()).isEqualTo(1);
        assertThat(registry.get("engage_voice.client.retries").tags("client", client).counter().count()).isEqualTo(1);
        assertThat(registry.find("engage_voice.client.rate_limit.rejections").counter().count()).isZero();
        assertThat(registry.get("engage_voice.client.requests").tags("operation", "AgentGroupsApi.list", "status", "429",
                "outcome", "CLIENT_ERROR").timer().count()).isEqualTo(1);
        assertThat(registry.get("engage_voice.client.requests").tags("operation", "EngageAuthApi.loginAdmin",
                "method", "POST").timer().count()).isEqualTo(1);
        assertThat(registry.get("engage_voice.client.logins").tags("client", client, "outcome", "SUCCESS").counter()
                .count()).isEqualTo(1);
        assertThat(registry.get("engage_voice.client.renewals").tags("client", client, "outcome", "SUCCESS").counter()
                .count()).isEqualTo(1);
        assertThat(registry.find("engage_voice.client.refresh_failures").counter()).isNull();
        assertThat(registry.get("engage_voice.client.rate_limited").tags("client", client, "source", "api").counter()
                .count()).isEqualTo(1);
        // the simulator's tokens live five minutes
        assertThat(registry.get("engage_voice.client.token.expires_in").tags("client", client).gauge().value())
                .isBetween(200.0, 300.0);

        List<Meter> meters = registry.getMeters().stream().filter(m -> m.getId().getName().startsWith("engage_voice."))
                .toList();
        Set<String> tagKeys = new HashSet<>();
        for (Meter meter : meters) {
            for (Tag tag : meter.getId().getTags()) {
                tagKeys.add(tag.getKey());
                assertThat(tag.getValue()).doesNotContain(SimulatorCredentials.SALES_ACCOUNT_ID,
                        SimulatorCredentials.ENGAGE_USERNAME, SimulatorCredentials.ENGAGE_PASSWORD, "/");
            }
        }
        assertThat(tagKeys).containsExactlyInAnyOrder("client", "operation", "method", "status", "outcome", "source");
    }

    public static class Registry {

        @Produces
        @Singleton
        SimpleMeterRegistry registry() {
            return new SimpleMeterRegistry();
        }
    }
}
