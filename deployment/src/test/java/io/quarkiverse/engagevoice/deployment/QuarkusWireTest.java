package io.quarkiverse.engagevoice.deployment;

import java.util.Locale;

import jakarta.inject.Inject;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.EngageVoiceClients;
import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.testing.EchoApi;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.Variant;
import io.quarkiverse.engagevoice.client.testing.WireContract;
import io.quarkus.test.QuarkusUnitTest;

/** The wire contract on the Quarkus REST client, with one configured named client per variant. */
class QuarkusWireTest extends WireContract {

    static final RecordingServer SERVER = RecordingServer.shared("QuarkusWireTest");

    @RegisterExtension
    static final QuarkusUnitTest app = configure(new QuarkusUnitTest()
            .setArchiveProducer(() -> ShrinkWrap.create(JavaArchive.class).addClasses(EchoApi.class)));

    @Inject
    EngageVoiceClients clients;

    private static QuarkusUnitTest configure(QuarkusUnitTest test) {
        for (Variant variant : Variant.values()) {
            variant.settings(SERVER.url()).forEach((key, value) -> test.overrideConfigKey(
                    "quarkus.engage-voice.\"" + variant.name().toLowerCase(Locale.ROOT) + "\"." + key, value));
        }
        return test.overrideConfigKey("quarkus.application.name", "wire-test");
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Override
    protected RecordingServer server() {
        return SERVER;
    }

    @Override
    protected EngageVoiceClient client(Variant variant) {
        return clients.client(variant.name().toLowerCase(Locale.ROOT));
    }
}
