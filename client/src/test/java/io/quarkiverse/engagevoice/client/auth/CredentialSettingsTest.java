package io.quarkiverse.engagevoice.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.InvalidSettingException;

/** Exactly one source of credentials, each flow on its generation, and messages that name settings, not secrets. */
class CredentialSettingsTest {

    private static final String SECRET = "S3cret-Value-42";

    private static EngageVoiceClient.Builder current() {
        return EngageVoiceClient.builder().server("ringcx");
    }

    @Test
    void twoSourcesOfCredentialsAreRefusedNamingBoth() {
        InvalidSettingException e = catchThrowableOfType(InvalidSettingException.class,
                () -> current().accessToken(SECRET).engageLogin("user", SECRET, null).build());

        assertThat(e.setting()).isEqualTo("credentials");
        assertThat(e).hasMessageContaining("accessToken").hasMessageContaining("engageLogin");
        assertThat(e.getMessage()).doesNotContain(SECRET);
    }

    @Test
    void everyPairOfFlowsIsRefused() {
        assertThat(catchThrowableOfType(InvalidSettingException.class, () -> current()
                .ringCentralJwt("id", SECRET, SECRET).ringCentralToken(() -> CompletableFuture.completedFuture("t")).build()))
                .hasMessageContaining("ringCentralJwt and ringCentralToken");
        assertThat(catchThrowableOfType(InvalidSettingException.class, () -> current()
                .apiToken(SECRET).tokenProvider(() -> CompletableFuture.completedFuture(null)).build()))
                .hasMessageContaining("tokenProvider and apiToken");
        assertThat(catchThrowableOfType(InvalidSettingException.class, () -> EngageVoiceClient.builder()
                .server("legacy-vacd").legacyLogin("u", SECRET, false).accessToken(SECRET).build()))
                .hasMessageContaining("accessToken and legacyLogin").hasMessageNotContaining(SECRET);
    }

    @Test
    void noCredentialsNamesTheChoices() {
        InvalidSettingException e = catchThrowableOfType(InvalidSettingException.class, () -> current().build());

        assertThat(e).hasMessageContaining("no credentials").hasMessageContaining("ringCentralJwt")
                .hasMessageContaining("engageLogin").hasMessageContaining("legacyLogin").hasMessageContaining("apiToken");
    }

    @Test
    void configurationNamesAreUsedInMessages() {
        InvalidSettingException e = catchThrowableOfType(InvalidSettingException.class, () -> current()
                .settingName("credentials", "quarkus.engage-voice.auth")
                .settingName("engageLogin", "quarkus.engage-voice.auth.engage")
                .settingName("apiToken", "quarkus.engage-voice.auth.api-token")
                .apiToken(SECRET).engageLogin("user", SECRET, "c01").build());

        assertThat(e.setting()).isEqualTo("quarkus.engage-voice.auth");
        assertThat(e).hasMessageContaining("quarkus.engage-voice.auth.api-token and quarkus.engage-voice.auth.engage");
    }

    @Test
    void eachFlowNeedsItsGeneration() {
        assertThat(catchThrowableOfType(InvalidSettingException.class,
                () -> current().legacyLogin("u", SECRET, true).build()).setting()).isEqualTo("legacyLogin");
        assertThat(catchThrowableOfType(InvalidSettingException.class, () -> EngageVoiceClient.builder()
                .server("legacy-vacd").engageLogin("u", SECRET, null).build()).setting()).isEqualTo("engageLogin");
        assertThat(catchThrowableOfType(InvalidSettingException.class, () -> EngageVoiceClient.builder()
                .server("legacy-virtualacd").ringCentralJwt("id", SECRET, SECRET).build()))
                .hasMessageContaining("legacy server").hasMessageNotContaining(SECRET);
    }

    @Test
    void incompleteCredentialsAreRefusedWithoutRepeatingThem() {
        InvalidSettingException jwt = catchThrowableOfType(InvalidSettingException.class,
                () -> current().ringCentralJwt("id", SECRET, " ").build());
        InvalidSettingException login = catchThrowableOfType(InvalidSettingException.class,
                () -> current().engageLogin(null, SECRET, null).build());

        assertThat(jwt.setting()).isEqualTo("ringCentralJwt");
        assertThat(jwt).hasMessageNotContaining(SECRET).hasMessageContaining("JWT");
        assertThat(login.setting()).isEqualTo("engageLogin");
        assertThat(login).hasMessageNotContaining(SECRET);
    }

