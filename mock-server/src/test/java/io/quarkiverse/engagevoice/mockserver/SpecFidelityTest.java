package io.quarkiverse.engagevoice.mockserver;

import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.*;
import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorSeed.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.engagevoice.mockserver.internal.routing.Route;

/**
 * Calls every operation the simulator serves and validates the answer against the response schema of that
 * operation in the official OpenAPI files (read from {@code ../shared/specs}; the test is skipped when they are
 * absent). It also checks that each route has the method and path the file gives its {@code operationId}.
 *
 * <p>
 * Where a file is known to be wrong, the documentation wins; the exceptions are:
 * <ul>
 * <li>{@code ringcx-openapi3.json} lacks the queue-group list and create ({@code getGateGroupList},
 * {@code createGateGroup}) and the authentication operations: those are checked against
 * {@code engage-voice-openapi3-all.json}, and the legacy login against {@code engage-voice-openapi3-legacy.json}.</li>
 * <li>The legacy file lists the legacy login under {@code /voice/api}; legacy servers serve it at
 * {@code /api/v1/auth/login}.</li>
 * <li>The files model the token exchange and refresh parameters as query parameters; the documentation sends a
 * form body, which is what the simulator reads (the answers are unaffected).</li>
 * <li>{@code searchForCampaignLeads} is typed {@code object}; it answers an array of
 * {@code CampaignLeadSearchResultsView} (the type of its sibling {@code leadSearchByPhoneList}), or a number with
 * {@code count=true}.</li>
 * <li>A gate names its group as {@code {"id","description"}} (official queue samples), which the
 * {@code GateGroup} schema does not declare.</li>
 * <li>The schema-level exceptions of {@link SchemaValidator}: nulls, date strings, collections as arrays,
 * {@code format: byte} as numbers.</li>
 * </ul>
 * The RingCentral platform token endpoint ({@code POST /restapi/oauth/token}) is in none of these files.
 */
class SpecFidelityTest {

    private static final String CURRENT_SPEC = "ringcx-openapi3.json";
    private static final List<String> SPEC_FILES = List.of(CURRENT_SPEC, "engage-voice-openapi3-all.json",
            "engage-voice-openapi3-legacy.json");
    private static final Map<String, Set<String>> TOLERATED_UNDECLARED = Map.of(
            "GateGroup", Set.of("id", "description"),
            "Errors", Set.of("errorCode"));

    private static final String A = "/voice/api/v1/admin/accounts/" + SALES_ACCOUNT_ID;
    private static final String LEAD_SEARCH_VIEW = """
            {"type":"array","items":\
            {"$ref":"#/components/schemas/CampaignLeadSearchResultsView"}}""";

    private static List<OpenApiSpec> specs;
    private static EngageVoiceSimulator current;
    private static EngageVoiceSimulator legacy;

    /** One call of an operation; {@code schemaOverride} replaces a response schema the file gets wrong. */
    private record Probe(String operationId, boolean onLegacy, Function<TestHttp, TestHttp.Response> call,
            String schemaOverride) {
    }

    @BeforeAll
    static void locateSpecsAndStart() {
        Path specsDir = specsDirectory();
        if (specsDir != null) {
            specs = SPEC_FILES.stream().map(name -> OpenApiSpec.read(specsDir.resolve(name))).toList();
            current = EngageVoiceSimulator.builder().start();
            legacy = EngageVoiceSimulator.builder().legacy(true).start();
        }
    }

    /** Per test rather than per class, so that the report counts the skipped tests. */
    @BeforeEach
    void requireSpecs() {
        Assumptions.assumeTrue(specs != null,
                "the official OpenAPI files (../shared/specs) are not here: spec fidelity not checked");
    }

    @AfterAll
    static void stop() {
        if (current != null) {
            current.close();
            legacy.close();
        }
    }

