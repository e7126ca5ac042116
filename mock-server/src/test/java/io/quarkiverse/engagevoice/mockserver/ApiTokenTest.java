package io.quarkiverse.engagevoice.mockserver;

import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.API_TOKEN;
import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.LEGACY_PASSWORD;
import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.LEGACY_USERNAME;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

/** Permanent API tokens: create, list, use as X-Auth-Token, delete; on both layouts. */
class ApiTokenTest {

    private static final String TOKEN_FORMAT = "[a-z0-9]+:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @RegisterExtension
    static final SimulatorFixture current = SimulatorFixture.current();

    @RegisterExtension
    static final SimulatorFixture legacy = SimulatorFixture.legacy();

    @Test
    void seededTokenHasTheRealFormat() {
        assertThat(API_TOKEN).matches(TOKEN_FORMAT);
    }

    @Test
    void createListUseAndDeleteOnTheCurrentLayout() {
        TestHttp http = new TestHttp(current.simulator());
        String bearer = Logins.accessToken(http);
        String root = "/voice/api/v1/admin/token";

        TestHttp.Response created = http.post(root).bearer(bearer).send();
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.contentType()).startsWith("text/plain");
        String token = created.body();
        assertThat(token).matches(TOKEN_FORMAT);
        String another = http.post(root).bearer(bearer).send().body();
        assertThat(another).matches(TOKEN_FORMAT).isNotEqualTo(token);

        TestHttp.Response listed = http.get(root).bearer(bearer).send();
        assertThat(listed.contentType()).startsWith("application/json");
        assertThat(texts(listed.json())).containsExactly(API_TOKEN, token, another);

        assertThat(http.get("/voice/api/v1/admin/accounts").apiToken(token).send().status()).isEqualTo(200);

        TestHttp.Response deleted = http.delete(root + "/" + encode(token)).bearer(bearer).send();
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body()).isEqualTo("true");
        TestHttp.Response refused = http.get("/voice/api/v1/admin/accounts").apiToken(token).send();
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("text/plain");
        assertThat(texts(http.get(root).apiToken(another).send().json())).containsExactly(API_TOKEN, another);

        assertThat(http.delete(root + "/" + encode(token)).bearer(bearer).send().status()).isEqualTo(404);
    }

    @Test
    void apiTokensWorkOnTheLegacyLayoutToo() {
        TestHttp http = new TestHttp(legacy.simulator());
        String authToken = http.post("/api/v1/auth/login").form("username", LEGACY_USERNAME, "password",
                LEGACY_PASSWORD).send().json().get("authToken").asText();

        String token = http.post("/api/v1/admin/token").apiToken(authToken).send().body();
        assertThat(token).matches(TOKEN_FORMAT);
        assertThat(http.get("/api/v1/admin/accounts").apiToken(token).send().status()).isEqualTo(200);

        // a raw colon in the path segment is legal too
        assertThat(http.delete("/api/v1/admin/token/" + token).apiToken(API_TOKEN).send().status()).isEqualTo(200);
        assertThat(http.get("/api/v1/admin/accounts").apiToken(token).send().status()).isEqualTo(401);
    }

    @Test
    void resetRestoresTheSeededTokensOnly() {
        TestHttp http = new TestHttp(current.simulator());
        String token = http.post("/voice/api/v1/admin/token").apiToken(API_TOKEN).send().body();

        current.simulator().reset();

        assertThat(http.get("/voice/api/v1/admin/accounts").apiToken(token).send().status()).isEqualTo(401);
        assertThat(texts(http.get("/voice/api/v1/admin/token").apiToken(API_TOKEN).send().json()))
                .containsExactly(API_TOKEN);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
