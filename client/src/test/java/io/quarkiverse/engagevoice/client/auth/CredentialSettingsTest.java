package io.quarkiverse.engagevoice.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.client.Credentials;
import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.InvalidSettingException;
import io.quarkiverse.engagevoice.client.spi.RuntimeHooks;

/** One source of credentials, each flow on its generation, and messages that name settings, not secrets. */
class CredentialSettingsTest {

    private static final String SECRET = "S3cret-Value-42";

    private static EngageVoiceClient.Builder current() {
        return EngageVoiceClient.builder().server("ringcx");
    }

    @Test
    void aLaterSourceOfCredentialsReplacesAnEarlierOne() {
        EngageVoiceClient client = current().credentials(Credentials.engageLogin("user", SECRET, null))
                .credentials(Credentials.accessToken(SECRET)).build();

        assertThat(client.tokenProvider()).isInstanceOf(StaticTokenProvider.class);
    }

    @Test
    void noCredentialsNamesTheChoices() {
        InvalidSettingException e = catchThrowableOfType(InvalidSettingException.class, () -> current().build());

        assertThat(e.setting()).isEqualTo("credentials");
        assertThat(e).hasMessageContaining("no credentials").hasMessageContaining("ringCentralJwt")
                .hasMessageContaining("engageLogin").hasMessageContaining("legacyLogin").hasMessageContaining("apiToken");
    }

    @Test
    void configurationNamesAreUsedInMessages() {
        Map<String, String> names = Map.of("credentials", "quarkus.engage-voice.auth",
                "engageLogin", "quarkus.engage-voice.auth.engage", "apiToken", "quarkus.engage-voice.auth.api-token");
        RuntimeHooks hooks = RuntimeHooks.portable().withSettingNames(s -> names.getOrDefault(s, s));

        InvalidSettingException none = catchThrowableOfType(InvalidSettingException.class,
                () -> current().runtimeHooks(hooks).build());
        InvalidSettingException legacy = catchThrowableOfType(InvalidSettingException.class, () -> EngageVoiceClient
                .builder().server("legacy-vacd").runtimeHooks(hooks)
                .credentials(Credentials.engageLogin("user", SECRET, "c01")).build());

        assertThat(none.setting()).isEqualTo("quarkus.engage-voice.auth");
        assertThat(none).hasMessageContaining("quarkus.engage-voice.auth.engage")
                .hasMessageContaining("quarkus.engage-voice.auth.api-token");
        assertThat(legacy.setting()).isEqualTo("quarkus.engage-voice.auth.engage");
        assertThat(legacy).hasMessageContaining("quarkus.engage-voice.auth.api-token").hasMessageNotContaining(SECRET);
    }

    @Test
    void noCredentialsShowASecret() {
        List<Credentials> all = List.of(Credentials.apiToken(SECRET), Credentials.accessToken(SECRET),
                Credentials.ringCentralJwt("id", SECRET, SECRET), Credentials.ringCentralJwt("id", SECRET, SECRET,
                        "https://platform.example.com"),
                Credentials.ringCentralToken(() -> CompletableFuture.completedFuture(SECRET)),
                Credentials.engageLogin("user", SECRET, "c01"), Credentials.legacyLogin("user", SECRET, true),
                Credentials.provider(StaticTokenProvider.apiToken(SECRET, null)));

        assertThat(all).allSatisfy(c -> assertThat(c.toString()).doesNotContain(SECRET).contains(c.kind()));
        assertThat(all).extracting(Credentials::kind).containsExactly("apiToken", "accessToken", "ringCentralJwt",
                "ringCentralJwt", "ringCentralToken", "engageLogin", "legacyLogin", "provider");
    }

    @Test
    void eachFlowNeedsItsGeneration() {
        assertThat(catchThrowableOfType(InvalidSettingException.class,
                () -> current().credentials(Credentials.legacyLogin("u", SECRET, true)).build()).setting())
                .isEqualTo("legacyLogin");
        assertThat(catchThrowableOfType(InvalidSettingException.class, () -> EngageVoiceClient.builder()
                .server("legacy-vacd").credentials(Credentials.engageLogin("u", SECRET, null)).build()).setting())
                .isEqualTo("engageLogin");
        assertThat(catchThrowableOfType(InvalidSettingException.class, () -> EngageVoiceClient.builder()
                .server("legacy-virtualacd").credentials(Credentials.ringCentralJwt("id", SECRET, SECRET)).build()))
                .hasMessageContaining("legacy server").hasMessageNotContaining(SECRET);
    }

