package io.quarkiverse.engagevoice.client.resources;

import static io.quarkiverse.engagevoice.client.resources.ResourceTestSupport.NOW;
import static io.quarkiverse.engagevoice.client.resources.ResourceTestSupport.SALES;
import static io.quarkiverse.engagevoice.client.resources.ResourceTestSupport.body;
import static io.quarkiverse.engagevoice.client.resources.ResourceTestSupport.json;
import static io.quarkiverse.engagevoice.client.resources.ResourceTestSupport.last;
import static io.quarkiverse.engagevoice.client.resources.ResourceTestSupport.line;
import static io.quarkiverse.engagevoice.client.resources.ResourceTestSupport.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.api.GateGroupsApi;
import io.quarkiverse.engagevoice.client.api.GatesApi;
import io.quarkiverse.engagevoice.client.error.InvalidRequestException;
import io.quarkiverse.engagevoice.client.error.ResourceNotFoundException;
import io.quarkiverse.engagevoice.client.model.Gate;
import io.quarkiverse.engagevoice.client.model.GateGroup;
import io.quarkiverse.engagevoice.client.model.ValidationErrorsHolder;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.EngageVoiceSimulatorExtension;
import io.quarkiverse.engagevoice.mockserver.RecordedRequest;
import io.quarkiverse.engagevoice.mockserver.SimulatorSeed;

/** Queue groups and their queues, end to end on the simulator, and what each operation puts on the wire. */
class GateGroupsAndGatesTest {

    @RegisterExtension
    static final EngageVoiceSimulatorExtension SIM = ResourceTestSupport.simulator();

    private EngageVoiceSimulator sim;
    private GateGroupsApi groups;
    private GatesApi gates;

    @BeforeEach
    void client() {
        sim = SIM.simulator();
        EngageVoiceClient client = ResourceTestSupport.client(sim);
        groups = client.api(GateGroupsApi.class);
        gates = client.api(GatesApi.class);
    }
}
