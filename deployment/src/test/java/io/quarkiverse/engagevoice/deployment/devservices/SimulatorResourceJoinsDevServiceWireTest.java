package io.quarkiverse.engagevoice.deployment.devservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.reflect.Field;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkiverse.engagevoice.client.error.ResourceNotFoundException;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulatorResource;
import io.quarkiverse.engagevoice.mockserver.InjectEngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.wire.Fault;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.DevServicesContext;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager.TestInjector;

/**
 * {@link EngageVoiceSimulatorResource} beside a running Dev Service: given the Dev Service's settings (as Quarkus
 * hands them to a {@code DevServicesContext.ContextAware} test resource) it joins that simulator instead of starting
 * a second one, so the test's journal and faults act on the server the application's client calls. Asked for other
 * settings, it starts its own.
 */
class SimulatorResourceJoinsDevServiceWireTest {

    private static final String SERVER = "quarkus.engage-voice.server";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest();

    @Inject
    AccountsApi accounts;

    /** Where a test class declares its simulator. */
    static final class TestFields {
        @InjectEngageVoiceSimulator
        EngageVoiceSimulator simulator;
    }

    @Test
    void joinsTheDevServicesSimulator() {
        String devService = ConfigProvider.getConfig().getValue(SERVER, String.class);
        EngageVoiceSimulatorResource resource = new EngageVoiceSimulatorResource();
        TestFields test = new TestFields();

        Map<String, String> config = startAndInject(resource, Map.of(), devService, test);

        assertThat(config).as("the Dev Service's configuration stays").isEmpty();
        assertThat(test.simulator.baseUrl()).isEqualTo(devService);
        test.simulator.clearJournal();
        accounts.list(); // the first call also logs in
        assertThat(test.simulator.journal()).filteredOn(r -> r.path().startsWith("/voice/api/"))
                .extracting(RecordedRequest::method, RecordedRequest::path)
                .containsExactly(tuple("GET", "/voice/api/v1/admin/accounts"));

        test.simulator.addFault(Fault.builder().method("GET").pathPattern("/voice/api/v1/admin/accounts").status(404)
                .body("{\"message\":\"scripted by the test\"}", "application/json").build());
        assertThatThrownBy(accounts::list).as("the fault armed through the injected simulator reaches the application")
                .isInstanceOf(ResourceNotFoundException.class);

        resource.stop();
        assertThat(accounts.list()).as("stopping the resource leaves the Dev Service running").isNotEmpty();
    }

    @Test
    void startsItsOwnSimulatorWhenAskedForOtherSettings() throws Exception {
        String devService = ConfigProvider.getConfig().getValue(SERVER, String.class);
        EngageVoiceSimulatorResource resource = new EngageVoiceSimulatorResource();
        TestFields test = new TestFields();

        Map<String, String> config = startAndInject(resource, Map.of("legacy", "true"), devService, test);

        String own = config.get(SERVER);
        assertThat(own).startsWith("http://127.0.0.1:").isNotEqualTo(devService);
        assertThat(test.simulator.baseUrl()).isEqualTo(own);
        assertThat(test.simulator.legacy()).isTrue();
        assertThat(status(own + "/__admin/settings")).isEqualTo(200);

        resource.stop();
        assertThatThrownBy(() -> status(own + "/__admin/settings")).isInstanceOf(ConnectException.class);
        assertThat(status(devService + "/__admin/settings")).isEqualTo(200);
    }

    @Test
    void startsItsOwnSimulatorWhenToldNotToJoin() {
        String devService = ConfigProvider.getConfig().getValue(SERVER, String.class);
        EngageVoiceSimulatorResource resource = new EngageVoiceSimulatorResource();
        TestFields test = new TestFields();

        Map<String, String> config = startAndInject(resource, Map.of("join-dev-service", "false"), devService, test);
        try {
            assertThat(config.get(SERVER)).isNotEqualTo(devService).isEqualTo(test.simulator.baseUrl());
        } finally {
            resource.stop();
        }
    }

    /** The lifecycle Quarkus's test resource manager runs: context, init arguments, start, injection. */
    private static Map<String, String> startAndInject(EngageVoiceSimulatorResource resource, Map<String, String> args,
            String devService, TestFields test) {
        resource.setIntegrationTestContext(new DevServicesContext() {
            @Override
            public Map<String, String> devServicesProperties() {
                return Map.of(SERVER, devService);
            }

            @Override
            public Optional<String> containerNetworkId() {
                return Optional.empty();
            }
        });
        resource.init(args);
        Map<String, String> config = resource.start();
        resource.inject((TestInjector) (value, matches) -> {
            for (Field field : TestFields.class.getDeclaredFields()) {
                if (matches.test(field)) {
                    try {
                        field.set(test, value);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        });
        assertThat(test.simulator).as("the injected simulator").isNotNull();
        return config;
    }

    private static int status(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
