package io.quarkiverse.engagevoice.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** An unusable resilience setting fails the build of the client, naming the setting and the value. */
class ResiliencePolicySettingsTest {

    static Stream<Arguments> unusable() {
        return Stream.of(
                Arguments.of((UnaryOperator<ResiliencePolicy>) p -> p.withMaxAttempts(0),
                        "resilience.retry.max-attempts", "was 0"),
                Arguments.of((UnaryOperator<ResiliencePolicy>) p -> p.withBackoff(Duration.ZERO, Duration.ofSeconds(1)),
                        "resilience.retry.initial-delay", "positive"),
                Arguments.of((UnaryOperator<ResiliencePolicy>) p -> p.withBackoff(Duration.ofSeconds(2),
                        Duration.ofSeconds(1)), "resilience.retry.max-delay", "PT2S"),
                Arguments.of((UnaryOperator<ResiliencePolicy>) p -> p.withTimeout(Duration.ofSeconds(-1)),
                        "resilience.timeout", "PT-1S"),
                Arguments.of((UnaryOperator<ResiliencePolicy>) p -> p.withRateLimits(true, Duration.ofSeconds(-5)),
                        "resilience.rate-limit.max-wait", "PT-5S"),
                Arguments.of((UnaryOperator<ResiliencePolicy>) p -> p.withCircuitBreaker(10, 1.5, Duration.ofSeconds(5)),
                        "resilience.circuit-breaker.failure-ratio", "1.5"));
    }

    @ParameterizedTest
    @MethodSource("unusable")
    void anUnusableSettingIsNamed(UnaryOperator<ResiliencePolicy> change, String setting, String value) {
        Throwable thrown = catchThrowable(() -> EngageVoiceClient.builder().server("ringcx")
                .credentials(Credentials.apiToken("ApiTokenOfTheSettingsTest"))
                .resilience(change.apply(ResiliencePolicy.defaults())).build());

        assertThat(thrown).isInstanceOf(InvalidSettingException.class).hasMessageContaining(setting)
                .hasMessageContaining(value);
    }
}
