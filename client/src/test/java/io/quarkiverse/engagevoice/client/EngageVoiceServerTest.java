package io.quarkiverse.engagevoice.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EngageVoiceServerTest {

    @ParameterizedTest
    @CsvSource({
            "ringcx, https://ringcx.ringcentral.com/voice/api, CURRENT",
            "RINGCX, https://ringcx.ringcentral.com/voice/api, CURRENT",
            "engage, https://engage.ringcentral.com/voice/api, CURRENT",
            "legacy-vacd, https://portal.vacd.biz/api, LEGACY",
            "legacy-virtualacd, https://portal.virtualacd.biz/api, LEGACY",
            "https://eu.example.com, https://eu.example.com/voice/api, CURRENT",
            "https://eu.example.com///, https://eu.example.com/voice/api, CURRENT",
            "https://EU.example.com:8443/, https://eu.example.com:8443/voice/api, CURRENT",
            "https://proxy.example.com/engage/, https://proxy.example.com/engage/voice/api, CURRENT",
            "http://127.0.0.1:8089, http://127.0.0.1:8089/voice/api, CURRENT",
            "http://127.9.8.7, http://127.9.8.7/voice/api, CURRENT",
            "http://localhost:1, http://localhost:1/voice/api, CURRENT",
            "http://[::1]:9000/, http://[::1]:9000/voice/api, CURRENT",
    })
    void resolvesNamesAndUrls(String setting, String apiUri, Generation generation) {
        EngageVoiceServer server = EngageVoiceServer.resolve("server", setting, null);
        assertThat(server.apiUri()).hasToString(apiUri);
        assertThat(server.generation()).isEqualTo(generation);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " " })
    void blankMeansTheDefaultServer(String setting) {
        assertThat(EngageVoiceServer.resolve("server", setting, null)).isEqualTo(EngageVoiceServer.ringcx());
        assertThat(EngageVoiceServer.resolve("server", null, null)).isEqualTo(EngageVoiceServer.ringcx());
    }

    @ParameterizedTest
    @CsvSource({ "https://portal.example.biz, https://portal.example.biz/api", "http://127.0.0.1:9/, http://127.0.0.1:9/api" })
    void aUrlIsLegacyWhenConfiguredSo(String setting, String apiUri) {
        EngageVoiceServer server = EngageVoiceServer.resolve("server", setting, true);
        assertThat(server.isLegacy()).isTrue();
        assertThat(server.apiUri()).hasToString(apiUri);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://ringcx.ringcentral.com | uses http, which is allowed for loopback hosts only",
            "http://10.0.0.1:8080 | allowed for loopback hosts only",
            "http://128.0.0.1 | allowed for loopback hosts only",
            "http://127.0.0.1.example.com | allowed for loopback hosts only",
            "ftp://example.com | must use https",
            "https://example.com/?a=b | must not have a query or a fragment",
            "https://example.com/#top | must not have a query or a fragment",
            "https://example.com/voice/api | ends with the API root /voice/api",
            "https://example.com/api/ | ends with the API root /api",
            "ringcx-eu | neither a server name",
            "https:// bad url | not a valid URL",
    })
    void refusesUnusableValuesNamingTheSetting(String setting, String message) {
        assertThatThrownBy(() -> EngageVoiceServer.resolve("quarkus.engage-voice.server", setting, null))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("quarkus.engage-voice.server: ")
                .hasMessageContaining(message);
    }

    @org.junit.jupiter.api.Test
    void neverRepeatsUserInfo() {
        assertThatThrownBy(() -> EngageVoiceServer.resolve("server", "https://admin:s3cret@example.com", null))
                .hasMessageContaining("user info").hasMessageNotContaining("s3cret");
    }

    @org.junit.jupiter.api.Test
    void aNamedServerCannotContradictItsGeneration() {
        assertThatThrownBy(() -> EngageVoiceServer.resolve("server", "ringcx", true))
                .hasMessageContaining("'ringcx' is a current server").hasMessageContaining("legacy=true");
        assertThatThrownBy(() -> EngageVoiceServer.resolve("server", "legacy-vacd", false))
                .hasMessageContaining("'legacy-vacd' is a legacy server");
        assertThat(EngageVoiceServer.resolve("server", "legacy-vacd", true).isLegacy()).isTrue();
    }
}
