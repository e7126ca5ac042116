package io.quarkiverse.engagevoice.mockserver;

import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.*;
import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorSeed.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The stateful admin resources: paging, create, partial update, delete, and the error answers. */
class ResourceCrudTest {

    private static final String SALES = "/voice/api/v1/admin/accounts/" + SALES_ACCOUNT_ID;

    @RegisterExtension
    static final SimulatorFixture SIM = SimulatorFixture.current();

    private final TestHttp http = SIM.http();

    private TestHttp.Response get(String path) {
        return http.get(path).apiToken(API_TOKEN).send();
    }

    @Test
    void listsArePagedWithZeroBasedPageAndMaxRows() {
        assertThat(ids(get(SALES + "/agentGroups").json(), "agentGroupId"))
                .containsExactly(SALES_AGENT_GROUP_ID, SALES_SUPERVISOR_GROUP_ID);
        assertThat(ids(get(SALES + "/agentGroups?page=0&maxRows=1").json(), "agentGroupId"))
                .containsExactly(SALES_AGENT_GROUP_ID);
        assertThat(ids(get(SALES + "/agentGroups?page=1&maxRows=1").json(), "agentGroupId"))
                .containsExactly(SALES_SUPERVISOR_GROUP_ID);
        assertThat(get(SALES + "/agentGroups?page=2&maxRows=1").json()).isEmpty();
        assertThat(ids(get(SALES + "/dialGroups/" + SALES_DIAL_GROUP_ID + "/campaigns?maxRows=1&page=1").json(),
                "campaignId")).containsExactly(CAMPAIGN_RENEWALS);
    }

    @Test
    void listsWithoutPagingInTheSpecIgnorePagingParameters() {
        String agents = SALES + "/agentGroups/" + SALES_AGENT_GROUP_ID + "/agents";

        assertThat(ids(get(agents + "?page=1&maxRows=1").json(), "agentId")).containsExactly(AGENT_ALICE, AGENT_BOB);
    }

