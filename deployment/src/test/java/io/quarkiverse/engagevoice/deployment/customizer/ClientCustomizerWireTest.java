package io.quarkiverse.engagevoice.deployment.customizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.EngageVoiceClientCustomizer;
import io.quarkiverse.engagevoice.EngageVoiceClientName;
import io.quarkiverse.engagevoice.EngageVoiceClients;
import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Customizer beans see every Rest Client builder of the clients they apply to, in priority order; their headers reach the wire.
 */
class ClientCustomizerWireTest {

    static final RecordingServer SERVER = RecordingServer.shared("ClientCustomizerWireTest");

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .setArchiveProducer(() -> ShrinkWrap.create(JavaArchive.class)
                    .addClasses(LaterCustomizer.class, EarlierCustomizer.class, TenantCustomizer.class))
            .overrideConfigKey("quarkus.engage-voice.server", SERVER.url())
            .overrideConfigKey("quarkus.engage-voice.auth.api-token", "aws80:customizer")
            .overrideConfigKey("quarkus.engage-voice.\"tenant-a\".server", SERVER.url())
            .overrideConfigKey("quarkus.engage-voice.\"tenant-a\".auth.api-token", "aws80:tenant");

    @Inject
    AccountsApi defaultAccounts;

    @Inject
    @EngageVoiceClientName("tenant-a")
    AccountsApi tenantAccounts;

    @BeforeEach
    void answerEmptyLists() {
        SERVER.reset();
        SERVER.answerByDefault(Answer.json(200, "[]"));
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void unqualifiedCustomizersApplyToEveryClientLowestPriorityFirst() {
        defaultAccounts.list();
        tenantAccounts.list();

        assertThat(SERVER.requests()).hasSize(2).allSatisfy(r -> assertThat(values(r, "x-customized-by"))
                .containsExactly("earlier", "later"));
    }

    @Test
    void aQualifiedCustomizerAppliesToItsClientOnly() {
        defaultAccounts.list();
        assertThat(SERVER.lastRequest().headers()).doesNotContainKey("x-tenant");
        assertThat(SERVER.lastRequest().header("x-customizer-saw")).isEqualTo(EngageVoiceClients.DEFAULT);

        tenantAccounts.list();
        assertThat(SERVER.lastRequest().header("x-tenant")).isEqualTo("a");
        assertThat(SERVER.lastRequest().header("x-customizer-saw")).isEqualTo("tenant-a");
        // the extension's own filters still have the last word
        assertThat(SERVER.lastRequest().header("x-auth-token")).isEqualTo("aws80:tenant");
    }

    /** Comma-separated or repeated, a header's values in order. */
    private static List<String> values(RecordingServer.Request request, String header) {
        return request.headers().getOrDefault(header, List.of()).stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip).toList();
    }

    @ApplicationScoped
    @Priority(20)
    public static class LaterCustomizer implements EngageVoiceClientCustomizer {
        @Override
        public void customize(String clientName, RestClientBuilder builder) {
            builder.header("X-Customized-By", "later");
            builder.header("X-Customizer-Saw", clientName);
        }
    }

    @ApplicationScoped
    @Priority(10)
    public static class EarlierCustomizer implements EngageVoiceClientCustomizer {
        @Override
        public void customize(String clientName, RestClientBuilder builder) {
            builder.header("X-Customized-By", "earlier");
        }
    }

    @ApplicationScoped
    @EngageVoiceClientName("tenant-a")
    public static class TenantCustomizer implements EngageVoiceClientCustomizer {
        @Override
        public void customize(String clientName, RestClientBuilder builder) {
            builder.header("X-Tenant", "a");
        }
    }
}
