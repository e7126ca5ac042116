package io.quarkiverse.engagevoice.client.api.admin;

import static io.quarkiverse.engagevoice.client.testing.WireTests.ROOT;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSentJson;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSentWithoutBody;
import static io.quarkiverse.engagevoice.client.testing.WireTests.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.model.admin.Dashboard;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/** {@link UserDashboardsApi} on the wire, answered as the OpenAPI file's {@code Dashboard} schema describes. */
class UserDashboardsWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String DASHBOARDS = ROOT + "/v1/admin/users/1002/dashboards";
    private static final String LAYOUT = "{\"widgets\":[{\"type\":\"queueStats\",\"gateIds\":[4101,4102]}]}";
    private static final String DASHBOARD = """
            {"id":77,"name":"Sales floor","shared":false,\
            "creationDate":"2026-02-01T12:00:00.000+0000","data":""" + LAYOUT + "}";

    private UserDashboardsApi dashboards;

    @BeforeEach
    void client() {
        dashboards = WireTests.client(SERVER).api(UserDashboardsApi.class);
    }

    @Test
    void aDashboardIsCreatedWithItsLayoutAsJson() {
        SERVER.enqueue(Answer.json(200, DASHBOARD));

        Dashboard created = dashboards.create(1002, Dashboard.named("Sales floor", json(LAYOUT)));

        assertSentJson(SERVER, "POST", DASHBOARDS, null, "{\"name\":\"Sales floor\",\"data\":" + LAYOUT + "}");
        assertThat(created.getId()).isEqualTo(77);
        assertThat(created.getData()).isEqualTo(json(LAYOUT));
        assertThat(created.getCreationDate()).hasToString("2026-02-01T12:00Z");
        assertThat(created).hasToString("Dashboard[77, Sales floor]");
    }

    @Test
    void dashboardsAreListedReadChangedAndDeleted() {
        SERVER.enqueue(Answer.json(200, "[" + DASHBOARD + "]"));
        SERVER.enqueue(Answer.json(200, DASHBOARD));
        SERVER.enqueue(Answer.json(200, DASHBOARD.replace("Sales floor", "Sales floor (old)")));
        SERVER.enqueue(Answer.json(200, "true"));

        List<Dashboard> listed = dashboards.list(1002);
        assertSentWithoutBody(SERVER, "GET", DASHBOARDS, null);
        Dashboard read = dashboards.get(1002, 77);
        assertSentWithoutBody(SERVER, "GET", DASHBOARDS + "/77", null);
        Dashboard changes = new Dashboard();
        changes.setName("Sales floor (old)");
        Dashboard changed = dashboards.update(1002, 77, changes);
        assertSentJson(SERVER, "PUT", DASHBOARDS + "/77", null, "{\"name\":\"Sales floor (old)\"}");
        boolean deleted = dashboards.delete(1002, 77);
        assertSentWithoutBody(SERVER, "DELETE", DASHBOARDS + "/77", null);

        assertThat(listed).extracting(Dashboard::getName).containsExactly("Sales floor");
        assertThat(read.getShared()).isFalse();
        assertThat(changed.getName()).isEqualTo("Sales floor (old)");
        assertThat(deleted).isTrue();
    }

    @Test
    void aDashboardIsSharedWithSeveralUsersAsRepeatedKeys() {
        SERVER.enqueue(Answer.json(200, "[78,79]"));

        List<Integer> copies = dashboards.share(1002, 77, List.of(1003, 1004));

        assertSentWithoutBody(SERVER, "PUT", DASHBOARDS + "/77/share", "userIds=1003&userIds=1004");
        assertThat(copies).containsExactly(78, 79);
    }
}