    /**
     * {@code -Dengagevoice.shared.dir} (the parent POM sets it for surefire) when given, else {@code ../shared}
     * next to the project root; {@code null} when the specs are not there.
     */
    private static Path specsDirectory() {
        String configured = System.getProperty("engagevoice.shared.dir");
        List<Path> candidates = configured != null && !configured.isBlank() ? List.of(Path.of(configured))
                : List.of(Path.of("..", "..", "shared"), Path.of("..", "shared")); // from the module, from the root
        return candidates.stream()
                .map(dir -> dir.resolve("specs"))
                .filter(dir -> Files.isRegularFile(dir.resolve(CURRENT_SPEC)))
                .findFirst().orElse(null);
    }

    @Test
    void everyOperationAnswersWhatItsSchemaDescribes() {
        List<Probe> probes = probes();
        Set<String> served = new TreeSet<>();
        List<String> outsideTheFiles = new ArrayList<>();
        for (EngageVoiceSimulator simulator : List.of(current, legacy)) {
            for (Route route : simulator.routes()) {
                if (route.operationId() == null) {
                    outsideTheFiles.add(route.method() + " " + route.template().text());
                } else {
                    served.add(route.operationId());
                }
            }
        }
        Set<String> probed = probes.stream().map(Probe::operationId).collect(Collectors.toCollection(TreeSet::new));
        assertThat(probed).as("every served operation has a probe").isEqualTo(served);

        List<String> problems = new ArrayList<>();
        for (EngageVoiceSimulator simulator : List.of(current, legacy)) {
            for (Route route : simulator.routes()) {
                if (route.operationId() != null) {
                    problems.addAll(checkRoute(route, simulator.legacy()));
                }
            }
        }
        for (Probe probe : probes) {
            problems.addAll(checkAnswer(probe));
        }

        System.out.printf("Spec fidelity: %d operations checked (%d calls) against the official OpenAPI files;"
                + " not in them: %s%n", served.size(), probes.size(), outsideTheFiles);
        assertThat(problems).as("differences from the OpenAPI files").isEmpty();
    }

    @Test
    void errorAnswersFollowTheErrorsSchema() {
        TestHttp http = new TestHttp(current);
        OpenApiSpec spec = specs.get(0);
        SchemaValidator validator = new SchemaValidator(spec, TOLERATED_UNDECLARED);
        List<TestHttp.Response> errors = List.of(
                http.post(A + "/agentGroups").apiToken(API_TOKEN).json("{}").send(),
                http.get(A + "/agentGroups/999999").apiToken(API_TOKEN).send(),
                http.get("/voice/api/v1/admin/accounts/99999999/dialGroups").apiToken(API_TOKEN).send(),
                http.post(A + "/dialGroups").apiToken(API_TOKEN).json("[").send());

        for (TestHttp.Response error : errors) {
            assertThat(error.status()).isIn(400, 403, 404);
            assertThat(validator.validate(error.json(), json("{\"$ref\":\"#/components/schemas/Errors\"}")))
                    .as(error.toString()).isEmpty();
        }
    }

    /**
     * The route must have the documented method and path; on the legacy layout the path is the documented one
     * with {@code /voice/api} replaced by {@code /api} (the files list every path under {@code /voice/api}).
     */
    private List<String> checkRoute(Route route, boolean legacyLayout) {
        OpenApiSpec.Operation operation = find(route.operationId());
        List<String> problems = new ArrayList<>();
        if (!operation.method().equals(route.method())) {
            problems.add(route.operationId() + ": served as " + route.method() + ", documented as "
                    + operation.method());
        }
        String expectedPath = legacyLayout ? operation.path().replaceFirst("^/voice/api/", "/api/")
                : operation.path();
        if (!expectedPath.equals(route.template().text())) {
            problems.add(route.operationId() + ": served at " + route.template().text() + ", documented at "
                    + operation.path());
        }
        return problems;
    }

