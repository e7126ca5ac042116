package io.quarkiverse.engagevoice.client.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkiverse.engagevoice.client.api.ActiveCallsApi;
import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.api.AgentsApi;
import io.quarkiverse.engagevoice.client.api.ApiTokensApi;
import io.quarkiverse.engagevoice.client.api.CampaignLeadsApi;
import io.quarkiverse.engagevoice.client.api.UsersApi;
import io.quarkiverse.engagevoice.client.api.reporting.AgentStateSubscriptionsApi;
import io.quarkiverse.engagevoice.client.api.reporting.CallSummariesApi;
import io.quarkiverse.engagevoice.client.error.ConflictException;
import io.quarkiverse.engagevoice.client.error.EngageVoiceException;
import io.quarkiverse.engagevoice.client.error.InvalidRequestException;
import io.quarkiverse.engagevoice.client.error.PermissionDeniedException;
import io.quarkiverse.engagevoice.client.error.RateLimitedException;
import io.quarkiverse.engagevoice.client.error.ResourceNotFoundException;
import io.quarkiverse.engagevoice.client.error.ServiceErrorException;
import io.quarkiverse.engagevoice.client.error.UnauthorizedException;
import io.quarkiverse.engagevoice.client.model.Account;
import io.quarkiverse.engagevoice.client.model.Agent;
import io.quarkiverse.engagevoice.client.model.AgentGroup;
import io.quarkiverse.engagevoice.client.model.CampaignLead;
import io.quarkiverse.engagevoice.client.model.LeadAction;
import io.quarkiverse.engagevoice.client.model.LeadLoadRequest;
import io.quarkiverse.engagevoice.client.model.LeadLoadResult;
import io.quarkiverse.engagevoice.client.model.LeadSearchCriteria;
import io.quarkiverse.engagevoice.client.model.LeadSearchResult;
import io.quarkiverse.engagevoice.client.model.ProductType;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Request;

/**
 * What the client must put on the wire, checked against a real HTTP server that records each request. Each runtime
 * (plain RESTEasy, Quarkus) runs the same contract with its own clients, one per {@link Variant}.
 */