    @Test
    void incompleteCredentialsAreRefusedWithoutRepeatingThem() {
        InvalidSettingException jwt = catchThrowableOfType(InvalidSettingException.class,
                () -> current().credentials(Credentials.ringCentralJwt("id", SECRET, " ")).build());
        InvalidSettingException login = catchThrowableOfType(InvalidSettingException.class,
                () -> current().credentials(Credentials.engageLogin(null, SECRET, null)).build());

        assertThat(jwt.setting()).isEqualTo("ringCentralJwt");
        assertThat(jwt).hasMessageNotContaining(SECRET).hasMessageContaining("JWT");
        assertThat(login.setting()).isEqualTo("engageLogin");
        assertThat(login).hasMessageNotContaining(SECRET);
    }

    @Test
    void theRingCentralServerFollowsTheServerRules() {
        assertThat(catchThrowableOfType(InvalidSettingException.class, () -> current()
                .credentials(Credentials.ringCentralJwt("id", SECRET, SECRET, "http://platform.example.com")).build()))
                .hasMessageContaining("ringCentralServer").hasMessageContaining("loopback");
        assertThat(catchThrowableOfType(InvalidSettingException.class, () -> current()
                .credentials(Credentials.ringCentralJwt("id", SECRET, SECRET, "platform")).build()))
                .hasMessageContaining("not a URL");
        assertThat(catchThrowableOfType(InvalidSettingException.class, () -> current()
                .credentials(Credentials.ringCentralJwt("id", SECRET, SECRET, "https://user:" + SECRET
                        + "@platform.example.com"))
                .build())).hasMessageContaining("user info").hasMessageNotContaining(SECRET);

        EngageVoiceClient loopback = current()
                .credentials(Credentials.ringCentralJwt("id", SECRET, SECRET, "http://127.0.0.1:8080/")).build();
        EngageVoiceClient byDefault = current().credentials(Credentials.ringCentralJwt("id", SECRET, SECRET)).build();
        assertThat(loopback.tokenProvider()).isInstanceOf(ManagedTokenProvider.class);
        assertThat(((ManagedTokenProvider) byDefault.tokenProvider()).tokenStoreKey())
                .isNotEqualTo(((ManagedTokenProvider) loopback.tokenProvider()).tokenStoreKey());
        assertThat(EngageVoiceClient.DEFAULT_RINGCENTRAL_SERVER).isEqualTo("https://platform.ringcentral.com");
    }

    @Test
    void clientsOfSuppliedRingCentralTokensShareAStoredTokenOnlyWithTheSameExplicitKey() {
        InMemoryTokenStore shared = new InMemoryTokenStore();
        Supplier<CompletionStage<String>> supplier = () -> CompletableFuture.completedFuture("rc");
        String a = ((ManagedTokenProvider) current().credentials(Credentials.ringCentralToken(supplier)).tokenStore(shared)
                .build().tokenProvider())
                .tokenStoreKey();
        String b = ((ManagedTokenProvider) current().credentials(Credentials.ringCentralToken(supplier)).tokenStore(shared)
                .build().tokenProvider())
                .tokenStoreKey();
        String explicit = ((ManagedTokenProvider) current().credentials(Credentials.ringCentralToken(supplier))
                .tokenStore(shared)
                .tokenStoreKey("tenant-7").build().tokenProvider()).tokenStoreKey();
        String sameLogin1 = ((ManagedTokenProvider) current().credentials(Credentials.engageLogin("u", SECRET, null)).build()
                .tokenProvider())
                .tokenStoreKey();
        String sameLogin2 = ((ManagedTokenProvider) current().credentials(Credentials.engageLogin("u", SECRET, null)).build()
                .tokenProvider())
                .tokenStoreKey();

        assertThat(a).isNotEqualTo(b);
        assertThat(explicit).isEqualTo("tenant-7");
        assertThat(sameLogin1).isEqualTo(sameLogin2);
    }

    @Test
    void theRefreshSkewMustNotBeNegative() {
        assertThat(catchThrowableOfType(InvalidSettingException.class, () -> current().tokenRefreshSkew(Duration.ofSeconds(-1))
                .credentials(Credentials.engageLogin("u", SECRET, null)).build()).setting()).isEqualTo("tokenRefreshSkew");
    }

    @Test
    void theBuiltClientAndItsProviderShowNoSecret() {
        EngageVoiceClient client = current().credentials(Credentials.engageLogin("user", SECRET, "c01")).build();

        assertThat(client.toString()).doesNotContain(SECRET);
        assertThat(client.tokenProvider().toString()).doesNotContain(SECRET).contains("Engage login");
        assertThat(((ManagedTokenProvider) client.tokenProvider()).tokenStoreKey()).doesNotContain(SECRET)
                .doesNotContain("user").startsWith("engage-voice:");
    }

    @Test
    void theStaticCredentialsStillWorkAsBefore() {
        assertThat(current().credentials(Credentials.accessToken(SECRET)).build().tokenProvider())
                .isInstanceOf(StaticTokenProvider.class);
        assertThat(current().credentials(Credentials.apiToken(SECRET)).build().tokenProvider())
                .isInstanceOf(StaticTokenProvider.class);
    }
}