    private List<String> checkAnswer(Probe probe) {
        current.reset();
        legacy.reset();
        TestHttp.Response response = probe.call().apply(new TestHttp(probe.onLegacy() ? legacy : current));
        String label = probe.operationId() + " (" + response.status() + ")";
        if (response.status() < 200 || response.status() > 299) {
            return List.of(label + ": the probe failed: " + response.body());
        }
        OpenApiSpec.Operation operation = find(probe.operationId());
        JsonNode content = operation.node().path("responses").path(String.valueOf(response.status()))
                .path("content");
        String mediaType = mediaType(content, response.contentType());
        if (mediaType == null) {
            return List.of(label + ": the file documents no " + response.contentType() + " answer for this status");
        }
        JsonNode schema = probe.schemaOverride() != null ? json(probe.schemaOverride())
                : content.get(mediaType).path("schema");
        JsonNode body = response.contentType().startsWith("text/plain") ? textAsJson(response.body(), schema)
                : response.json();
        SchemaValidator validator = new SchemaValidator(operation.spec(), TOLERATED_UNDECLARED);
        return validator.validate(body, schema).stream()
                .map(problem -> label + " [" + operation.spec().fileName() + "]: " + problem)
                .toList();
    }

    /** The documented media type that fits the answer: its own type, else {@code *}/{@code *}. */
    private static String mediaType(JsonNode content, String contentType) {
        String answered = contentType == null ? "" : contentType.split(";")[0].trim();
        for (Iterator<String> names = content.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (name.equals(answered)) {
                return name;
            }
        }
        return content.has("*/*") ? "*/*" : null;
    }

    /** A {@code text/plain} body as the JSON value its schema types it as. */
    private static JsonNode textAsJson(String body, JsonNode schema) {
        String type = schema.path("type").asText();
        return type.equals("string") ? TestHttp.JSON.getNodeFactory().textNode(body) : json(body);
    }

    private static OpenApiSpec.Operation find(String operationId) {
        return specs.stream()
                .map(spec -> spec.operation(operationId))
                .flatMap(java.util.Optional::stream)
                .findFirst()
                .orElseThrow(() -> new AssertionError(operationId + " is in none of the OpenAPI files"));
    }

