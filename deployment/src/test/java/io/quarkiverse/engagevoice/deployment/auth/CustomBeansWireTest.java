package io.quarkiverse.engagevoice.deployment.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.EngageVoiceClientName;
import io.quarkiverse.engagevoice.RingCentralTokenSupplier;
import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkiverse.engagevoice.client.auth.AccessCredential;
import io.quarkiverse.engagevoice.client.auth.AuthScheme;
import io.quarkiverse.engagevoice.client.auth.TokenProvider;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A TokenProvider bean is the default client's credentials; a RingCentralTokenSupplier bean qualified for a named
 * client feeds that client's token exchange.
 */
class CustomBeansWireTest {

    static final RecordingServer DEFAULT_SERVER = RecordingServer.shared("CustomBeansWireTest.default");
    static final RecordingServer RC_SERVER = RecordingServer.shared("CustomBeansWireTest.rc");

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .setArchiveProducer(() -> ShrinkWrap.create(JavaArchive.class)
                    .addClasses(CustomTokens.class, AppRingCentralSession.class, LoginAnswers.class))
            .overrideConfigKey("quarkus.engage-voice.server", DEFAULT_SERVER.url())
            .overrideConfigKey("quarkus.engage-voice.\"rc\".server", RC_SERVER.url());

    @Inject
    AccountsApi defaultAccounts;

    @Inject
    @EngageVoiceClientName("rc")
    AccountsApi rcAccounts;

    @AfterAll
    static void stop() {
        DEFAULT_SERVER.close();
        RC_SERVER.close();
    }

    @Test
    void aTokenProviderBeanSuppliesTheDefaultClientsCredential() {
        DEFAULT_SERVER.enqueue(Answer.json(200, "[]"));
        defaultAccounts.list();
        assertThat(DEFAULT_SERVER.lastRequest().header("Authorization")).isEqualTo("Bearer from-a-custom-provider");
    }

    @Test
    void aRingCentralTokenSupplierBeanFeedsTheExchange() {
        String token = LoginAnswers.accessToken("exchanged");
        RC_SERVER.enqueue(LoginAnswers.engage(token, "refresh-rc", "6006"));
        RC_SERVER.enqueue(Answer.json(200, "[]"));

        rcAccounts.list();

        RecordingServer.Request exchange = RC_SERVER.requests().get(0);
        assertThat(exchange.method() + " " + exchange.rawPath() + "?" + exchange.rawQuery())
                .isEqualTo("POST /api/auth/login/rc/accesstoken?includeRefresh=true");
        assertThat(exchange.body()).isEqualTo("rcAccessToken=rc-session-token&rcTokenType=Bearer");
        assertThat(exchange.header("Authorization")).isNull();
        assertThat(RC_SERVER.requests().get(1).header("Authorization")).isEqualTo("Bearer " + token);
    }

    @ApplicationScoped
    public static class CustomTokens implements TokenProvider {
        @Override
        public CompletionStage<AccessCredential> credential() {
            return CompletableFuture.completedFuture(
                    new AccessCredential("from-a-custom-provider", AuthScheme.BEARER, null, "7007"));
        }
    }

    @ApplicationScoped
    @EngageVoiceClientName("rc")
    public static class AppRingCentralSession implements RingCentralTokenSupplier {
        @Override
        public CompletionStage<String> get() {
            return CompletableFuture.completedFuture("rc-session-token");
        }
    }
}
