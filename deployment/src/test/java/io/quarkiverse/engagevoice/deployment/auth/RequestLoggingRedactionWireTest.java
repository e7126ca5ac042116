package io.quarkiverse.engagevoice.deployment.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.logging.LogRecord;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.api.ApiTokensApi;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkus.test.QuarkusUnitTest;

/**
 * With Quarkus REST client request/response logging on, the Engage Voice clients still log no secret: the login's
 * password in the query, the tokens in the login answer, the Bearer header and an API token in a path are masked.
 */
class RequestLoggingRedactionWireTest {

    static final RecordingServer SERVER = RecordingServer.shared("RequestLoggingRedactionWireTest");
    static final String PASSWORD = "pass-word-SECRET-1";
    static final String ACCESS_TOKEN = LoginAnswers.accessToken("logged-access-token");
    static final String REFRESH_TOKEN = "logged-refresh-token-SECRET-2";
    static final String API_TOKEN = "aws80:secret-api-token-3";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClass(LoginAnswers.class))
            .overrideConfigKey("quarkus.engage-voice.server", SERVER.url())
            .overrideConfigKey("quarkus.engage-voice.auth.username", "admin@example.com")
            .overrideConfigKey("quarkus.engage-voice.auth.password", PASSWORD)
            .overrideConfigKey("quarkus.rest-client.logging.scope", "request-response")
            .overrideConfigKey("quarkus.rest-client.logging.body-limit", "10000")
            .overrideConfigKey("quarkus.log.category.\"io.quarkiverse.engagevoice\".level", "DEBUG")
            .overrideConfigKey("quarkus.log.category.\"org.jboss.resteasy.reactive.client.logging\".level", "DEBUG")
            .setLogRecordPredicate(r -> r.getLoggerName().contains("ClientLogger"))
            .assertLogRecords(RequestLoggingRedactionWireTest::loggedWithoutSecrets);

    @Inject
    ApiTokensApi tokens;

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void loginAndCallsAreLogged() {
        SERVER.enqueue(LoginAnswers.engage(ACCESS_TOKEN, REFRESH_TOKEN, "9009"));
        SERVER.enqueue(Answer.text(200, "true"));

        tokens.revoke(API_TOKEN);

        assertThat(SERVER.requests()).hasSize(2);
    }

    private static void loggedWithoutSecrets(List<LogRecord> records) {
        String log = String.join("\n", records.stream().map(RequestLoggingRedactionWireTest::text).toList());
        assertThat(log).contains("/api/auth/login/admin?username=admin%40example.com&password=***")
                .contains("\"accessToken\":\"***\"").contains("/voice/api/v1/admin/token/***")
                .contains("Authorization=***")
                .doesNotContain(PASSWORD, ACCESS_TOKEN, REFRESH_TOKEN, API_TOKEN, "secret-api-token");
    }

    private static String text(LogRecord r) {
        return r.getParameters() == null ? r.getMessage()
                : String.format(r.getMessage().replace("%n", "\n"), r.getParameters());
    }
}
