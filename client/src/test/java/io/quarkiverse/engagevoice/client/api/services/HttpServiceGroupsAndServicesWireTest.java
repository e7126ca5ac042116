package io.quarkiverse.engagevoice.client.api.services;

import static io.quarkiverse.engagevoice.client.testing.WireTests.ACCOUNT;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSentJson;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSentWithoutBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.model.services.HttpService;
import io.quarkiverse.engagevoice.client.model.services.HttpServiceGroup;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/**
 * {@link HttpServiceGroupsApi} and the version 1 {@link HttpServicesApi} on the wire, answered as the OpenAPI
 * file's {@code RemoteHttpServiceGroup} and {@code RemoteHttpService} schemas describe.
 */
class HttpServiceGroupsAndServicesWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String GROUPS = ACCOUNT + "/httpServiceGroups";
    private static final String SERVICES = GROUPS + "/31/httpServices";
    private static final String GROUP = "{\"serviceGroupId\":31,\"groupName\":\"CRM lookups\",\"isDefault\":false}";
    private static final String SERVICE = """
            {"serviceId":412,"serviceDescription":"Find contact",\
            "serviceType":"HTTP_GET","accountId":"1001","isEnabled":true,"isDebug":false,\
            "httpServiceConfig":"{\\"url\\":\\"https://crm.example.com/contacts\\"}",\
            "httpUsername":"ringcx","httpPassword":"s3cr3t-http-pass","returntype":"JSON",\
            "httpServiceGroup":""" + GROUP + """
            ,\
            "httpServiceInputs":[{"inputId":7,"name":"ani","type":"CALL_VARIABLE","value":"ani","rank":1}],\
            "soapTimeoutSeconds":30}""";

    private HttpServiceGroupsApi groups;
    private HttpServicesApi services;

    @BeforeEach
    void client() {
        EngageVoiceClient client = WireTests.client(SERVER);
        groups = client.api(HttpServiceGroupsApi.class);
        services = client.api(HttpServicesApi.class);
    }

    @Test
    void groupsAreListedByPageAndWithTheirServices() {
        SERVER.enqueue(Answer.json(200, "[" + GROUP + "]"));
        SERVER.enqueue(Answer.json(200, "[" + GROUP + "]"));
        SERVER.enqueue(Answer.json(200, "[" + GROUP.replace("}", """
                ,"permissions":["READ","UPDATE"],\
                "services":[""" + SERVICE + "]}") + "]"));
        SERVER.enqueue(Answer.json(200, "[]"));

        List<HttpServiceGroup> firstPage = groups.list("~");
        assertSentWithoutBody(SERVER, "GET", GROUPS, null);
        List<HttpServiceGroup> paged = groups.list("~", 2, 25);
        assertSentWithoutBody(SERVER, "GET", GROUPS, "page=2&maxRows=25");
        List<HttpServiceGroup> withChildren = groups.listWithChildren("~", true);
        assertSentWithoutBody(SERVER, "GET", GROUPS + "/withChildren", "includePermissions=true");
        groups.listWithChildren("~");
        assertSentWithoutBody(SERVER, "GET", GROUPS + "/withChildren", null);

        assertThat(firstPage).singleElement().hasToString("HttpServiceGroup[31, CRM lookups]");
        assertThat(paged).extracting(HttpServiceGroup::getIsDefault).containsExactly(false);
        HttpServiceGroup group = withChildren.get(0);
        assertThat(group.getPermissions()).containsExactly("READ", "UPDATE");
        assertThat(group.getServices()).extracting(HttpService::getServiceDescription).containsExactly("Find contact");
    }

    @Test
    void aGroupIsCreatedReadAndRenamed() {
        SERVER.enqueue(Answer.json(200, GROUP));
        SERVER.enqueue(Answer.json(200, GROUP));
        SERVER.enqueue(Answer.json(200, GROUP.replace("CRM lookups", "CRM")));

        HttpServiceGroup created = groups.create("~", HttpServiceGroup.named("CRM lookups"));
        assertSentJson(SERVER, "POST", GROUPS, null, "{\"groupName\":\"CRM lookups\"}");
        HttpServiceGroup read = groups.get("1001", 31);
        assertSentWithoutBody(SERVER, "GET", GROUPS + "/31", null);
        HttpServiceGroup renamed = groups.update("~", 31, HttpServiceGroup.named("CRM"));
        assertSentJson(SERVER, "PUT", GROUPS + "/31", null, "{\"groupName\":\"CRM\"}");

        assertThat(created.getServiceGroupId()).isEqualTo(31);
        assertThat(read.getGroupName()).isEqualTo("CRM lookups");
        assertThat(renamed.getGroupName()).isEqualTo("CRM");
    }

    @Test
    void servicesAreListedReadAndMappedWithTheirInputsAndGroup() {
        SERVER.enqueue(Answer.json(200, "[" + SERVICE + "]"));
        SERVER.enqueue(Answer.json(200, "[]"));
        SERVER.enqueue(Answer.json(200, SERVICE));

        List<HttpService> listed = services.list("~", 31);
        assertSentWithoutBody(SERVER, "GET", SERVICES, null);
        services.list("~", 31, 0, 100);
        assertSentWithoutBody(SERVER, "GET", SERVICES, "page=0&maxRows=100");
        HttpService read = services.get("~", 31, 412);
        assertSentWithoutBody(SERVER, "GET", SERVICES + "/412", null);

        assertThat(listed).extracting(HttpService::getServiceId).containsExactly(412);
        assertThat(read.getServiceType()).isEqualTo("HTTP_GET");
        assertThat(read.getIsEnabled()).isTrue();
        assertThat(read.getHttpServiceConfig()).isEqualTo("{\"url\":\"https://crm.example.com/contacts\"}");
        assertThat(read.getHttpServiceGroup().getServiceGroupId()).isEqualTo(31);
        assertThat(read.getHttpServiceInputs()).singleElement()
                .satisfies(i -> assertThat(i.getRank()).isEqualTo(1))
                .hasToString("HttpServiceInput[7, ani]");
        assertThat(read.otherProperties()).containsEntry("soapTimeoutSeconds", 30);
    }

    @Test
    void theHttpPasswordIsSentButNeverShown() {
        SERVER.enqueue(Answer.json(200, SERVICE));

        HttpService service = HttpService.named("Find contact", "HTTP_GET");
        service.setHttpUsername("ringcx");
        service.setHttpPassword("s3cr3t-http-pass");
        service.setIsEnabled(true);
        HttpService created = services.create("~", 31, service);

        assertSentJson(SERVER, "POST", SERVICES, null, """
                {"serviceDescription":"Find contact",\
                "serviceType":"HTTP_GET","httpUsername":"ringcx","httpPassword":"s3cr3t-http-pass",\
                "isEnabled":true}""");
        assertThat(created.getHttpPassword()).isEqualTo("s3cr3t-http-pass");
        assertThat(created).hasToString("HttpService[412, Find contact]");
        assertThat(service.toString()).doesNotContain("s3cr3t");
    }

    @Test
    void aServiceIsChangedClonedAndTurnedOff() {
        SERVER.enqueue(Answer.json(200, SERVICE.replace("\"isDebug\":false", "\"isDebug\":true")));
        SERVER.enqueue(Answer.json(200, SERVICE.replace("412", "413").replace("Find contact", "Find contact & co")));
        SERVER.enqueue(Answer.text(200, "true"));
        SERVER.enqueue(Answer.json(200, "true"));

        HttpService changes = new HttpService();
        changes.setIsDebug(true);
        HttpService changed = services.update("~", 31, 412, changes);
        assertSentJson(SERVER, "PUT", SERVICES + "/412", null, "{\"isDebug\":true}");
        HttpService copy = services.cloneAs("~", 31, 412, "Find contact & co");
        assertSentWithoutBody(SERVER, "POST", SERVICES + "/412/clone", "newName=Find+contact+%26+co");
        boolean off = services.setActive("~", 31, 412, false);
        assertSentJson(SERVER, "PUT", SERVICES + "/412/setIsActive", null, "{\"isActive\":false}");
        boolean on = services.setActive("~", 31, 413, true);
        assertSentJson(SERVER, "PUT", SERVICES + "/413/setIsActive", null, "{\"isActive\":true}");

        assertThat(changed.getIsDebug()).isTrue();
        assertThat(copy.getServiceId()).isEqualTo(413);
        assertThat(copy.getServiceDescription()).isEqualTo("Find contact & co");
        assertThat(off).isTrue();
        assertThat(on).isTrue();
    }
}
