package io.quarkiverse.engagevoice.mockserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorSeed;

/** The JUnit 5 extension: one simulator for the class, injectable, optionally reset before each test. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionTest {

    private static final String GROUP = "/voice/api/v1/admin/accounts/" + SimulatorCredentials.SALES_ACCOUNT_ID
            + "/agentGroups/" + SimulatorSeed.SALES_AGENT_GROUP_ID;

    @RegisterExtension
    static EngageVoiceSimulatorExtension sim = EngageVoiceSimulatorExtension.builder().resetBeforeEach(true).build();

    private static int firstPort;

    @Test
    @Order(1)
    void startsOnAFreeLoopbackPortAndInjectsTheSimulator(EngageVoiceSimulator injected) {
        assertThat(injected).isSameAs(sim.simulator());
        assertThat(sim.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(injected.port()).isPositive();
        firstPort = injected.port();

        TestHttp http = new TestHttp(injected);
        assertThat(http.delete(GROUP).apiToken(SimulatorCredentials.API_TOKEN).send().status()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void reusesTheSimulatorAndResetsItBeforeEachTest(EngageVoiceSimulator injected) {
        assertThat(injected.port()).isEqualTo(firstPort);
        assertThat(injected.journal()).isEmpty();
        assertThat(new TestHttp(injected).get(GROUP).apiToken(SimulatorCredentials.API_TOKEN).send().status())
                .isEqualTo(200);
    }

    @Test
    @Order(3)
    void anExtensionThatIsNotRunningSaysSo() {
        EngageVoiceSimulatorExtension idle = EngageVoiceSimulatorExtension.builder().build();

        assertThatThrownBy(idle::simulator).isInstanceOf(IllegalStateException.class);
    }
}
