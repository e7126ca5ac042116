package io.quarkiverse.engagevoice.client.api.admin;

import static io.quarkiverse.engagevoice.client.testing.WireTests.ROOT;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSentJson;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSentWithoutBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.model.User;
import io.quarkiverse.engagevoice.client.model.admin.ProductPermission;
import io.quarkiverse.engagevoice.client.model.admin.ResourcePermission;
import io.quarkiverse.engagevoice.client.model.admin.RightsDocument;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/** {@link RightsDocumentsApi} on the wire, answered as the OpenAPI file's {@code RightsDocument} schema describes. */
class RightsDocumentsWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String USERS = ROOT + "/v1/admin/users/1002";
    private static final String DOC = """
            {"rightsDocId":501,"rightsDocName":"Sales supervisors","accountId":\
            "12340001","ownerId":1001,"isMaster":false,"assigned":true,"cascade":false,\
            "accountPermissions":["READ"],"productPermissions":[{"product":"ACD","permissions":\
            ["READ","UPDATE"],"cascade":true}],"resourcePermissions":[{"resourceType":"GATE",\
            "resourceId":4101,"permissions":["READ"],"cascade":false}]}""";
    private static final String BY_ACCOUNT = "{\"12340001\":[" + DOC + "]}";

    private RightsDocumentsApi rights;

    @BeforeEach
    void client() {
        rights = WireTests.client(SERVER).api(RightsDocumentsApi.class);
    }

    @Test
    void aRightsDocumentIsCreatedWithItsPermissionsAndMapsBack() {
        SERVER.enqueue(Answer.json(200, DOC));
        RightsDocument wanted = RightsDocument.named("Sales supervisors", "12340001");
        wanted.setAccountPermissions(List.of("READ"));
        wanted.setProductPermissions(List.of(ProductPermission.of("ACD", List.of("READ", "UPDATE"))));
        wanted.setResourcePermissions(List.of(ResourcePermission.of("GATE", 4101, List.of("READ"))));

        RightsDocument created = rights.create(1002, wanted);

        assertSentJson(SERVER, "POST", USERS + "/rightsDocs", null, """
                {"rightsDocName":"Sales supervisors",\
                "accountId":"12340001","accountPermissions":["READ"],"productPermissions":[{"product":\
                "ACD","permissions":["READ","UPDATE"]}],"resourcePermissions":[{"resourceType":"GATE",\
                "resourceId":4101,"permissions":["READ"]}]}""");
        assertThat(created.getRightsDocId()).isEqualTo(501);
        assertThat(created.getProductPermissions()).singleElement()
                .satisfies(p -> assertThat(p.getCascade()).isTrue());
        assertThat(created.getResourcePermissions()).singleElement()
                .hasToString("ResourcePermission[GATE 4101, [READ]]");
        assertThat(created).hasToString("RightsDocument[501, Sales supervisors]");
    }

    @Test
    void regularDocumentsAreReadChangedAndDeleted() {
        SERVER.enqueue(Answer.json(200, BY_ACCOUNT));
        SERVER.enqueue(Answer.json(200, DOC));
        SERVER.enqueue(Answer.json(200, DOC));
        SERVER.enqueue(new Answer(200, null, "", Map.of()));

        Map<String, List<RightsDocument>> listed = rights.list(1002);
        assertSentWithoutBody(SERVER, "GET", USERS + "/rightsDocs", null);
        RightsDocument read = rights.get(1002, 501);
        assertSentWithoutBody(SERVER, "GET", USERS + "/rightsDocs/501", null);
        RightsDocument changes = new RightsDocument();
        changes.setCascade(true);
        rights.update(1002, 501, changes);
        assertSentJson(SERVER, "PUT", USERS + "/rightsDocs/501", null, "{\"cascade\":true}");
        rights.delete(1002, 501);
        assertSentWithoutBody(SERVER, "DELETE", USERS + "/rightsDocs/501", null);

        assertThat(listed).containsOnlyKeys("12340001");
        assertThat(listed.get("12340001")).extracting(RightsDocument::getRightsDocId).containsExactly(501);
        assertThat(read.getOwnerId()).isEqualTo(1001);
    }

    @Test
    void masterDocumentsHaveTheirOwnPaths() {
        String master = DOC.replace("\"isMaster\":false", "\"isMaster\":true");
        SERVER.enqueue(Answer.json(200, master));
        SERVER.enqueue(Answer.json(200, "{\"12340000\":[" + master + "]}"));
        SERVER.enqueue(Answer.json(200, master));
        SERVER.enqueue(Answer.json(200, master));
        SERVER.enqueue(new Answer(200, null, "", Map.of()));

        RightsDocument created = rights.createMaster(1001, RightsDocument.named("All sales", "12340000"));
        assertSentJson(SERVER, "POST", ROOT + "/v1/admin/users/1001/masterRightsDocs", null,
                "{\"rightsDocName\":\"All sales\",\"accountId\":\"12340000\"}");
        Map<String, List<RightsDocument>> listed = rights.listMaster(1001);
        assertSentWithoutBody(SERVER, "GET", ROOT + "/v1/admin/users/1001/masterRightsDocs", null);
        rights.getMaster(1001, 501);
        assertSentWithoutBody(SERVER, "GET", ROOT + "/v1/admin/users/1001/masterRightsDocs/501", null);
        RightsDocument changes = new RightsDocument();
        changes.setRightsDocName("All sales (EU)");
        rights.updateMaster(1001, 501, changes);
        assertSentJson(SERVER, "PUT", ROOT + "/v1/admin/users/1001/masterRightsDocs/501", null,
                "{\"rightsDocName\":\"All sales (EU)\"}");
        rights.deleteMaster(1001, 501);
        assertSentWithoutBody(SERVER, "DELETE", ROOT + "/v1/admin/users/1001/masterRightsDocs/501", null);

        assertThat(created.getIsMaster()).isTrue();
        assertThat(listed.get("12340000")).singleElement().satisfies(d -> assertThat(d.getIsMaster()).isTrue());
    }

    @Test
    void everyListingByAccountHasItsPath() {
        Map<String, Function<Integer, Map<String, List<RightsDocument>>>> listings = Map.of(
                "ownedRightsDocs", rights::listOwned,
                "ownedMasterRightsDocs", rights::listOwnedMaster,
                "assignedRightsDocs", rights::listAssigned,
                "assignedMasterRightsDocs", rights::listAssignedMaster,
                "rightsDocsWithSubAccounts", id -> rights.listWithSubAccounts(id, null));
        SERVER.answerByDefault(Answer.json(200, BY_ACCOUNT));

        listings.forEach((segment, listing) -> {
            Map<String, List<RightsDocument>> listed = listing.apply(1002);
            assertSentWithoutBody(SERVER, "GET", USERS + "/" + segment, null);
            assertThat(listed.get("12340001")).as(segment).extracting(RightsDocument::getRightsDocName)
                    .containsExactly("Sales supervisors");
        });
        rights.listWithSubAccounts(1002, true);
        assertSentWithoutBody(SERVER, "GET", USERS + "/rightsDocsWithSubAccounts", "enablePreBuiltRoles=true");
    }

    @Test
    void aggregatedAndEffectiveDocumentsAreOnePerAccount() {
        SERVER.enqueue(Answer.json(200, "{\"12340001\":" + DOC + "}"));
        SERVER.enqueue(Answer.json(200, "{\"12340001\":" + DOC + ",\"12340002\":" + DOC + "}"));

        Map<String, RightsDocument> aggregated = rights.aggregated(1002);
        assertSentWithoutBody(SERVER, "GET", USERS + "/aggregatedRightsDocs", null);
        Map<String, RightsDocument> effective = rights.effective(1002);
        assertSentWithoutBody(SERVER, "GET", USERS + "/effectiveAssignedRightsDocs", null);

        assertThat(aggregated.get("12340001").getAccountPermissions()).containsExactly("READ");
        assertThat(effective).containsOnlyKeys("12340001", "12340002");
    }

    @Test
    void aDocumentIsAssignedToSeveralUsersListedAndUnassigned() {
        SERVER.enqueue(Answer.json(200, "true"));
        SERVER.enqueue(Answer.json(200, """
                [{"userId":1003,"userName":"c@example.com"},\
                {"userId":1004,"userName":"d@example.com"}]"""));
        SERVER.enqueue(new Answer(200, null, "", Map.of()));

        boolean assigned = rights.assign(501, List.of(1003, 1004));
        assertSentWithoutBody(SERVER, "POST", ROOT + "/v1/admin/rightsDocs/501/assignments", "userIds=1003&userIds=1004");
        List<User> users = rights.listAssignedUsers(501);
        assertSentWithoutBody(SERVER, "GET", ROOT + "/v1/admin/rightsDocs/501/assignments", null);
        rights.unassign(501, 1004);
        assertSentWithoutBody(SERVER, "DELETE", ROOT + "/v1/admin/rightsDocs/501/assignments/1004", null);

        assertThat(assigned).isTrue();
        assertThat(users).extracting(User::getUserId).containsExactly(1003, 1004);
    }
}
