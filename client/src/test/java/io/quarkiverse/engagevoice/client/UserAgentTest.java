package io.quarkiverse.engagevoice.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UserAgentTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "RCMobile/3.6.0 (RingCentral; Android/2.6; rev.12345)",
            "MyApp/1.0",
            "MyApp/1.0 Other/2 (nested (comment) ok) Token",
            "MyApp/1.0 (escaped \\) paren)",
    })
    void acceptsProductsAndComments(String value) {
        assertThat(UserAgent.validate("user-agent", " " + value + " ")).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MyApp | must start with a product name/version",
            "/1.0 | must start with a product name/version",
            "My App/1.0 | must start with a product name/version",
            "MyApp/ | must start with a product name/version",
            "(comment) MyApp/1.0 | must start with a product name/version",
            "MyApp/1.0 (unclosed | unbalanced '('",
            "MyApp/1.0 closed) | unbalanced ')'",
            "MyApp/1.0 (a)) | unbalanced ')'",
    })
    void refusesInvalidValuesNamingTheSetting(String value, String problem) {
        assertThatThrownBy(() -> UserAgent.validate("quarkus.engage-voice.user-agent", value))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("quarkus.engage-voice.user-agent: ")
                .hasMessageContaining(problem);
    }

    @Test
    void refusesControlCharactersSoNoHeaderCanBeInjected() {
        assertThatThrownBy(() -> UserAgent.validate("user-agent", "MyApp/1.0\r\nX-Evil: 1"))
                .hasMessageContaining("U+000D");
        assertThatThrownBy(() -> UserAgent.validate("user-agent", "MyApp/1.0 (a\nb)")).hasMessageContaining("U+000A");
        assertThatThrownBy(() -> UserAgent.validate("user-agent", "  ")).hasMessageContaining("must not be empty");
    }

    @Test
    void theDefaultNamesApplicationClientRuntimeJavaAndOs() {
        String value = UserAgent.defaultValue("Order desk", "2.1.0-SNAPSHOT", "Quarkus", "3.33.2");

        assertThat(value).startsWith("Order-desk/2.1.0-SNAPSHOT (engage-voice-client/" + UserAgent.clientVersion() + "; "
                + "Quarkus/3.33.2; Java/" + System.getProperty("java.version") + "; ");
        assertThat(UserAgent.clientVersion()).isNotBlank().doesNotContain("${");
        assertThat(UserAgent.validate("user-agent", value)).isEqualTo(value);
    }

    @Test
    void theDefaultWithoutApplicationOrRuntimeIsStillValid() {
        String value = UserAgent.defaultValue(null, null, null, null);
        assertThat(value).startsWith("engage-voice-app/0 (engage-voice-client/").doesNotContain("Quarkus");
    }
}