    @Test
    void theRingCentralServerFollowsTheServerRules() {
        assertThat(catchThrowableOfType(InvalidSettingException.class, () -> current()
                .ringCentralServer("http://platform.example.com").ringCentralJwt("id", SECRET, SECRET).build()))
                .hasMessageContaining("ringCentralServer").hasMessageContaining("loopback");
        assertThat(catchThrowableOfType(InvalidSettingException.class, () -> current()
                .ringCentralServer("platform").ringCentralJwt("id", SECRET, SECRET).build()))
                .hasMessageContaining("not a URL");
        assertThat(catchThrowableOfType(InvalidSettingException.class, () -> current()
                .ringCentralServer("https://user:" + SECRET + "@platform.example.com").ringCentralJwt("id", SECRET, SECRET)
                .build())).hasMessageContaining("user info").hasMessageNotContaining(SECRET);

        EngageVoiceClient loopback = current().ringCentralServer("http://127.0.0.1:8080/")
                .ringCentralJwt("id", SECRET, SECRET).build();
        EngageVoiceClient byDefault = current().ringCentralJwt("id", SECRET, SECRET).build();
        assertThat(loopback.tokenProvider()).isInstanceOf(ManagedTokenProvider.class);
        assertThat(((ManagedTokenProvider) byDefault.tokenProvider()).tokenStoreKey())
                .isNotEqualTo(((ManagedTokenProvider) loopback.tokenProvider()).tokenStoreKey());
        assertThat(EngageVoiceClient.DEFAULT_RINGCENTRAL_SERVER).isEqualTo("https://platform.ringcentral.com");
    }

    @Test
    void clientsOfSuppliedRingCentralTokensShareAStoredTokenOnlyWithTheSameExplicitKey() {
        InMemoryTokenStore shared = new InMemoryTokenStore();
        java.util.function.Supplier<java.util.concurrent.CompletionStage<String>> supplier =
                () -> CompletableFuture.completedFuture("rc");
        String a = ((ManagedTokenProvider) current().ringCentralToken(supplier).tokenStore(shared).build().tokenProvider())
                .tokenStoreKey();
        String b = ((ManagedTokenProvider) current().ringCentralToken(supplier).tokenStore(shared).build().tokenProvider())
                .tokenStoreKey();
        String explicit = ((ManagedTokenProvider) current().ringCentralToken(supplier).tokenStore(shared)
                .tokenStoreKey("tenant-7").build().tokenProvider()).tokenStoreKey();
        String sameLogin1 = ((ManagedTokenProvider) current().engageLogin("u", SECRET, null).build().tokenProvider())
                .tokenStoreKey();
        String sameLogin2 = ((ManagedTokenProvider) current().engageLogin("u", SECRET, null).build().tokenProvider())
                .tokenStoreKey();

        assertThat(a).isNotEqualTo(b);
        assertThat(explicit).isEqualTo("tenant-7");
        assertThat(sameLogin1).isEqualTo(sameLogin2);
    }

    @Test
    void theRefreshSkewMustNotBeNegative() {
        assertThat(catchThrowableOfType(InvalidSettingException.class, () -> current().tokenRefreshSkew(Duration.ofSeconds(-1))
                .engageLogin("u", SECRET, null).build()).setting()).isEqualTo("tokenRefreshSkew");
    }

    @Test
    void theBuiltClientAndItsProviderShowNoSecret() {
        EngageVoiceClient client = current().engageLogin("user", SECRET, "c01").build();

        assertThat(client.toString()).doesNotContain(SECRET);
        assertThat(client.tokenProvider().toString()).doesNotContain(SECRET).contains("Engage login");
        assertThat(((ManagedTokenProvider) client.tokenProvider()).tokenStoreKey()).doesNotContain(SECRET)
                .doesNotContain("user").startsWith("engage-voice:");
    }

    @Test
    void theStaticCredentialsStillWorkAsBefore() {
        assertThat(current().accessToken(SECRET).build().tokenProvider()).isInstanceOf(StaticTokenProvider.class);
        assertThat(current().apiToken(SECRET).build().tokenProvider()).isInstanceOf(StaticTokenProvider.class);
    }
}
