package io.quarkiverse.engagevoice.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.InvalidSettingException;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The MicroProfile Config names of the CDI extension, and the errors that name them. */
class ClientPropertiesTest {

    private static final Optional<ServerRuntime> WILDFLY = Optional.of(new ServerRuntime("WildFly", "38.0.1.Final"));

    private static ClientProperties properties(Map<String, String> values) {
        return new ClientProperties(new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(values, "test", 500)).build());
    }

    @Test
    void clientsAreTheDefaultAndEveryQuotedName() {
        ClientProperties p = properties(Map.of("engage-voice.server", "ringcx", "engage-voice.\"tenant-a\".server",
                "engage", "engage-voice.\"tenant-b\".auth.api-token", "t", "other.property", "x"));

        assertThat(p.configuredClients()).containsExactly(ClientProperties.DEFAULT, "tenant-a", "tenant-b");
    }

    @Test
    void aNamedClientIsBuiltFromItsOwnProperties() {
        ClientProperties p = properties(Map.of("engage-voice.\"tenant-a\".server", "http://127.0.0.1:8099",
                "engage-voice.\"tenant-a\".auth.api-token", "sim80:token", "engage-voice.\"tenant-a\".account-id", "555",
                "engage-voice.\"tenant-a\".read-timeout", "1500ms"));

        try (EngageVoiceClient client = p.builder("tenant-a", WILDFLY).build()) {
            assertThat(client.server().baseUri()).hasToString("http://127.0.0.1:8099");
            assertThat(client.accountId()).contains("555");
            assertThat(client.userAgent()).contains("; WildFly/38.0.1.Final; ");
        }
    }

    @Test
    void anExplicitUserAgentWinsOverTheDetectedServer() {
        ClientProperties p = properties(Map.of("engage-voice.server", "http://127.0.0.1:8099",
                "engage-voice.auth.api-token", "t", "engage-voice.user-agent", "Billing/2.1 (ops)"));

        try (EngageVoiceClient client = p.builder(ClientProperties.DEFAULT, WILDFLY).build()) {
            assertThat(client.userAgent()).isEqualTo("Billing/2.1 (ops)");
        }
    }

    @Test
    void aTypoIsAnErrorNamingTheProperty() {
        ClientProperties p = properties(Map.of("engage-voice.server", "ringcx", "engage-voice.auth.usernme", "me"));

        assertThatThrownBy(() -> p.builder(ClientProperties.DEFAULT, WILDFLY))
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        e -> assertThat(e.setting()).isEqualTo("engage-voice.auth.usernme"))
                .hasMessageContaining("engage-voice.auth.username");
    }

    @Test
    void aBadDurationNamesTheNamedClientsProperty() {
        ClientProperties p = properties(Map.of("engage-voice.\"tenant-a\".server", "ringcx",
                "engage-voice.\"tenant-a\".read-timeout", "ten seconds"));

        assertThatThrownBy(() -> p.builder("tenant-a", WILDFLY))
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        e -> assertThat(e.setting()).isEqualTo("engage-voice.\"tenant-a\".read-timeout"))
                .hasMessageContaining("'ten seconds' is not a duration");
    }

    @Test
    void theBuildersOwnChecksNameTheProperties() {
        ClientProperties zeroTimeout = properties(Map.of("engage-voice.server", "ringcx", "engage-voice.auth.api-token",
                "t", "engage-voice.connect-timeout", "0s"));
        ClientProperties noCredentials = properties(Map.of("engage-voice.server", "ringcx"));
        ClientProperties badServer = properties(Map.of("engage-voice.server", "ringcxx", "engage-voice.auth.api-token", "t"));

        assertThatThrownBy(() -> zeroTimeout.builder(ClientProperties.DEFAULT, WILDFLY).build())
                .hasMessageStartingWith("engage-voice.connect-timeout: must be a positive duration");
        assertThatThrownBy(() -> noCredentials.builder(ClientProperties.DEFAULT, WILDFLY).build())
                .hasMessageStartingWith("engage-voice.auth.*: no credentials")
                .hasMessageContaining("engage-voice.auth.ringcentral.client-id/client-secret/jwt")
                .hasMessageContaining("engage-voice.auth.api-token");
        assertThatThrownBy(() -> badServer.builder(ClientProperties.DEFAULT, WILDFLY).build())
                .isInstanceOfSatisfying(InvalidSettingException.class,
                        e -> assertThat(e.setting()).isEqualTo("engage-voice.server"));
    }

    @Test
    void quarkusOnlySettingsAreRefusedWithAnAlternative() {
        ClientProperties p = properties(Map.of("engage-voice.server", "ringcx", "engage-voice.auth.credentials-provider",
                "vault"));

        assertThatThrownBy(() -> p.builder(ClientProperties.DEFAULT, WILDFLY))
                .hasMessageStartingWith("engage-voice.auth.credentials-provider: is a setting of the Quarkus extension only");
    }
}
