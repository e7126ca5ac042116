package io.quarkiverse.engagevoice.deployment.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.awaitility.Awaitility;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkus.test.QuarkusUnitTest;

/**
 * The spans of real calls against the simulator, exported to memory: one per request, named after the operation,
 * with the path template, and not one attribute holding the login's user name or password, a token or an id.
 */
class OpenTelemetrySpansTest {

    // no Engage Voice configuration: the Dev Service's simulator, and its demo user's Engage login
    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .setArchiveProducer(() -> ShrinkWrap.create(JavaArchive.class).addClasses(Exporter.class,
                    DevServiceSimulator.class))
            .overrideConfigKey("quarkus.otel.bsp.schedule.delay", "10ms")
            .overrideConfigKey("quarkus.otel.traces.sampler", "always_on");

    @Inject
    InMemorySpanExporter exporter;

    @Inject
    AgentGroupsApi agentGroups;

    @Test
    void aSpanPerRequestNamedAfterItsOperation() {
        agentGroups.list("~");
        DevServiceSimulator.fault("""
                {"method":"GET","pathPattern":"/voice/api/v1/admin/accounts/*/agentGroups",\
                "status":401}""");
        agentGroups.list("~");

        Awaitility.await().until(() -> ours(exporter.getFinishedSpanItems()).size() >= 5);
        List<SpanData> all = exporter.getFinishedSpanItems();
        List<SpanData> spans = ours(all);
        assertThat(spans).extracting(SpanData::getName).containsExactlyInAnyOrder("EngageAuthApi.loginAdmin",
                "AgentGroupsApi.list", "AgentGroupsApi.list", "EngageAuthApi.refresh", "AgentGroupsApi.list");

        SpanData login = spans.stream().filter(s -> s.getName().equals("EngageAuthApi.loginAdmin")).findFirst().orElseThrow();
        assertThat(login.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(login.getAttributes().get(AttributeKey.stringKey("engage_voice.call"))).isEqualTo("login");
        assertThat(login.getAttributes().get(AttributeKey.stringKey("url.template"))).isEqualTo("/api/auth/login/admin");
        SpanData renewal = spans.stream().filter(s -> s.getName().equals("EngageAuthApi.refresh")).findFirst().orElseThrow();
        assertThat(renewal.getAttributes().get(AttributeKey.stringKey("engage_voice.call"))).isEqualTo("renewal");

        SpanData list = spans.stream().filter(s -> s.getName().equals("AgentGroupsApi.list")).findFirst().orElseThrow();
        assertThat(list.getAttributes().get(AttributeKey.stringKey("http.request.method"))).isEqualTo("GET");
        assertThat(list.getAttributes().get(AttributeKey.stringKey("url.template")))
                .isEqualTo("/v1/admin/accounts/{accountId}/agentGroups");
        assertThat(list.getAttributes().get(AttributeKey.stringKey("server.address"))).isEqualTo("127.0.0.1");
        assertThat(list.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(200L);
        assertThat(spans).filteredOn(s -> Long.valueOf(401).equals(
                s.getAttributes().get(AttributeKey.longKey("http.response.status_code")))).hasSize(1);

        // our spans hold no user name, password, token or id at all
        for (SpanData span : spans) {
            span.getAttributes().forEach((key, value) -> assertThat(String.valueOf(value)).as(key.getKey())
                    .doesNotContain(SimulatorCredentials.ENGAGE_USERNAME, SimulatorCredentials.ENGAGE_PASSWORD,
                            SimulatorCredentials.SALES_ACCOUNT_ID, "Bearer", "eyJ"));
        }
        // and the Quarkus REST client's own spans, whose full URL has the login's query, hold no secret either
        List<SpanData> quarkus = all.stream().filter(s -> !spans.contains(s)).toList();
        assertThat(quarkus).extracting(s -> s.getAttributes().get(AttributeKey.stringKey("url.full")))
                .anyMatch(url -> url != null && url.contains("/api/auth/login/admin?"));
        for (SpanData span : quarkus) {
            span.getAttributes().forEach((key, value) -> assertThat(String.valueOf(value)).as(key.getKey())
                    .doesNotContain(SimulatorCredentials.ENGAGE_PASSWORD, "Bearer", "eyJ"));
        }
    }

    private static List<SpanData> ours(List<SpanData> spans) {
        return spans.stream().filter(s -> s.getInstrumentationScopeInfo().getName().equals("io.quarkiverse.engagevoice"))
                .toList();
    }

    public static class Exporter {

        @Produces
        @Singleton
        InMemorySpanExporter exporter() {
            return InMemorySpanExporter.create();
        }
    }
}
