package io.quarkiverse.engagevoice.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.inject.spi.CDI;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.EngageVoiceClientName;
import io.quarkiverse.engagevoice.client.EngageVoiceApis;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkus.test.QuarkusUnitTest;

/**
 * The Quarkus REST client builds every API interface, for the default client and for a named one: a generation
 * problem with any interface (paths, parameters, media types) shows here rather than at a user's first call.
 */
class EveryInterfaceInjectableWireTest {

    static final RecordingServer SERVER = RecordingServer.shared("EveryInterfaceInjectableWireTest");

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("quarkus.engage-voice.server", SERVER.url())
            .overrideConfigKey("quarkus.engage-voice.auth.api-token", "aws80:t")
            .overrideConfigKey("quarkus.engage-voice.\"other\".server", SERVER.url())
            .overrideConfigKey("quarkus.engage-voice.\"other\".auth.api-token", "aws80:o");

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void everyInterfaceIsBuiltForEveryClient() {
        List<String> built = new ArrayList<>();
        for (Class<?> api : EngageVoiceApis.all()) {
            Object forDefault = CDI.current().select(api).get();
            Object forNamed = CDI.current().select(api, EngageVoiceClientName.Literal.of("other")).get();
            assertThat(forDefault).as(api.getSimpleName()).isInstanceOf(api);
            assertThat(forNamed).as(api.getSimpleName()).isInstanceOf(api).isNotSameAs(forDefault);
            built.add(api.getSimpleName());
        }
        assertThat(built).hasSize(EngageVoiceApis.all().size()).hasSizeGreaterThan(50);
        assertThat(SERVER.requests()).isEmpty();
    }
}
