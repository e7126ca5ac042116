package io.quarkiverse.engagevoice.client.api.admin;

import static io.quarkiverse.engagevoice.client.testing.WireTests.ROOT;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSent;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSentJson;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSentWithoutBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.model.User;
import io.quarkiverse.engagevoice.client.model.admin.AccountAssignment;
import io.quarkiverse.engagevoice.client.model.admin.RoleType;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/** {@link UserManagementApi} and {@link UserRolesApi} on the wire, answered as the OpenAPI file's schemas describe. */
class UserManagementWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String USERS = ROOT + "/v1/admin/users";
    private static final String USER_1002 = """
            {"userId":1002,"userName":"ops.lead@example.com","firstName":"Ops",\
            "lastName":"Lead","fullName":"Ops Lead","enabled":true,"rootUser":false,\
            "parentPath":"/1001/","creationDate":"2025-11-04T10:15:00.000+0000",\
            "roles":[{"roleType":"MANAGE_USERS","description":"Manage users"}]}""";

    private UserManagementApi users;
    private UserRolesApi roles;

    @BeforeEach
    void client() {
        var client = WireTests.client(SERVER);
        users = client.api(UserManagementApi.class);
        roles = client.api(UserRolesApi.class);
    }

    @Test
    void aUserIsReadWithTheRolesKept() {
        SERVER.enqueue(Answer.json(200, USER_1002));

        User user = users.get(1002);

        assertSentWithoutBody(SERVER, "GET", USERS + "/1002", null);
        assertThat(user.getUserId()).isEqualTo(1002);
        assertThat(user.getFullName()).isEqualTo("Ops Lead");
        assertThat(user.getCreationDate()).hasToString("2025-11-04T10:15Z");
        assertThat(user.getRoles()).isNotEmpty();
        assertThat(user.getParentPath()).isNotBlank();
    }

    @Test
    void anUpdateSendsOnlyTheChanges() {
        SERVER.enqueue(Answer.json(200, USER_1002.replace("\"Ops\"", "\"Operations\"")));
        User changes = new User();
        changes.setFirstName("Operations");

        User changed = users.update(1002, changes);

        assertSentJson(SERVER, "PUT", USERS + "/1002", null, "{\"firstName\":\"Operations\"}");
        assertThat(changed.getFirstName()).isEqualTo("Operations");
    }

    @Test
    void aDeleteSendsItsOptionsOnlyWhenGiven() {
        SERVER.enqueue(new Answer(200, null, "", java.util.Map.of()));
        SERVER.enqueue(new Answer(200, null, "", java.util.Map.of()));

        users.delete(1003);
        assertSentWithoutBody(SERVER, "DELETE", USERS + "/1003", null);
        users.delete(1003, 1002, false);
        assertSentWithoutBody(SERVER, "DELETE", USERS + "/1003", "reassignUserId=1002&cascadeDelete=false");
    }

    @Test
    void theChildrenAreListedAsATree() {
        SERVER.enqueue(Answer.json(200, """
                [{"userId":1002,"userName":"a@example.com","children":\
                [{"userId":1004,"userName":"b@example.com","children":[]}]}]"""));

        List<User> children = users.listChildren(1001);

        assertSentWithoutBody(SERVER, "GET", USERS + "/1001/children", null);
        assertThat(children).singleElement().satisfies(u -> {
            assertThat(u.getUserId()).isEqualTo(1002);
            assertThat(u.getChildren()).extracting(User::getUserId).containsExactly(1004);
        });
    }

    @Test
    void aUserNameIsCheckedWithItsValueEncoded() {
        SERVER.enqueue(Answer.json(200, "{\"available\":false}"));

        var answer = users.checkUserName("ops lead+1@example.com");

        var sent = assertSent(SERVER, "GET", USERS + "/availableUserNames", SERVER.lastRequest().rawQuery());
        assertThat(sent.queryParams()).containsExactly(
                java.util.Map.entry("userName", List.of("ops lead+1@example.com")));
        assertThat(sent.rawQuery()).doesNotContain(" ").contains("%2B1%40example.com");
        assertThat(answer).containsEntry("available", false);
    }

    @Test
    void childrenAreReassigned() {
        SERVER.enqueue(new Answer(201, null, "", java.util.Map.of()));

        users.reassignChildren(1002, 1003);

        assertSentWithoutBody(SERVER, "PUT", USERS + "/reassign", "oldUserId=1002&reassignUserId=1003");
    }

    @Test
    void aRootUserIsCreated() {
        SERVER.enqueue(Answer.json(200, "{\"userId\":1301,\"userName\":\"root@example.com\",\"rootUser\":true}"));
        SERVER.enqueue(Answer.json(200, "{\"userId\":1302,\"userName\":\"sso@example.com\",\"rootUser\":true}"));
        User root = new User();
        root.setUserName("root@example.com");

        User created = users.createRoot(root);
        assertSentJson(SERVER, "POST", USERS + "/root", null, "{\"userName\":\"root@example.com\"}");
        root.setUserName("sso@example.com");
        User sso = users.createRoot("https://admin.example.com/welcome", true, root);
        assertSentJson(SERVER, "POST", USERS + "/root",
                "returnUri=https%3A%2F%2Fadmin.example.com%2Fwelcome&isSSO=true", "{\"userName\":\"sso@example.com\"}");

        assertThat(created.getUserId()).isEqualTo(1301);
        assertThat(created.getRootUser()).isTrue();
        assertThat(sso.getUserId()).isEqualTo(1302);
    }

    @Test
    void accountsAreAssignedOneAtATimeOrInBulk() {
        SERVER.enqueue(Answer.json(200, "true"));
        SERVER.enqueue(Answer.json(200, "true"));
        SERVER.enqueue(Answer.json(200, """
                [{"accountId":"12340001","rightsDocName":"Sales admins",\
                "isMaster":false,"rightsDocJson":"{}","creationDate":"2026-01-05T08:00:00.000+0000",\
                "owner":{"userId":1001,"userName":"admin@example.com"}}]"""));

        assertThat(users.assignAccountToRootUser(1301, "12340000", true)).isTrue();
        assertSentWithoutBody(SERVER, "POST", USERS + "/root/1301/assignAccount", "accountId=12340000&isMaster=true");
        assertThat(users.assignAccount(1002, "12340001", null)).isTrue();
        assertSentWithoutBody(SERVER, "POST", USERS + "/1002/assignAccountToAnyUser", "accountId=12340001");
        List<AccountAssignment> assigned = users.assignAccounts(1002, List.of("12340001", "12340002"));
        assertSentJson(SERVER, "POST", USERS + "/1002/bulkAssignAccountToAnyUser", null,
                "[\"12340001\",\"12340002\"]");

        assertThat(assigned).singleElement().satisfies(a -> {
            assertThat(a.getAccountId()).isEqualTo("12340001");
            assertThat(a.getOwner().getUserId()).isEqualTo(1001);
            assertThat(a.getCreationDate()).hasToString("2026-01-05T08:00Z");
            assertThat(a).hasToString("AccountAssignment[12340001, Sales admins]");
        });
    }

    @Test
    void aUserIsDisabled() {
        SERVER.enqueue(Answer.json(200, "true"));

        boolean done = users.setActive(1002, false);

        assertSentJson(SERVER, "PUT", USERS + "/1002/setIsActive", null, "{\"isActive\":false}");
        assertThat(done).isTrue();
    }

    @Test
    void rolesAreListedAddedAndRemoved() {
        SERVER.enqueue(Answer.json(200, "[\"USER\",\"MANAGE_USERS\",\"SOME_FUTURE_ROLE\"]"));
        SERVER.enqueue(Answer.json(200, "true"));
        SERVER.enqueue(Answer.json(200, "true"));

        List<String> held = roles.list(1002);
        assertSentWithoutBody(SERVER, "GET", USERS + "/1002/roles", null);
        boolean added = roles.add(1002, RoleType.ACCESS_AUDIT_LOG);
        assertSentWithoutBody(SERVER, "POST", USERS + "/1002/roles/ACCESS_AUDIT_LOG", null);
        boolean removed = roles.remove(1002, RoleType.MANAGE_USERS);
        assertSentWithoutBody(SERVER, "DELETE", USERS + "/1002/roles/MANAGE_USERS", null);

        assertThat(held).containsExactly("USER", "MANAGE_USERS", "SOME_FUTURE_ROLE");
        assertThat(added).isTrue();
        assertThat(removed).isTrue();
    }
}
