package io.quarkiverse.engagevoice.deployment.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SSLException;

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
 * A real HTTPS endpoint on 127.0.0.1 with a self-signed certificate: trusted by the client whose
 * {@code tls-configuration-name} names a TLS registry configuration holding that certificate, refused by the other.
 */
class TlsRegistryWireTest {

    static final SelfSignedCertificate CERTIFICATE = SelfSignedCertificate.generate("TlsRegistryWireTest");
    static final LoopbackServer HTTPS = LoopbackServer.https("TlsRegistryWireTest", CERTIFICATE);

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .setArchiveProducer(() -> ShrinkWrap.create(JavaArchive.class)
                    .addClasses(SelfSignedCertificate.class, LoopbackServer.class, LoopbackServer.Received.class))
            .overrideConfigKey("quarkus.tls.\"engage-ca\".trust-store.pem.certs", CERTIFICATE.certificatePem().toString())
            .overrideConfigKey("quarkus.engage-voice.\"trusted\".server", "https://127.0.0.1:" + HTTPS.port())
            .overrideConfigKey("quarkus.engage-voice.\"trusted\".auth.api-token", "aws80:tls")
            .overrideConfigKey("quarkus.engage-voice.\"trusted\".tls-configuration-name", "engage-ca")
            .overrideConfigKey("quarkus.engage-voice.\"untrusted\".server", "https://127.0.0.1:" + HTTPS.port())
            .overrideConfigKey("quarkus.engage-voice.\"untrusted\".auth.api-token", "aws80:tls");

    @Inject
    @EngageVoiceClientName("trusted")
    AccountsApi trusted;

    @Inject
    @EngageVoiceClientName("untrusted")
    AccountsApi untrusted;

    @BeforeEach
    void forget() {
        HTTPS.clear();
    }

    @AfterAll
    static void stop() {
        HTTPS.close();
    }

    @Test
    void theClientWithTheRegistryConfigurationTrustsTheCertificate() {
        assertThat(trusted.list()).isEmpty();

        assertThat(HTTPS.received()).singleElement().satisfies(r -> {
            assertThat(r.uri()).isEqualTo("/voice/api/v1/admin/accounts");
            assertThat(r.authToken()).isEqualTo("aws80:tls");
        });
    }

    @Test
    void theClientWithoutItRefusesTheCertificate() {
        Throwable failure = catchThrowable(untrusted::list);

        assertThat(causes(failure)).as("the cause chain of %s", failure).anyMatch(SSLException.class::isInstance);
        assertThat(HTTPS.received()).isEmpty();
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
