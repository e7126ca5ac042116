package io.quarkiverse.engagevoice.deployment.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.LogRecord;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkus.test.QuarkusUnitTest;

/**
 * The RingCentral JWT flow configured under auth.ringcentral.*, run with every logger at TRACE: the JWT grant and
 * the exchange go out as documented, and no secret reaches a log record, a toString() or the configuration dump.
 */
class RingCentralJwtSecretsWireTest {

    static final RecordingServer SERVER = RecordingServer.shared("RingCentralJwtSecretsWireTest");
    static final String CLIENT_SECRET = "rc-client-secret-XYZ123";
    static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJqd3QtY3JlZGVudGlhbCJ9.jwt-signature-ABC";
    static final String RC_TOKEN = "rc-access-token-QWE789";
    static final String ACCESS_TOKEN = LoginAnswers.accessToken("engage-access-token-secret");
    static final String REFRESH_TOKEN = "engage-refresh-token-RTY456";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClass(LoginAnswers.class))
            .overrideConfigKey("quarkus.engage-voice.server", SERVER.url())
            .overrideConfigKey("quarkus.engage-voice.auth.ringcentral.server", SERVER.url())
            .overrideConfigKey("quarkus.engage-voice.auth.ringcentral.client-id", "rc-client-id")
            .overrideConfigKey("quarkus.engage-voice.auth.ringcentral.client-secret", CLIENT_SECRET)
            .overrideConfigKey("quarkus.engage-voice.auth.ringcentral.jwt", JWT)
            .overrideConfigKey("quarkus.log.min-level", "TRACE")
            .overrideConfigKey("quarkus.log.level", "TRACE")
            .setLogRecordPredicate(r -> true)
            .assertLogRecords(RingCentralJwtSecretsWireTest::noSecretIn);

    @Inject
    AccountsApi accounts;

    @Inject
    EngageVoiceClient client;

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void grantExchangeThenCall() {
        SERVER.enqueue(Answer.json(200, """
                {"access_token":"%s","token_type":"bearer",\
                "expires_in":3600}""".formatted(RC_TOKEN)));
        SERVER.enqueue(LoginAnswers.engage(ACCESS_TOKEN, REFRESH_TOKEN, "8008"));
        SERVER.enqueue(Answer.json(200, "[]"));

        accounts.list();

        List<RecordingServer.Request> requests = SERVER.requests();
        RecordingServer.Request grant = requests.get(0);
        assertThat(grant.method() + " " + grant.rawPath()).isEqualTo("POST /restapi/oauth/token");
        assertThat(grant.header("Authorization")).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString(("rc-client-id:" + CLIENT_SECRET).getBytes()));
        assertThat(grant.formParams()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "grant_type", List.of("urn:ietf:params:oauth:grant-type:jwt-bearer"), "assertion", List.of(JWT)));
        RecordingServer.Request exchange = requests.get(1);
        assertThat(exchange.rawPath() + "?" + exchange.rawQuery())
                .isEqualTo("/api/auth/login/rc/accesstoken?includeRefresh=true");
        assertThat(exchange.formParams()).containsEntry("rcAccessToken", List.of(RC_TOKEN));
        assertThat(requests.get(2).header("Authorization")).isEqualTo("Bearer " + ACCESS_TOKEN);

        assertThat(client.toString() + client.tokenProvider().toString()).doesNotContain(secrets());
    }

    private static String[] secrets() {
        return new String[] { CLIENT_SECRET, JWT, RC_TOKEN, ACCESS_TOKEN, REFRESH_TOKEN };
    }

    private static void noSecretIn(List<LogRecord> records) {
        assertThat(records).isNotEmpty();
        for (LogRecord r : records) {
            StringBuilder text = new StringBuilder(String.valueOf(r.getMessage()));
            if (r.getParameters() != null) {
                for (Object p : r.getParameters()) {
                    text.append(' ').append(p);
                }
            }
            if (r.getThrown() != null) {
                text.append(' ').append(r.getThrown());
            }
            assertThat(text.toString()).as("log record of %s", r.getLoggerName()).doesNotContain(secrets());
        }
    }
}