public abstract class WireContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A value with every character that could break a URL if it were not encoded. */
    protected static final String AWKWARD = "a b&c=d+é/?#%";

    /** The server the clients of every variant point at. */
    protected abstract RecordingServer server();

    /** The client of a variant (see {@link Variant#settings}). */
    protected abstract EngageVoiceClient client(Variant variant);

    protected <T> T api(Variant variant, Class<T> type) {
        return client(variant).api(type);
    }

    @BeforeEach
    void resetServer() {
        server().reset();
    }

    @Test
    void currentServersUseTheVoiceApiRoot() {
        server().enqueue(Answer.json(200, "[{\"accountId\":\"1001\",\"accountName\":\"Main\"}]"));
        List<Account> accounts = api(Variant.CURRENT, AccountsApi.class).list();
        server().enqueue(Answer.json(200, "{\"agentId\":5}"));
        api(Variant.CURRENT, AgentsApi.class).get("1001", 7, 5);
        server().enqueue(Answer.json(200, "[]"));
        api(Variant.CURRENT, UsersApi.class).list(true, false);

        assertThat(accounts).extracting(Account::getAccountId).containsExactly("1001");
        assertThat(server().requests()).extracting(r -> r.method() + " " + r.rawPath() + query(r)).containsExactly(
                "GET /voice/api/v1/admin/accounts",
                "GET /voice/api/v1/admin/accounts/1001/agentGroups/7/agents/5",
                "GET /voice/api/v1/admin/users?activeOnly=true&flatten=false");
    }

    @Test
    void legacyServersUseTheApiRoot() {
        server().enqueue(Answer.json(200, "[]"));
        api(Variant.LEGACY, AccountsApi.class).list();
        server().enqueue(Answer.json(200, "[]"));
        api(Variant.LEGACY, AgentGroupsApi.class).list("1001", 2, 25);
        server().enqueue(Answer.text(200, "aws80:new-token"));
        api(Variant.LEGACY, ApiTokensApi.class).create();

        assertThat(server().requests()).extracting(r -> r.method() + " " + r.rawPath() + query(r)).containsExactly(
                "GET /api/v1/admin/accounts",
                "GET /api/v1/admin/accounts/1001/agentGroups?page=2&maxRows=25",
                "POST /api/v1/admin/token");
    }

    @Test
    void ringCxIntegrationOperationsAreRefusedOnLegacyServersBeforeSending() {
        Throwable refused = catchThrowable(
                () -> api(Variant.LEGACY, AgentStateSubscriptionsApi.class).list("400123456008", "1001"));
        server().enqueue(Answer.json(200, "[]"));
        api(Variant.CURRENT, AgentStateSubscriptionsApi.class).list("400123456008", "1001");

        assertThat(rootCause(refused)).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("AgentStateSubscriptionsApi.list").hasMessageContaining("legacy servers");
        assertThat(server().requests()).extracting(Request::rawPath)
                .containsExactly(
                        "/voice/api/cx/integration/v1/accounts/400123456008/sub-accounts/1001/agent-states/subscriptions");
    }

    @Test
    void callSummariesCarryTheAccessTokenAsACookieAndAnswerText() {
        server().enqueue(Answer.text(200, "Customer asked for a refund; agent approved it."));

        String summary = api(Variant.CURRENT, CallSummariesApi.class).agentSummary("1001", "seg-42");

        assertThat(summary).isEqualTo("Customer asked for a refund; agent approved it.");
        Request r = server().lastRequest();
        assertThat(r.method() + " " + r.rawPath()).isEqualTo("GET /voice/api/v1/summary/accounts/1001/segments/seg-42/agent");
        assertThat(r.header("Cookie")).isEqualTo("access_token=" + Variant.ACCESS_TOKEN);
        assertThat(r.header("Authorization")).isEqualTo("Bearer " + Variant.ACCESS_TOKEN);
    }

    @Test
    void otherOperationsSendNoCookie() {
        server().enqueue(Answer.json(200, "[]"));
        api(Variant.CURRENT, AccountsApi.class).list();
        assertThat(server().lastRequest().header("Cookie")).isNull();
    }

    @Test
    void accessTokensGoAsBearerOnCurrentServersAndAsXAuthTokenOnLegacyOnes() {
        api(Variant.CURRENT, AgentGroupsApi.class).get("1001", 1);
        Request current = server().lastRequest();
        api(Variant.LEGACY, AgentGroupsApi.class).get("1001", 1);
        Request legacy = server().lastRequest();

        assertThat(current.header("Authorization")).isEqualTo("Bearer " + Variant.ACCESS_TOKEN);
        assertThat(current.header("X-Auth-Token")).isNull();
        assertThat(legacy.header("X-Auth-Token")).isEqualTo(Variant.LEGACY_TOKEN);
        assertThat(legacy.header("Authorization")).isNull();
    }

    @Test
    void apiTokensGoAsXAuthToken() {
        api(Variant.API_TOKEN, AgentGroupsApi.class).get("1001", 1);

        assertThat(server().lastRequest().header("X-Auth-Token")).isEqualTo(Variant.API_TOKEN_VALUE);
        assertThat(server().lastRequest().header("Authorization")).isNull();
    }

    @Test
    void everyRequestOfAClientCarriesTheSameValidUserAgent() {
        server().answerByDefault(Answer.json(200, "[]"));
        for (int i = 0; i < 100; i++) {
            if (i % 2 == 0) {
                api(Variant.CURRENT, AccountsApi.class).list();
            } else {
                api(Variant.CURRENT, AgentGroupsApi.class).list("1001");
            }
        }

        List<String> agents = server().requests().stream().map(r -> r.header("User-Agent")).toList();
        assertThat(agents).hasSize(100).containsOnly(client(Variant.CURRENT).userAgent());
        assertThat(agents.get(0)).matches("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+/[!#$%&'*+\\-.^_`|~0-9A-Za-z]+ \\(.*\\)")
                .contains("engage-voice-client/");
    }

    @Test
    void headerOverrideTunnelsPutAndDeleteThroughPostKeepingTheBody() throws Exception {
        server().enqueue(Answer.json(200, "{\"agentGroupId\":7,\"groupName\":\"Renamed\"}"));
        api(Variant.OVERRIDE_HEADER, AgentGroupsApi.class).update("1001", 7, AgentGroup.named("Renamed"));
        Request put = server().lastRequest();
        server().enqueue(Answer.json(200, "true"));
        api(Variant.OVERRIDE_HEADER, AgentGroupsApi.class).delete("1001", 7);
        Request delete = server().lastRequest();

        assertThat(put.method()).isEqualTo("POST");
        assertThat(put.header("X-HTTP-Method-Override")).isEqualTo("PUT");
        assertThat(put.rawQuery()).isNull();
        assertThat(put.header("Content-Type")).startsWith("application/json");
        assertThat(JSON.readTree(put.body())).isEqualTo(JSON.readTree("{\"groupName\":\"Renamed\"}"));
        assertThat(delete.method()).isEqualTo("POST");
        assertThat(delete.header("X-HTTP-Method-Override")).isEqualTo("DELETE");
        assertThat(delete.rawPath()).isEqualTo("/voice/api/v1/admin/accounts/1001/agentGroups/7");
    }

    @Test
    void queryOverrideTunnelsPutAndDeleteThroughPost() throws Exception {
        server().enqueue(Answer.json(200, "{\"agentId\":5}"));
        Agent changes = new Agent();
        changes.setFirstName("Zoë");
        api(Variant.OVERRIDE_QUERY, AgentsApi.class).update("1001", 7, 5, changes);
        Request put = server().lastRequest();
        server().enqueue(Answer.json(200, "true"));
        api(Variant.OVERRIDE_QUERY, AgentsApi.class).delete("1001", 7, 5);
        Request delete = server().lastRequest();

        assertThat(put.method()).isEqualTo("POST");
        assertThat(put.rawQuery()).isEqualTo("_method=PUT");
        assertThat(put.header("X-HTTP-Method-Override")).isNull();
        assertThat(JSON.readTree(put.body())).isEqualTo(JSON.readTree("{\"firstName\":\"Zoë\"}"));
        assertThat(delete.method()).isEqualTo("POST");
        assertThat(delete.rawQuery()).isEqualTo("_method=DELETE");
    }

    @Test
    void queryOverrideIsAddedToTheExistingQuery() {
        server().enqueue(Answer.json(200, "\"ok\""));
        api(Variant.OVERRIDE_QUERY, EchoApi.class).put("v", "x y", "{}");

        Request put = server().lastRequest();
        assertThat(put.method()).isEqualTo("POST");
        assertThat(put.queryParams()).containsExactly(Map.entry("q", List.of("x y")), Map.entry("_method", List.of("PUT")));
    }

    @Test
    void aRequestNamingADifferentOverrideIsRefusedAndNothingIsSent() {
        Throwable differentHeader = catchThrowable(
                () -> api(Variant.OVERRIDE_HEADER, EchoApi.class).putWithOverrides("v", "DELETE", null, "{}"));
        Throwable bothForms = catchThrowable(
                () -> api(Variant.CURRENT, EchoApi.class).putWithOverrides("v", "PUT", "DELETE", "{}"));

        assertThat(rootCause(differentHeader)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'DELETE'").hasMessageContaining("PUT");
        assertThat(rootCause(bothForms)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two different method overrides");
        assertThat(server().requests()).isEmpty();
    }

    @Test
    void aMatchingOverrideIsNotSentTwice() {
        server().enqueue(Answer.json(200, "\"ok\""));
        api(Variant.OVERRIDE_HEADER, EchoApi.class).putWithOverrides("v", "PUT", null, "{}");

        Request r = server().lastRequest();
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.headers().get("x-http-method-override")).containsExactly("PUT");
        assertThat(r.rawQuery()).isNull();
    }

    @Test
    void getAndPostAreNeverTunnelled() {
        server().enqueue(Answer.json(200, "[]"));
        api(Variant.OVERRIDE_HEADER, AgentGroupsApi.class).list("1001");
        Request get = server().lastRequest();
        server().enqueue(Answer.json(200, "{\"agentGroupId\":8}"));
        api(Variant.OVERRIDE_QUERY, AgentGroupsApi.class).create("1001", AgentGroup.named("New"));
        Request post = server().lastRequest();

        assertThat(get.method()).isEqualTo("GET");
        assertThat(get.header("X-HTTP-Method-Override")).isNull();
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.rawQuery()).isNull();
        assertThat(post.header("X-HTTP-Method-Override")).isNull();
    }

    @Test
    void withoutOverrideMethodsGoAsTheyAre() {
        server().enqueue(Answer.json(200, "{}"));
        api(Variant.CURRENT, AgentGroupsApi.class).update("1001", 7, AgentGroup.named("x"));
        assertThat(server().lastRequest().method()).isEqualTo("PUT");
        assertThat(server().lastRequest().header("X-HTTP-Method-Override")).isNull();
    }

    @Test
    void queryAndPathValuesArriveUnchanged() {
        server().enqueue(Answer.json(200, "\"ok\""));
        api(Variant.CURRENT, EchoApi.class).get(AWKWARD, AWKWARD, List.of("1", AWKWARD));

        Request r = server().lastRequest();
        assertThat(r.queryParams()).containsExactly(Map.entry("q", List.of(AWKWARD)),
                Map.entry("ids", List.of("1", AWKWARD)));
        assertThat(r.rawPath()).startsWith("/voice/api/v1/echo/");
        String segment = r.rawPath().substring("/voice/api/v1/echo/".length());
        assertThat(segment).doesNotContain("/", "?", "#");
        assertThat(decodePathSegment(segment)).isEqualTo(AWKWARD);
    }

    @Test
    void dotSegmentsCannotChangeThePath() {
        Throwable thrown = catchThrowable(() -> api(Variant.CURRENT, EchoApi.class).get("..", null, null));

        assertThat(rootCause(thrown)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'..'");
        assertThat(server().requests()).isEmpty();
    }

    @Test
    void anUpdateSendsOnlyTheChangedProperties() throws Exception {
        server().enqueue(Answer.json(200, "{\"agentGroupId\":7,\"groupName\":\"Night shift\",\"isDefault\":false}"));
        AgentGroup updated = api(Variant.CURRENT, AgentGroupsApi.class).update("1001", 7, AgentGroup.named("Night shift"));

        assertThat(JSON.readTree(server().lastRequest().body())).isEqualTo(JSON.readTree("{\"groupName\":\"Night shift\"}"));
        assertThat(updated.getIsDefault()).isFalse();
    }

    @Test
    void unknownPropertiesSurviveAGetModifyPutRoundTrip() throws Exception {
        String original = """
                {"agentGroupId":7,"groupName":"Day","isDefault":true,\
                "permissions":["VIEW"],"futureSetting":{"depth":2,"tags":["a","b"]}}""";
        server().enqueue(Answer.json(200, original));
        AgentGroup group = api(Variant.CURRENT, AgentGroupsApi.class).get("1001", 7);
        group.setGroupName("Evening");
        server().enqueue(Answer.json(200, "{}"));
        api(Variant.CURRENT, AgentGroupsApi.class).update("1001", 7, group);

        JsonNode sent = JSON.readTree(server().lastRequest().body());
        JsonNode expected = JSON.readTree(original.replace("\"Day\"", "\"Evening\""));
        assertThat(sent).isEqualTo(expected);
    }

    @Test
    void theAccountAliasIsReplacedByTheConfiguredAccount() {
        server().enqueue(Answer.json(200, "[]"));
        api(Variant.CURRENT, AgentGroupsApi.class).list("~");
        assertThat(server().lastRequest().rawPath()).isEqualTo("/voice/api/v1/admin/accounts/1001/agentGroups");
    }

    @Test
    void anUnresolvableAccountAliasIsAnErrorAndNothingIsSent() {
        Throwable thrown = catchThrowable(() -> api(Variant.NO_ACCOUNT, AgentGroupsApi.class).list("~"));

        assertThat(rootCause(thrown)).isInstanceOf(IllegalStateException.class).hasMessageContaining("account alias '~'")
                .hasMessageContaining("account-id");
        assertThat(server().requests()).isEmpty();
    }

    @Test
    void badRequestCarriesTheValidationErrors() {
        server().enqueue(Answer.json(400, """
                {"errorCode":"VALIDATION","generalMessage":"Invalid agent group",\
                "details":"groupName is required","requestUri":"/voice/api/v1/admin/accounts/1001/agentGroups",\
                "timestamp":1588948847000,"validationErrors":[{"attributeName":"groupName",\
                "message":"must not be blank","value":""}]}"""));

        InvalidRequestException e = (InvalidRequestException) catchThrowable(
                () -> api(Variant.CURRENT, AgentGroupsApi.class).create("1001", new AgentGroup()));

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.errorCode()).contains("VALIDATION");
        assertThat(e.serverMessage()).contains("Invalid agent group");
        assertThat(e.serverDetails()).contains("groupName is required");
        assertThat(e.requestUri()).isEqualTo("/voice/api/v1/admin/accounts/1001/agentGroups");
        assertThat(e.timestamp()).contains("1588948847000");
        assertThat(e.validationErrors()).singleElement()
                .satisfies(v -> assertThat(v.attributeName()).isEqualTo("groupName"));
        assertThat(e.operation()).isEqualTo("AgentGroupsApi.create");
        assertThat(e.getMessage()).contains("AgentGroupsApi.create", "POST /v1/admin/accounts/{accountId}/agentGroups",
                "400", "Invalid agent group", "groupName: must not be blank");
    }

    @Test
    void anErrorOfADefaultMethodIsNamedAfterItAndTheRequestItDelegatesTo() {
        server().enqueue(Answer.json(403, "{\"generalMessage\":\"You do not have permission to access this resource\"}"));

        PermissionDeniedException e = (PermissionDeniedException) catchThrowable(
                () -> api(Variant.CURRENT, AgentGroupsApi.class).list("1001")); // default list(accountId, null, null)

        assertThat(server().requests()).singleElement().satisfies(r -> assertThat(r.method() + " " + r.rawPath() + query(r))
                .isEqualTo("GET /voice/api/v1/admin/accounts/1001/agentGroups"));
        assertThat(e.status()).isEqualTo(403);
        assertThat(e.operation()).isEqualTo("AgentGroupsApi.list");
        assertThat(e.getMessage()).contains("AgentGroupsApi.list", "GET /v1/admin/accounts/{accountId}/agentGroups", "403",
                "You do not have permission");
    }

    @Test
    void unauthorizedReadsThePlainTextBodyAndNeverShowsTheToken() {
        server().enqueue(Answer.text(401, "Jwt is expired"));

        UnauthorizedException e = (UnauthorizedException) catchThrowable(
                () -> api(Variant.CURRENT, AgentGroupsApi.class).get("1001", 7));

        assertThat(e.status()).isEqualTo(401);
        assertThat(e.serverMessage()).contains("Jwt is expired");
        assertThat(e.getMessage()).contains("AgentGroupsApi.get", "401", "Jwt is expired")
                .doesNotContain(Variant.ACCESS_TOKEN).doesNotContain("1001");
        assertThat(e.toString()).doesNotContain(Variant.ACCESS_TOKEN);
    }

    @Test
    void theSecondErrorShapeIsRead() {
        server().enqueue(Answer.json(403, "{\"errorCode\":\"ACCESS_DENIED\",\"message\":\"Not allowed\"}"));

        PermissionDeniedException e = (PermissionDeniedException) catchThrowable(
                () -> api(Variant.CURRENT, AccountsApi.class).list());

        assertThat(e.errorCode()).contains("ACCESS_DENIED");
        assertThat(e.serverMessage()).contains("Not allowed");
        assertThat(e.requestUri()).isEqualTo("GET /v1/admin/accounts");
    }

    @Test
    void eachStatusHasItsException() {
        server().enqueue(Answer.json(404, "{\"generalMessage\":\"Agent group not found\"}"));
        server().enqueue(Answer.json(409, "{\"errorCode\":\"DUPLICATE\",\"generalMessage\":\"exists\"}"));
        server().enqueue(Answer.text(429, "Too Many Requests").withHeader("Retry-After", "3600"));
        server().enqueue(Answer.text(429, "Too Many Requests"));
        server().enqueue(Answer.json(500, "{\"generalMessage\":\"boom\"}"));
        AgentGroupsApi api = api(Variant.CURRENT, AgentGroupsApi.class);

        assertThatThrownBy(() -> api.get("1001", 1)).isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Agent group not found");
        assertThatThrownBy(() -> api.create("1001", AgentGroup.named("x"))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("DUPLICATE");
        RateLimitedException limited = (RateLimitedException) catchThrowable(() -> api.list("1001"));
        assertThat(limited.retryAfter()).contains(Duration.ofSeconds(3600));
        RateLimitedException limitedWithoutHint = (RateLimitedException) catchThrowable(() -> api.list("1001"));
        assertThat(limitedWithoutHint.retryAfter()).isEmpty();
        assertThatThrownBy(() -> api.get("1001", 1)).isInstanceOf(ServiceErrorException.class)
                .isInstanceOf(EngageVoiceException.class).hasMessageContaining("500");
    }

    @Test
    void tokensAreCreatedAsTextListedAndRevoked() {
        server().enqueue(Answer.text(200, "aws80:11111111-2222-4333-8444-555555555555"));
        server().enqueue(Answer.json(200, "[\"aws80:11111111-2222-4333-8444-555555555555\"]"));
        server().enqueue(Answer.text(200, "true"));
        ApiTokensApi tokens = api(Variant.CURRENT, ApiTokensApi.class);

        String created = tokens.create();
        List<String> listed = tokens.list();
        tokens.revoke(created);

        assertThat(created).isEqualTo("aws80:11111111-2222-4333-8444-555555555555");
        assertThat(listed).containsExactly(created);
        assertThat(server().requests()).extracting(r -> r.method() + " " + r.rawPath()).containsExactly(
                "POST /voice/api/v1/admin/token",
                "GET /voice/api/v1/admin/token",
                "DELETE /voice/api/v1/admin/token/aws80:11111111-2222-4333-8444-555555555555");
    }

    @Test
    void leadsAreLoadedSearchedAndCounted() throws Exception {
        server().enqueue(
                Answer.json(200, "{\"leadsSupplied\":2,\"leadsInserted\":2,\"processingStatus\":\"DEFAULT_NOT_A_FAILURE\"}"));
        server().enqueue(Answer.json(200, """
                [{"leadId":9,"externId":"ext-1","leadState":"READY",\
                "loadedDts":"2020-05-08T14:40:47.000+0000"}]"""));
        server().enqueue(Answer.json(200, "2"));
        CampaignLeadsApi leads = api(Variant.CURRENT, CampaignLeadsApi.class);

        LeadLoadResult loaded = leads.loadDirect("~", 42, LeadLoadRequest.of("Spring list",
                List.of(CampaignLead.of("ext-1", "5551230001", "Ada", "Lovelace"),
                        CampaignLead.of("ext-2", "5551230002", "Alan", "Turing"))));
        List<LeadSearchResult> found = leads.search("~", 0, 50, LeadSearchCriteria.campaigns(42));
        long count = leads.count("~", LeadSearchCriteria.campaigns(42));

        assertThat(loaded.getLeadsInserted()).isEqualTo(2);
        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.getExternId()).isEqualTo("ext-1");
            assertThat(r.getLoadedDts()).isEqualTo(java.time.OffsetDateTime.parse("2020-05-08T14:40:47Z"));
        });
        assertThat(count).isEqualTo(2);
        List<Request> requests = server().requests();
        assertThat(requests).extracting(r -> r.method() + " " + r.rawPath() + query(r)).containsExactly(
                "POST /voice/api/v1/admin/accounts/1001/campaigns/42/leadLoader/direct",
                "POST /voice/api/v1/admin/accounts/1001/campaignLeads/leadSearch?page=0&maxRows=50",
                "POST /voice/api/v1/admin/accounts/1001/campaignLeads/leadSearch?count=true");
        assertThat(JSON.readTree(requests.get(0).body())).isEqualTo(JSON.readTree("""
                {"description":"Spring list",\
                "duplicateHandling":"RETAIN_ALL","listState":"ACTIVE","timeZoneOption":"NPA_NXX",\
                "uploadLeads":[{"externId":"ext-1","leadPhone":"5551230001","firstName":"Ada",\
                "lastName":"Lovelace"},{"externId":"ext-2","leadPhone":"5551230002",\
                "firstName":"Alan","lastName":"Turing"}]}"""));
        assertThat(JSON.readTree(requests.get(2).body())).isEqualTo(JSON.readTree("{\"campaignIds\":[42]}"));
        assertThat(requests.get(0).header("Content-Type")).startsWith("application/json");
    }

    @Test
    void enumQueryParametersGoByName() {
        server().enqueue(Answer.json(200, "[]"));
        server().enqueue(Answer.json(200, "{}"));
        api(Variant.CURRENT, ActiveCallsApi.class).list("~", ProductType.OUTBOUND, 6101);
        api(Variant.CURRENT, CampaignLeadsApi.class).performAction("~", LeadAction.PAUSE_LEADS,
                LeadSearchCriteria.campaigns(6101));

        List<Request> requests = server().requests();
        assertThat(requests.get(0).queryParams()).containsEntry("product", List.of("OUTBOUND"))
                .containsEntry("productId", List.of("6101"));
        assertThat(requests.get(1).method()).isEqualTo("PUT");
        assertThat(requests.get(1).queryParams()).containsEntry("leadAction", List.of("PAUSE_LEADS"));
    }

    protected static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    private static String query(Request r) {
        return r.rawQuery() == null ? "" : "?" + r.rawQuery();
    }

    private static String decodePathSegment(String raw) {
        // path segments are percent-decoded only: '+' stays a plus
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
