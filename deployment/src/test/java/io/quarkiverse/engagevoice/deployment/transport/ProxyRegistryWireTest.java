package io.quarkiverse.engagevoice.deployment.transport;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.EngageVoiceClientName;
import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkus.test.QuarkusUnitTest;

/**
 * The client whose {@code proxy-configuration-name} names a proxy registry configuration sends through that proxy; the other
 * goes direct.
 */
class ProxyRegistryWireTest {

    static final LoopbackServer PROXY = LoopbackServer.http("ProxyRegistryWireTest.proxy");
    static final LoopbackServer ORIGIN = LoopbackServer.http("ProxyRegistryWireTest.origin");

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .setArchiveProducer(() -> ShrinkWrap.create(JavaArchive.class)
                    .addClasses(LoopbackServer.class, LoopbackServer.Received.class))
            .overrideConfigKey("quarkus.proxy.\"corporate\".host", "127.0.0.1")
            .overrideConfigKey("quarkus.proxy.\"corporate\".port", String.valueOf(PROXY.port()))
            .overrideConfigKey("quarkus.engage-voice.\"proxied\".server", "http://127.0.0.1:" + ORIGIN.port())
            .overrideConfigKey("quarkus.engage-voice.\"proxied\".auth.api-token", "aws80:proxied")
            .overrideConfigKey("quarkus.engage-voice.\"proxied\".proxy-configuration-name", "corporate")
            .overrideConfigKey("quarkus.engage-voice.\"direct\".server", "http://127.0.0.1:" + ORIGIN.port())
            .overrideConfigKey("quarkus.engage-voice.\"direct\".auth.api-token", "aws80:direct");

    @Inject
    @EngageVoiceClientName("proxied")
    AccountsApi proxied;

    @Inject
    @EngageVoiceClientName("direct")
    AccountsApi direct;

    @BeforeEach
    void forget() {
        PROXY.clear();
        ORIGIN.clear();
    }

    @AfterAll
    static void stop() {
        PROXY.close();
        ORIGIN.close();
    }

    @Test
    void theProxiedClientsCallGoesThroughTheProxy() {
        assertThat(proxied.list()).isEmpty();

        assertThat(PROXY.received()).singleElement().satisfies(r -> {
            assertThat(r.uri()).isEqualTo("http://127.0.0.1:" + ORIGIN.port() + "/voice/api/v1/admin/accounts");
            assertThat(r.authToken()).isEqualTo("aws80:proxied");
        });
        assertThat(ORIGIN.received()).isEmpty();
    }

    @Test
    void theOtherClientGoesDirect() {
        assertThat(direct.list()).isEmpty();

        assertThat(ORIGIN.received()).singleElement().satisfies(r -> assertThat(r.uri())
                .isEqualTo("/voice/api/v1/admin/accounts"));
        assertThat(PROXY.received()).isEmpty();
    }
}