    @ParameterizedTest
    @ValueSource(strings = { "?maxRows=0", "?page=-1&maxRows=5", "?maxRows=ten" })
    void invalidPagingIsAValidationError(String query) {
        TestHttp.Response response = get(SALES + "/agentGroups" + query);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("validationErrors")).hasSize(1);
    }

    @Test
    void createAnswers201WithTheNewResourceAndTemplateDefaults() {
        TestHttp.Response created = http.post(SALES + "/gateGroups/" + SALES_GATE_GROUP_ID + "/gates")
                .apiToken(API_TOKEN).json("{\"gateName\":\"Cola en espa\u00f1ol \u2713\",\"wrapTime\":20}").send();

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.contentType()).startsWith("application/json");
        JsonNode gate = created.json();
        int gateId = gate.get("gateId").asInt();
        assertThat(gateId).isGreaterThan(GATE_SUPPORT_MAIN);
        assertThat(gate.get("gateName").asText()).isEqualTo("Cola en espa\u00f1ol \u2713");
        assertThat(gate.get("wrapTime").asInt()).isEqualTo(20);
        assertThat(gate.get("slaTime").asInt()).isEqualTo(30);
        assertThat(gate.get("gateGroup").get("id").asInt()).isEqualTo(SALES_GATE_GROUP_ID);
        assertThat(gate.get("gateGroup").get("description").asText()).isEqualTo("Sales Queues");
        assertThat(get(SALES + "/gateGroups/" + SALES_GATE_GROUP_ID + "/gates/" + gateId).json()).isEqualTo(gate);
    }

    @Test
    void putChangesOnlyThePropertiesSentAndKeepsUnknownOnes() {
        String agents = SALES + "/agentGroups/" + SALES_AGENT_GROUP_ID + "/agents";
        JsonNode created = http.post(agents).apiToken(API_TOKEN).json("""
                {"username":"new.agent@engage-sim.example","firstName":"New","lastName":"Agent",
                 "futureProperty":{"nested":[1,2,3]},"team":"Blue"}""").send().json();
        String agent = agents + "/" + created.get("agentId").asInt();

        TestHttp.Response updated = http.put(agent).apiToken(API_TOKEN).json("{\"team\":\"Red\"}").send();

        assertThat(updated.status()).isEqualTo(200);
        JsonNode expected = ((ObjectNode) created.deepCopy()).put("team", "Red");
        assertThat(updated.json()).isEqualTo(expected);
        assertThat(updated.json().get("futureProperty").get("nested")).hasSize(3);
        assertThat(get(agent).json()).isEqualTo(expected);
    }

    @Test
    void getModifyPutRoundTripLosesNothing() {
        String campaign = SALES + "/dialGroups/" + SALES_DIAL_GROUP_ID + "/campaigns/" + CAMPAIGN_SPRING_PROMOTION;
        ObjectNode fetched = (ObjectNode) get(campaign).json();
        fetched.put("campaignDesc", "Edited").put("clientOnlyNote", "kept");

        TestHttp.Response updated = http.put(campaign).apiToken(API_TOKEN).json(fetched.toString()).send();

        assertThat(updated.json()).isEqualTo(fetched);
        assertThat(get(campaign).json()).isEqualTo(fetched);
    }

    @Test
    void putIgnoresAnIdInTheBodyAndValidatesWhatItChanges() {
        String group = SALES + "/agentGroups/" + SALES_AGENT_GROUP_ID;

        JsonNode updated = http.put(group).apiToken(API_TOKEN).json("{\"agentGroupId\":1,\"isDefault\":true}")
                .send().json();
        assertThat(updated.get("agentGroupId").asInt()).isEqualTo(SALES_AGENT_GROUP_ID);
        assertThat(updated.get("isDefault").asBoolean()).isTrue();

        TestHttp.Response blank = http.put(group).apiToken(API_TOKEN).json("{\"groupName\":\" \"}").send();
        assertThat(blank.status()).isEqualTo(400);
        assertThat(get(group).json().get("groupName").asText()).isEqualTo("Sales Agents");
    }

    @Test
    void createWithoutItsRequiredNameIsA400InTheDocumentedErrorShape() {
        TestHttp.Response response = http.post(SALES + "/agentGroups").apiToken(API_TOKEN)
                .json("{\"isDefault\":false}").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode error = response.json();
        assertThat(CurrentAuthenticationTest.fieldNames(error)).containsExactly("errorCode", "generalMessage",
                "details", "requestUri", "timestamp", "validationErrors");
        assertThat(error.get("errorCode").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(error.get("generalMessage").asText()).isEqualTo("The supplied data is not valid");
        assertThat(error.get("details").asText()).contains("groupName");
        assertThat(error.get("requestUri").asText())
                .isEqualTo("voice/api/v1/admin/accounts/" + SALES_ACCOUNT_ID + "/agentGroups - POST");
        assertThat(error.get("timestamp").isIntegralNumber()).isTrue();
        JsonNode fieldError = error.get("validationErrors").get(0);
        assertThat(fieldError.get("attributeName").asText()).isEqualTo("groupName");
        assertThat(fieldError.get("message").asText()).isNotBlank();
        assertThat(fieldError.get("value").isNull()).isTrue();
    }

    @Test
    void enumsAndBodiesAreValidated() {
        TestHttp.Response badMode = http.post(SALES + "/dialGroups").apiToken(API_TOKEN)
                .json("{\"dialGroupName\":\"X\",\"dialMode\":\"TURBO\"}").send();
        assertThat(badMode.status()).isEqualTo(400);
        assertThat(badMode.json().get("validationErrors").get(0).get("attributeName").asText()).isEqualTo("dialMode");
        assertThat(badMode.json().get("validationErrors").get(0).get("value").asText()).isEqualTo("TURBO");

        TestHttp.Response notJson = http.post(SALES + "/dialGroups").apiToken(API_TOKEN).json("{oops").send();
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().get("errorCode").asText()).isEqualTo("BAD_REQUEST");

        TestHttp.Response created = http.post(SALES + "/dialGroups").apiToken(API_TOKEN)
                .json("{\"dialGroupName\":\"Power hour\",\"dialMode\":\"POWER\"}").send();
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("hciEnabled").asText()).isEqualTo("DISABLED");
    }

    @Test
    void unknownIdsAre404InTheErrorShape() {
        TestHttp.Response response = get(SALES + "/agentGroups/999999");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("errorCode").asText()).isEqualTo("NOT_FOUND");
        assertThat(response.json().get("generalMessage").asText())
                .isEqualTo("The resource you have requested does not exist");
        assertThat(response.json().get("details").asText()).contains("999999");
        assertThat(get(SALES + "/agentGroups/999999/agents").status()).isEqualTo(404);
        // an agent is found only under its own group
        assertThat(get(SALES + "/agentGroups/" + SALES_SUPERVISOR_GROUP_ID + "/agents/" + AGENT_ALICE).status())
                .isEqualTo(404);
        // ids of another account are not visible through this one
        assertThat(get(SALES + "/agentGroups/" + SUPPORT_AGENT_GROUP_ID).status()).isEqualTo(404);
        assertThat(http.delete(SALES + "/gateGroups/999999").apiToken(API_TOKEN).send().status()).isEqualTo(404);
    }

    @Test
    void nonNumericIdsAre400() {
        assertThat(get(SALES + "/agentGroups/abc").status()).isEqualTo(400);
    }

    @Test
    void unknownAccountsAndTheTildeAliasAre403() {
        TestHttp.Response response = get("/voice/api/v1/admin/accounts/99999999/agentGroups");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("errorCode").asText()).isEqualTo("FORBIDDEN");
        assertThat(get("/voice/api/v1/admin/accounts/~/agentGroups").status()).isEqualTo(403);
    }

    @Test
    void duplicateAgentUsernameIsA409() {
        TestHttp.Response response = http.post(SALES + "/agentGroups/" + SALES_AGENT_GROUP_ID + "/agents")
                .apiToken(API_TOKEN)
                .json("{\"username\":\"ALICE.ANDERS@engage-sim.example\",\"firstName\":\"A\",\"lastName\":\"B\"}")
                .send();

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("errorCode").asText()).isEqualTo("CONFLICT");
    }

    @Test
    void deletingAGroupDeletesWhatIsInIt() {
        String group = SALES + "/gateGroups/" + SALES_GATE_GROUP_ID;

        TestHttp.Response deleted = http.delete(group).apiToken(API_TOKEN).send();

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body()).isEqualTo("true");
        assertThat(get(group).status()).isEqualTo(404);
        assertThat(get(group + "/gates/" + GATE_SALES_MAIN).status()).isEqualTo(404);
        assertThat(ids(get(SALES + "/gateGroups").json(), "gateGroupId")).isEmpty();
    }

    @Test
    void deletingADialGroupDeletesItsCampaignsAndLeads() {
        http.delete(SALES + "/dialGroups/" + SALES_DIAL_GROUP_ID).apiToken(API_TOKEN).send();

        TestHttp.Response count = http.post(SALES + "/campaignLeads/leadSearch?count=true").apiToken(API_TOKEN)
                .json("{}").send();
        assertThat(count.json().asInt()).isZero();
    }

    @Test
    void accountsListTheMainAccountAndItsSubAccounts() {
        JsonNode accounts = get("/voice/api/v1/admin/accounts").json();

        List<String> ids = new ArrayList<>();
        accounts.forEach(account -> ids.add(account.get("accountId").asText()));
        assertThat(ids).containsExactly(MAIN_ACCOUNT_ID, SALES_ACCOUNT_ID, SUPPORT_ACCOUNT_ID);
        assertThat(accounts.get(1).get("mainAccountId").asText()).isEqualTo(MAIN_ACCOUNT_ID);
    }

    @Test
    void usersAreATreeThatCanBeFlattenedAndFiltered() {
        JsonNode tree = get("/voice/api/v1/admin/users").json();
        assertThat(ids(tree, "userId")).containsExactly(ADMIN_USER_ID);
        assertThat(ids(tree.get(0).get("children"), "userId")).containsExactly(1002, 1003);

        assertThat(ids(get("/voice/api/v1/admin/users?flatten=true").json(), "userId"))
                .containsExactly(ADMIN_USER_ID, 1002, 1004, 1003);
        assertThat(ids(get("/voice/api/v1/admin/users?flatten=true&activeOnly=true").json(), "userId"))
                .containsExactly(ADMIN_USER_ID, 1002, 1004);
    }

    @ParameterizedTest
    @ValueSource(strings = { "application/json", "application/json;charset=UTF-8", "*/*", "text/plain",
            "application/xml, */*;q=0.1" })
    void acceptHeaderVariantsAllGetJson(String accept) {
        TestHttp.Response response = http.get(SALES + "/agentGroups").apiToken(API_TOKEN).header("Accept", accept)
                .send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/json");
    }

    @Test
    void unknownOperationsAre404AndWrongMethods405() {
        assertThat(get("/voice/api/v1/admin/nothingHere").status()).isEqualTo(404);
        assertThat(get("/voice/api/v1/admin/accounts/").status()).isEqualTo(404);
        assertThat(http.request("PATCH", SALES + "/agentGroups").apiToken(API_TOKEN).send().status()).isEqualTo(405);
        // without credentials the API root answers 401 before revealing anything
        assertThat(http.get("/voice/api/v1/admin/nothingHere").send().status()).isEqualTo(401);
    }

    static List<Integer> ids(JsonNode array, String idField) {
        List<Integer> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.get(idField).asInt()));
        return ids;
    }
}
