package io.quarkiverse.engagevoice.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.engagevoice.client.Credentials;
import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.model.User;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Request;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/**
 * {@code createUser} on the wire. The simulator does not serve it (it has only {@code listAllUsers}), so a recording
 * server answers as the OpenAPI file describes.
 */
class UsersWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String CREATED = """
            {"userId":1201,"userName":"new.admin@example.com","firstName":"New",\
            "lastName":"Admin","fullName":"New Admin","enabled":true,"rootUser":false,\
            "creationDate":"2026-03-02T09:00:00.000+0000","parentPath":"/1001/"}""";

    private UsersApi users;

    @BeforeEach
    void client() {
        EngageVoiceClient client = EngageVoiceClient.builder().server(SERVER.url())
                .credentials(Credentials.apiToken("aws80:users-test-token"))
                .build();
        users = client.api(UsersApi.class);
    }

    private static User newAdmin() {
        User user = new User();
        user.setUserName("new.admin@example.com");
        user.setFirstName("New");
        user.setLastName("Admin");
        user.setEnabled(true);
        return user;
    }

    @Test
    void aUserIsCreatedUnderTheCallerWithTheServersDefaults() {
        SERVER.enqueue(Answer.json(200, CREATED));

        User created = users.create(newAdmin());

        Request sent = SERVER.lastRequest();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.rawPath()).isEqualTo("/voice/api/v1/admin/users");
        assertThat(sent.rawQuery()).isNull();
        assertThat(sent.header("Content-Type")).startsWith("application/json");
        assertThat(sent.header("X-Auth-Token")).isEqualTo("aws80:users-test-token");
        assertThat(WireTests.json(sent.body())).isEqualTo(WireTests.json(
                "{\"userName\":\"new.admin@example.com\",\"firstName\":\"New\",\"lastName\":\"Admin\",\"enabled\":true}"));
        assertThat(created.getUserId()).isEqualTo(1201);
        assertThat(created.getFullName()).isEqualTo("New Admin");
        assertThat(created.getCreationDate()).hasToString("2026-03-02T09:00Z");
        assertThat(created.getParentPath()).isEqualTo("/1001/");
    }

    @Test
    void theQueryParametersAreSentWhenGiven() {
        SERVER.enqueue(Answer.json(201, CREATED));

        User created = users.create(1001, "https://admin.example.com/welcome?from=engage&x=1", true, newAdmin());

        Request sent = SERVER.lastRequest();
        assertThat(sent.rawPath()).isEqualTo("/voice/api/v1/admin/users");
        assertThat(sent.queryParams()).containsOnlyKeys("parentUserId", "returnUri", "isSSO");
        assertThat(sent.queryParams().get("parentUserId")).isEqualTo(List.of("1001"));
        assertThat(sent.queryParams().get("returnUri"))
                .isEqualTo(List.of("https://admin.example.com/welcome?from=engage&x=1"));
        assertThat(sent.queryParams().get("isSSO")).isEqualTo(List.of("true"));
        assertThat(sent.rawQuery()).startsWith("parentUserId=1001&returnUri=https").endsWith("&isSSO=true")
                .contains("%3Dengage%26x%3D1"); // the URI's own query stays inside the value
        JsonNode body = WireTests.json(sent.body());
        assertThat(body.path("userName").asText()).isEqualTo("new.admin@example.com");
        assertThat(created.getUserName()).isEqualTo("new.admin@example.com");
    }
}
