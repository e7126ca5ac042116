package io.quarkiverse.engagevoice.client.api.services;

import static io.quarkiverse.engagevoice.client.testing.WireTests.ACCOUNT;
import static io.quarkiverse.engagevoice.client.testing.WireTests.ROOT;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSentJson;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSentWithoutBody;
import static io.quarkiverse.engagevoice.client.testing.WireTests.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.error.ResourceNotFoundException;
import io.quarkiverse.engagevoice.client.model.services.ExternalHttpService;
import io.quarkiverse.engagevoice.client.model.services.HttpServiceInput;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/**
 * {@link HttpServiceInputsApi} and the version 2 {@link HttpServicesV2Api} on the wire, answered as the OpenAPI
 * file's {@code RemoteHttpServiceInput} and {@code ExternalHttpService} schemas describe.
 */
class HttpServiceInputsAndV2ServicesWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String INPUTS = ACCOUNT + "/httpServiceGroups/31/httpServices/412/inputs";
    private static final String V2_SERVICES = ROOT + "/v2/admin/accounts/1001/httpServiceGroups/31/httpServices";
    private static final String INPUT = """
            {"inputId":7,"name":"ani","type":"CALL_VARIABLE",\
            "simpleDataType":"STRING","value":"ani","rank":1}""";
    private static final String CONFIG = "{\"headers\":{\"X-Tenant\":\"acme\"},\"timeoutMs\":3000}";
    private static final String V2_SERVICE = """
            {"serviceId":512,"serviceDescription":"Score lead",\
            "serviceType":"HTTP_POST","accountId":1001,"endpoint":"https://score.example.com/v1",\
            "authConfigId":"6f1c2a0e-8d5b-4f7e-9a11-2b3c4d5e6f70","isEnabled":true,\
            "returnType":"JSON","httpServiceConfig":""" + CONFIG + ",\"permissions\":[\"READ\"]}";

    private HttpServiceInputsApi inputs;
    private HttpServicesV2Api v2;

    @BeforeEach
    void client() {
        EngageVoiceClient client = WireTests.client(SERVER);
        inputs = client.api(HttpServiceInputsApi.class);
        v2 = client.api(HttpServicesV2Api.class);
    }

    @Test
    void inputsAreCreatedAsOneJsonArray() {
        SERVER.enqueue(Answer.json(200, "[" + INPUT + "," + INPUT.replace("7", "8").replace("\"ani\"", "\"dnis\"")
                .replace("\"rank\":1", "\"rank\":2") + "]"));

        List<HttpServiceInput> created = inputs.create("~", 31, 412,
                List.of(HttpServiceInput.of("ani", "CALL_VARIABLE", "ani"),
                        HttpServiceInput.of("dnis", "CALL_VARIABLE", "dnis")));

        assertSentJson(SERVER, "POST", INPUTS, null, """
                [{"name":"ani","type":"CALL_VARIABLE","value":"ani"},\
                {"name":"dnis","type":"CALL_VARIABLE","value":"dnis"}]""");
        assertThat(created).extracting(HttpServiceInput::getInputId).containsExactly(7, 8);
        assertThat(created).extracting(HttpServiceInput::getRank).containsExactly(1, 2);
    }

    @Test
    void inputsAreListedReadAndDeleted() {
        SERVER.enqueue(Answer.json(200, "[" + INPUT + "]"));
        SERVER.enqueue(Answer.json(200, INPUT));
        SERVER.enqueue(Answer.json(200, "true"));

        List<HttpServiceInput> listed = inputs.list("~", 31, 412);
        assertSentWithoutBody(SERVER, "GET", INPUTS, null);
        HttpServiceInput read = inputs.get("~", 31, 412, 7);
        assertSentWithoutBody(SERVER, "GET", INPUTS + "/7", null);
        boolean deleted = inputs.delete("~", 31, 412, 7);
        assertSentWithoutBody(SERVER, "DELETE", INPUTS + "/7", null);

        assertThat(listed).singleElement().hasToString("HttpServiceInput[7, ani]");
        assertThat(read.getSimpleDataType()).isEqualTo("STRING");
        assertThat(read.getValue()).isEqualTo("ani");
        assertThat(deleted).isTrue();
    }

    @Test
    void aV2ServiceIsCreatedWithItsConfigurationAsAJsonObject() {
        SERVER.enqueue(Answer.json(200, V2_SERVICE));

        ExternalHttpService service = ExternalHttpService.named("Score lead", "HTTP_POST", "https://score.example.com/v1");
        service.setAuthConfigId("6f1c2a0e-8d5b-4f7e-9a11-2b3c4d5e6f70");
        service.setHttpServiceConfig(json(CONFIG));
        ExternalHttpService created = v2.create("~", 31, service);

        assertSentJson(SERVER, "POST", V2_SERVICES, null, """
                {"serviceDescription":"Score lead",\
                "serviceType":"HTTP_POST","endpoint":"https://score.example.com/v1",\
                "authConfigId":"6f1c2a0e-8d5b-4f7e-9a11-2b3c4d5e6f70","httpServiceConfig":""" + CONFIG + "}");
        assertThat(created.getServiceId()).isEqualTo(512);
        assertThat(created.getAccountId()).isEqualTo(1001);
        assertThat(created.getHttpServiceConfig()).isEqualTo(json(CONFIG));
        assertThat(created.getPermissions()).containsExactly("READ");
        assertThat(created).hasToString("ExternalHttpService[512, Score lead]");
    }

    @Test
    void v2ServicesAreListedReadChangedAndDeleted() {
        SERVER.enqueue(Answer.json(200, "[" + V2_SERVICE + "]"));
        SERVER.enqueue(Answer.json(200, "[]"));
        SERVER.enqueue(Answer.json(200, V2_SERVICE));
        SERVER.enqueue(Answer.json(200, V2_SERVICE.replace("\"isEnabled\":true", "\"isEnabled\":false")));
        SERVER.enqueue(new Answer(204, null, null, Map.of()));

        List<ExternalHttpService> listed = v2.list("~", 31);
        assertSentWithoutBody(SERVER, "GET", V2_SERVICES, null);
        v2.list("~", 31, 1, 10);
        assertSentWithoutBody(SERVER, "GET", V2_SERVICES, "page=1&maxRows=10");
        ExternalHttpService read = v2.get("~", 31, 512);
        assertSentWithoutBody(SERVER, "GET", V2_SERVICES + "/512", null);
        ExternalHttpService changes = new ExternalHttpService();
        changes.setIsEnabled(false);
        ExternalHttpService changed = v2.update("~", 31, 512, changes);
        assertSentJson(SERVER, "PUT", V2_SERVICES + "/512", null, "{\"isEnabled\":false}");
        v2.delete("~", 31, 512);
        assertSentWithoutBody(SERVER, "DELETE", V2_SERVICES + "/512", null);

        assertThat(listed).extracting(ExternalHttpService::getEndpoint).containsExactly("https://score.example.com/v1");
        assertThat(read.getAuthConfigId()).isEqualTo("6f1c2a0e-8d5b-4f7e-9a11-2b3c4d5e6f70");
        assertThat(changed.getIsEnabled()).isFalse();
    }

    @Test
    void aFailedV2DeleteIsAnException() {
        SERVER.enqueue(Answer.json(404, "{\"errorCode\":\"NOT_FOUND\",\"generalMessage\":\"no such service\"}"));

        assertThatThrownBy(() -> v2.delete("~", 31, 999)).isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("no such service");
        assertSentWithoutBody(SERVER, "DELETE", V2_SERVICES + "/999", null);
    }
}
