package io.quarkiverse.engagevoice.deployment.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkus.credentials.CredentialsProvider;
import io.quarkus.test.QuarkusUnitTest;

/** The login secrets come from a CredentialsProvider (Vault and the like) instead of the configuration. */
class CredentialsProviderWireTest {

    static final RecordingServer SERVER = RecordingServer.shared("CredentialsProviderWireTest");

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .setArchiveProducer(() -> ShrinkWrap.create(JavaArchive.class).addClasses(VaultLike.class, LoginAnswers.class))
            .overrideConfigKey("quarkus.engage-voice.server", SERVER.url())
            .overrideConfigKey("quarkus.engage-voice.auth.credentials-provider", "engage-voice/prod")
            .overrideConfigKey("quarkus.engage-voice.auth.credentials-provider-name", "vault-like");

    @Inject
    AccountsApi accounts;

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void theLoginUsesTheProvidedCredentials() {
        SERVER.enqueue(LoginAnswers.engage(LoginAnswers.accessToken("vault"), "r", "5005"));
        SERVER.enqueue(Answer.json(200, "[]"));

        accounts.list();

        assertThat(SERVER.requests().get(0).queryParams()).containsAllEntriesOf(Map.of(
                "username", List.of("vault-user@example.com"), "password", List.of("from-the-vault")));
    }

    @ApplicationScoped
    @Named("vault-like")
    public static class VaultLike implements CredentialsProvider {
        @Override
        public Map<String, String> getCredentials(String name) {
            return "engage-voice/prod".equals(name)
                    ? Map.of(USER_PROPERTY_NAME, "vault-user@example.com", PASSWORD_PROPERTY_NAME, "from-the-vault")
                    : Map.of();
        }
    }
}
