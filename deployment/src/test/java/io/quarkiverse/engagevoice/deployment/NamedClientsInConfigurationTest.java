package io.quarkiverse.engagevoice.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which property names declare a named client (plain unit test of the build step's parsing). */
class NamedClientsInConfigurationTest {

    @Test
    void namedClientsAreToldApartFromOtherSettings() {
        assertThat(EngageVoiceProcessor.namedClientsInConfiguration(List.of(
                "quarkus.engage-voice.server",
                "quarkus.engage-voice.auth.api-token",
                "quarkus.engage-voice.devservices.enabled",
                "quarkus.engage-voice.devservices.legacy",
                "quarkus.engage-voice.health.enabled",
                "quarkus.engage-voice.\"tenant.eu\".server",
                "quarkus.engage-voice.\"quoted\".auth.username",
                "quarkus.engage-voice.plain.account-id",
                "quarkus.engage-voice.\"broken",
                "quarkus.http.port")))
                .containsExactly("plain", "quoted", "tenant.eu");
    }
}
