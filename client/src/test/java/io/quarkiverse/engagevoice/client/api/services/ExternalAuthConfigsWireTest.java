package io.quarkiverse.engagevoice.client.api.services;

import static io.quarkiverse.engagevoice.client.testing.WireTests.ACCOUNT;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSentJson;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSentWithoutBody;
import static io.quarkiverse.engagevoice.client.testing.WireTests.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.engagevoice.client.model.services.ApiKeyAuthConfig;
import io.quarkiverse.engagevoice.client.model.services.BasicAuthConfig;
import io.quarkiverse.engagevoice.client.model.services.CustomAuthConfig;
import io.quarkiverse.engagevoice.client.model.services.ExternalAuthConfig;
import io.quarkiverse.engagevoice.client.model.services.ExternalAuthConfigList;
import io.quarkiverse.engagevoice.client.model.services.JwtAuthConfig;
import io.quarkiverse.engagevoice.client.model.services.OAuthAuthConfig;
import io.quarkiverse.engagevoice.client.model.services.OAuthAuthorizationUrl;
import io.quarkiverse.engagevoice.client.model.services.OAuthProvider;
import io.quarkiverse.engagevoice.client.testing.OfficialFiles;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/**
 * {@link ExternalAuthConfigsApi} on the wire, answered as the OpenAPI file's {@code AuthConfig*} schemas describe;
 * the credentials travel in the bodies but never show in {@code toString()}.
 */
class ExternalAuthConfigsWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String ID = "6f1c2a0e-8d5b-4f7e-9a11-2b3c4d5e6f70";
    private static final String CONFIGS = ACCOUNT + "/external/authConfigs";
    private static final String CONFIG = CONFIGS + "/" + ID;
    private static final String STAMPS = """
            "createdTime":"2026-03-01T09:30:00.000+0000",\
            "updatedTime":"2026-03-02T10:00:00.000+0000\"""";

    private ExternalAuthConfigsApi configs;

    @BeforeEach
    void client() {
        configs = WireTests.client(SERVER).api(ExternalAuthConfigsApi.class);
    }

    @Test
    void configurationsAreListedReadAndDeleted() {
        String basic = "{\"authConfigId\":\"" + ID + """
                ","authType":"BASIC","providerName":"CRM",\
                "username":"ringcx","password":"hunter2-basic",""" + STAMPS + "}";
        SERVER.enqueue(Answer.json(200, "{\"records\":[" + basic + "]}"));
        SERVER.enqueue(Answer.json(200, "{\"records\":[]}"));
        SERVER.enqueue(Answer.json(200, basic));
        SERVER.enqueue(new Answer(204, null, null, Map.of()));

        ExternalAuthConfigList listed = configs.list("~");
        assertSentWithoutBody(SERVER, "GET", CONFIGS, null);
        ExternalAuthConfigList empty = configs.list("~", 3, 50);
        assertSentWithoutBody(SERVER, "GET", CONFIGS, "page=3&maxRows=50");
        ExternalAuthConfig read = configs.get("~", ID);
        assertSentWithoutBody(SERVER, "GET", CONFIG, null);
        configs.delete("~", ID);
        assertSentWithoutBody(SERVER, "DELETE", CONFIG, null);

        assertThat(listed.getRecords()).singleElement().extracting(ExternalAuthConfig::getAuthType).isEqualTo("BASIC");
        assertThat(listed).hasToString("ExternalAuthConfigList[1 records]");
        assertThat(empty.getRecords()).isEmpty();
        assertThat(read.getUsername()).isEqualTo("ringcx");
        assertThat(read.getCreatedTime()).hasToString("2026-03-01T09:30Z");
        assertThat(read.getUpdatedTime()).hasToString("2026-03-02T10:00Z");
        assertThat(read).hasToString("ExternalAuthConfig[" + ID + ", BASIC, CRM]");
        assertThat(read.toString()).doesNotContain("hunter2");
    }

    @Test
    void theOauthAuthorizationUrlIsAskedForByProvider() {
        SERVER.enqueue(Answer.json(200, """
                {"location":"https://login.salesforce.com/services/oauth2/authorize\
                ?client_id=abc&state=xyz"}"""));

        OAuthAuthorizationUrl url = configs.oauthAuthorizationUrl("~", OAuthProvider.SFDC_WEBFLOW);

        assertSentWithoutBody(SERVER, "GET", CONFIGS + "/oauth/info", "oauthProvider=SFDC_WEBFLOW");
        assertThat(url.getLocation()).startsWith("https://login.salesforce.com/");
        assertThat(url.toString()).doesNotContain("state=xyz");
    }

    @Test
    void anApiKeyConfigurationIsCreatedAndItsKeyChanged() {
        SERVER.enqueue(Answer.json(200, "{\"authConfigId\":\"" + ID + """
                ","authType":"APIKEY",\
                "providerName":"Scoring","apiKey":"key-0001-secret",""" + STAMPS + "}"));
        SERVER.enqueue(Answer.json(200, "{\"authConfigId\":\"" + ID + """
                ","authType":"APIKEY",\
                "providerName":"Scoring","apiKey":"key-0002-secret"}"""));

        ApiKeyAuthConfig created = configs.createApiKey("~", ID, ApiKeyAuthConfig.of("Scoring", "key-0001-secret"));
        assertSentJson(SERVER, "POST", CONFIG + "/apiKey", null,
                "{\"authType\":\"APIKEY\",\"providerName\":\"Scoring\",\"apiKey\":\"key-0001-secret\"}");
        ApiKeyAuthConfig changes = new ApiKeyAuthConfig();
        changes.setApiKey("key-0002-secret");
        ApiKeyAuthConfig changed = configs.updateApiKey("~", ID, changes);
        assertSentJson(SERVER, "PATCH", CONFIG + "/apiKey", null,
                "{\"authType\":\"APIKEY\",\"apiKey\":\"key-0002-secret\"}");

        assertThat(created.getAuthConfigId()).isEqualTo(ID);
        assertThat(created.getCreatedTime()).hasToString("2026-03-01T09:30Z");
        assertThat(changed.getApiKey()).isEqualTo("key-0002-secret");
        assertThat(created).hasToString("ApiKeyAuthConfig[" + ID + ", APIKEY, Scoring]");
        assertThat(List.of(created, changed, changes).toString()).doesNotContain("secret");
    }

    @Test
    void aBasicConfigurationIsCreatedAndItsPasswordChanged() {
        SERVER.enqueue(Answer.json(200, "{\"authConfigId\":\"" + ID + """
                ","authType":"BASIC",\
                "providerName":"CRM","username":"ringcx","password":"hunter2-basic"}"""));
        SERVER.enqueue(Answer.json(200, "{\"authConfigId\":\"" + ID + """
                ","authType":"BASIC",\
                "providerName":"CRM","username":"ringcx"}"""));

        BasicAuthConfig created = configs.createBasic("~", ID, BasicAuthConfig.of("CRM", "ringcx", "hunter2-basic"));
        assertSentJson(SERVER, "POST", CONFIG + "/basic", null, """
                {"authType":"BASIC","providerName":"CRM",\
                "username":"ringcx","password":"hunter2-basic"}""");
        BasicAuthConfig changes = new BasicAuthConfig();
        changes.setPassword("hunter3-basic");
        BasicAuthConfig changed = configs.updateBasic("~", ID, changes);
        assertSentJson(SERVER, "PATCH", CONFIG + "/basic", null,
                "{\"authType\":\"BASIC\",\"password\":\"hunter3-basic\"}");

        assertThat(created.getUsername()).isEqualTo("ringcx");
        assertThat(changed.getPassword()).isNull();
        assertThat(List.of(created, changes).toString()).doesNotContain("hunter");
    }

    @Test
    void aCustomConfigurationKeepsItsInputParameters() {
        String params = "[{\"name\":\"tenant\",\"value\":\"acme\"},{\"name\":\"clientSecret\",\"value\":\"cs-secret\"}]";
        SERVER.enqueue(Answer.json(200, "{\"authConfigId\":\"" + ID + """
                ","authType":"CUSTOM_AUTH",\
                "providerName":"Legacy CRM","wcgFunctionId":"fn-42",\
                "allowedBaseUrl":"https://crm.example.com","inputParams":""" + params + "}"));
        SERVER.enqueue(Answer.json(200, "{\"authConfigId\":\"" + ID + """
                ","authType":"CUSTOM_AUTH",\
                "providerName":"Legacy CRM","wcgFunctionId":"fn-43"}"""));

        CustomAuthConfig config = CustomAuthConfig.of("Legacy CRM", "fn-42", "https://crm.example.com");
        List<JsonNode> inputParams = new ArrayList<>();
        json(params).forEach(inputParams::add);
        config.setInputParams(inputParams);
        CustomAuthConfig created = configs.createCustomAuth("~", ID, config);
        assertSentJson(SERVER, "POST", CONFIG + "/customAuth", null, """
                {"authType":"CUSTOM_AUTH",\
                "providerName":"Legacy CRM","wcgFunctionId":"fn-42",\
                "allowedBaseUrl":"https://crm.example.com","inputParams":""" + params + "}");
        CustomAuthConfig changes = new CustomAuthConfig();
        changes.setWcgFunctionId("fn-43");
        CustomAuthConfig changed = configs.updateCustomAuth("~", ID, changes);
        assertSentJson(SERVER, "PATCH", CONFIG + "/customAuth", null,
                "{\"authType\":\"CUSTOM_AUTH\",\"wcgFunctionId\":\"fn-43\"}");

        assertThat(created.getInputParams()).hasSize(2);
        assertThat(created.getInputParams().get(1).path("value").asText()).isEqualTo("cs-secret");
        assertThat(changed.getWcgFunctionId()).isEqualTo("fn-43");
        assertThat(created.toString()).doesNotContain("cs-secret");
    }

    @Test
    void aJwtConfigurationIsCreatedAndChanged() {
        SERVER.enqueue(Answer.json(200, "{\"authConfigId\":\"" + ID + """
                ","authType":"JWT",\
                "providerName":"Billing","algorithm":"HS256","secret":"jwt-hmac-secret",\
                "isSecretEncoded":false,"payload":"{\\"iss\\":\\"ringcx\\"}","expirationTime":300,\
                "isIncludeIssueAt":true,"addTokenTo":"REQUEST_HEADER","headerPrefix":"Bearer"}"""));
        SERVER.enqueue(Answer.json(200, "{\"authConfigId\":\"" + ID + """
                ","authType":"JWT",\
                "providerName":"Billing","addTokenTo":"QUERY_PARAM","queryParamName":"jwt"}"""));

        JwtAuthConfig config = JwtAuthConfig.hmac("Billing", "HS256", "jwt-hmac-secret");
        config.setPayload("{\"iss\":\"ringcx\"}");
        config.setExpirationTime(300);
        config.setIsIncludeIssueAt(true);
        config.setAddTokenTo("REQUEST_HEADER");
        config.setHeaderPrefix("Bearer");
        JwtAuthConfig created = configs.createJwt("~", ID, config);
        assertSentJson(SERVER, "POST", CONFIG + "/jwt", null, """
                {"authType":"JWT","providerName":"Billing",\
                "algorithm":"HS256","secret":"jwt-hmac-secret","payload":"{\\"iss\\":\\"ringcx\\"}",\
                "expirationTime":300,"isIncludeIssueAt":true,"addTokenTo":"REQUEST_HEADER",\
                "headerPrefix":"Bearer"}""");
        JwtAuthConfig changes = new JwtAuthConfig();
        changes.setAddTokenTo("QUERY_PARAM");
        changes.setQueryParamName("jwt");
        JwtAuthConfig changed = configs.updateJwt("~", ID, changes);
        assertSentJson(SERVER, "PATCH", CONFIG + "/jwt", null,
                "{\"authType\":\"JWT\",\"addTokenTo\":\"QUERY_PARAM\",\"queryParamName\":\"jwt\"}");

        assertThat(created.getIsSecretEncoded()).isFalse();
        assertThat(created.getExpirationTime()).isEqualTo(300);
        assertThat(changed.getQueryParamName()).isEqualTo("jwt");
        assertThat(created.toString()).doesNotContain("jwt-hmac-secret").contains("Billing");
    }

    @Test
    void anOauthConfigurationIsCreatedAndItsTokenResponseNeverShown() {
        SERVER.enqueue(Answer.json(200, "{\"authConfigId\":\"" + ID + """
                ","authType":"OAUTH",\
                "providerName":"Partner API","oauthProvider":"ADMIN_POPULATED",\
                "grantType":"CLIENT_CREDENTIALS","tokenUrl":"https://auth.example.com/token",\
                "clientId":"ringcx-client","secret":"oauth-client-secret",\
                "clientCredentialsSupplyIn":"HEADER","scope":"read",\
                "tokenResponse":{"access_token":"at-very-secret","expires_in":3600}}"""));
        SERVER.enqueue(Answer.json(200, "{\"authConfigId\":\"" + ID + """
                ","authType":"OAUTH",\
                "providerName":"Partner API","scope":"read write"}"""));

        OAuthAuthConfig config = OAuthAuthConfig.clientCredentials("Partner API", "https://auth.example.com/token",
                "ringcx-client", "oauth-client-secret");
        config.setClientCredentialsSupplyIn("HEADER");
        config.setScope("read");
        OAuthAuthConfig created = configs.createOAuth("~", ID, config);
        assertSentJson(SERVER, "POST", CONFIG + "/oauth", null, """
                {"authType":"OAUTH",\
                "providerName":"Partner API","oauthProvider":"ADMIN_POPULATED",\
                "grantType":"CLIENT_CREDENTIALS","tokenUrl":"https://auth.example.com/token",\
                "clientId":"ringcx-client","secret":"oauth-client-secret",\
                "clientCredentialsSupplyIn":"HEADER","scope":"read"}""");
        OAuthAuthConfig changes = new OAuthAuthConfig();
        changes.setScope("read write");
        OAuthAuthConfig changed = configs.updateOAuth("~", ID, changes);
        assertSentJson(SERVER, "PATCH", CONFIG + "/oauth", null, "{\"authType\":\"OAUTH\",\"scope\":\"read write\"}");

        assertThat(created.getTokenResponse().path("expires_in").asInt()).isEqualTo(3600);
        assertThat(changed.getScope()).isEqualTo("read write");
        assertThat(created).hasToString("OAuthAuthConfig[" + ID + ", OAUTH, Partner API]");
        assertThat(created.toString()).doesNotContain("secret");
    }

    @Test
    void theOauthProviderEnumMatchesTheSpec() {
        OfficialFiles.openApi().ifPresentOrElse(spec -> {
            List<String> values = new ArrayList<>();
            spec.path("components").path("schemas").path("AuthConfigOAuth").path("properties").path("oauthProvider")
                    .path("enum").forEach(v -> values.add(v.asText()));
            assertThat(Arrays.stream(OAuthProvider.values()).map(Enum::name)).containsExactlyInAnyOrderElementsOf(values);
        }, () -> assertThat(OAuthProvider.valueOf("SFDC_WEBFLOW")).isNotNull());
    }
}