    private static JsonNode json(String text) {
        try {
            return TestHttp.JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    private static TestHttp.Response get(TestHttp http, String path) {
        return http.get(path).apiToken(API_TOKEN).send();
    }

    private static String createdId(TestHttp http, String collection, String body, String idField) {
        return http.post(collection).apiToken(API_TOKEN).json(body).send().json().get(idField).asText();
    }

    private static List<Probe> probes() {
        Map<String, Function<TestHttp, TestHttp.Response>> calls = new LinkedHashMap<>();
        calls.put("getAllAccounts", http -> get(http, "/voice/api/v1/admin/accounts"));
        calls.put("listAllUsers", http -> get(http, "/voice/api/v1/admin/users"));
        calls.put("createApiTokenForLoggedInUser", http -> http.post("/voice/api/v1/admin/token")
                .bearer(Logins.accessToken(http)).send());
        calls.put("getApiTokensForLoggedInUser", http -> get(http, "/voice/api/v1/admin/token"));
        calls.put("removeApiToken", http -> {
            String token = http.post("/voice/api/v1/admin/token").apiToken(API_TOKEN).send().body();
            return http.delete("/voice/api/v1/admin/token/" + token).apiToken(API_TOKEN).send();
        });

        crud(calls, A + "/agentGroups", "AgentGroup", "{\"groupName\":\"Probe group\"}", "agentGroupId",
                SALES_AGENT_GROUP_ID + "?includePermissions=true", "{\"groupName\":\"Renamed\"}");
        crud(calls, A + "/agentGroups/" + SALES_AGENT_GROUP_ID + "/agents", "Agent",
                "{\"username\":\"probe@engage-sim.example\",\"firstName\":\"Probe\",\"lastName\":\"Agent\"}",
                "agentId", String.valueOf(AGENT_ALICE), "{\"team\":\"Red\"}");
        crud(calls, A + "/gateGroups", "GateGroup", "{\"groupName\":\"Probe queues\"}", "gateGroupId",
                String.valueOf(SALES_GATE_GROUP_ID), "{\"groupName\":\"Renamed\"}");
        crud(calls, A + "/gateGroups/" + SALES_GATE_GROUP_ID + "/gates", "Gate", "{\"gateName\":\"Probe queue\"}",
                "gateId", String.valueOf(GATE_SALES_MAIN), "{\"wrapTime\":12}");
        crud(calls, A + "/dialGroups", "DialGroup", "{\"dialGroupName\":\"Probe\",\"dialMode\":\"PREVIEW\"}",
                "dialGroupId", String.valueOf(SALES_DIAL_GROUP_ID), "{\"maxPorts\":4}");
        crud(calls, A + "/dialGroups/" + SALES_DIAL_GROUP_ID + "/campaigns", "Campaign",
                "{\"campaignName\":\"Probe campaign\"}", "campaignId", String.valueOf(CAMPAIGN_SPRING_PROMOTION),
                "{\"maxPasses\":5}");

        calls.put("loadDirectLeads", http -> http.post(A + "/campaigns/" + CAMPAIGN_RENEWALS + "/leadLoader/direct")
                .apiToken(API_TOKEN).json("""
                        {"uploadLeads":[{"leadPhone":"6505550150","firstName":"P"},\
                        {"leadPhone":"1"}]}""")
                .send());
        calls.put("performLeadAction", http -> http.put(A + "/campaignLeads/actions?leadAction=PAUSE_LEADS")
                .apiToken(API_TOKEN).json("{\"campaignLeadSearchCriteria\":{\"leadIds\":[7001]}}").send());
        calls.put("getProductActiveCallsListRequest", http -> get(http, A + "/activeCalls/list"));
        calls.put("hangupCall", http -> http.post(A + "/activeCalls/" + CALL_INBOUND_SALES + "/hangupCall")
                .apiToken(API_TOKEN).send());
        calls.put("dispositionCall", http -> http.post(A + "/activeCalls/" + CALL_OUTBOUND_SALES
                + "/dispositionCall?disposition=Sale&callback=false").apiToken(API_TOKEN).send());

        calls.put("loginWithRcAccessToken", http -> Logins.exchange(http, Logins.rcAccessToken(http)));
        calls.put("refreshAccessToken", http -> http.post("/api/auth/token/refresh")
                .form("refresh_token", Logins.engageLogin(http).get("refreshToken").asText()).send());
        calls.put("loginAdmin", http -> http.post("/api/auth/login/admin?username=" + ENGAGE_USERNAME
                + "&password=" + ENGAGE_PASSWORD + "&platformId=" + ENGAGE_PLATFORM_ID).send());

        List<Probe> probes = new ArrayList<>();
        calls.forEach((operationId, call) -> probes.add(new Probe(operationId, false, call, null)));
        probes.add(new Probe("searchForCampaignLeads", false, http -> http.post(A + "/campaignLeads/leadSearch")
                .apiToken(API_TOKEN).json("{\"campaignIds\":[" + CAMPAIGN_SPRING_PROMOTION + "]}").send(),
                LEAD_SEARCH_VIEW));
        probes.add(new Probe("searchForCampaignLeads", false, http -> http
                .post(A + "/campaignLeads/leadSearch?count=true").apiToken(API_TOKEN).json("{}").send(),
                "{\"type\":\"integer\",\"format\":\"int32\"}"));
        probes.add(new Probe("doLogin", true, http -> http.post("/api/v1/auth/login")
                .form("username", LEGACY_USERNAME, "password", LEGACY_PASSWORD).send(), null));
        return probes;
    }

    /** Probes for list, create, get, update and delete of one resource named {@code name} in operationIds. */
    private static void crud(Map<String, Function<TestHttp, TestHttp.Response>> calls, String collection,
            String name, String createBody, String idField, String existing, String change) {
        String existingId = existing.split("\\?")[0];
        calls.put(listOperation(name), http -> get(http, collection + "?page=0&maxRows=10"));
        calls.put("create" + name, http -> http.post(collection).apiToken(API_TOKEN).json(createBody).send());
        calls.put("get" + name, http -> get(http, collection + "/" + existing));
        calls.put("update" + name, http -> http.put(collection + "/" + existingId).apiToken(API_TOKEN).json(change)
                .send());
        calls.put("delete" + name, http -> http.delete(collection + "/"
                + createdId(http, collection, createBody, idField)).apiToken(API_TOKEN).send());
    }

    private static String listOperation(String name) {
        return name.equals("DialGroup") ? "getDialGroupListByAccount" : "get" + name + "List";
    }
}
