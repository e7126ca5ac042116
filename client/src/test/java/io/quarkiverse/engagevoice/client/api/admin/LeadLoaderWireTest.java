package io.quarkiverse.engagevoice.client.api.admin;

import static io.quarkiverse.engagevoice.client.testing.WireTests.ACCOUNT;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSent;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSentJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.api.MultipartFile;
import io.quarkiverse.engagevoice.client.model.admin.LeadFileType;
import io.quarkiverse.engagevoice.client.model.admin.LeadListPreview;
import io.quarkiverse.engagevoice.client.model.admin.LeadListProcessRequest;
import io.quarkiverse.engagevoice.client.testing.OfficialFiles;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/** {@link LeadLoaderApi} on the wire: a multipart upload, then the processing of the upload. */
class LeadLoaderWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String LOADER = ACCOUNT + "/campaigns/6101/leadLoader";
    private static final String CSV = "leadPhone,firstName\n4155550101,Dana\n4155550102,\"Lee, Jr\"\n";

    private LeadLoaderApi loader;

    @BeforeEach
    void client() {
        loader = WireTests.client(SERVER).api(LeadLoaderApi.class);
    }

    @Test
    void aFileIsUploadedAsTheFilePartOfAMultipartBody() {
        SERVER.enqueue(Answer.json(201, """
                {"transactionId":"tx-9f2c","mappingColumns":["leadPhone","firstName"],\
                "pagePreviews":[{"pageNumber":0,"pageName":"leads.csv","rowData":[["leadPhone","firstName"],\
                ["4155550101","Dana"]]}],"personaPhoneConfig":[{"phoneId":11,"phoneLabel":"Main line"}]}"""));

        LeadListPreview preview = loader.preview("~", 6101, LeadFileType.COMMA, "\"", "spring \"leads\".csv",
                CSV.getBytes(StandardCharsets.UTF_8));

        var sent = assertSent(SERVER, "POST", LOADER + "/preview", "fileType=COMMA&quoteCharacter=%22");
        assertThat(sent.header("Content-Type")).matches("multipart/form-data;\\s*boundary=" + MultipartFile.BOUNDARY);
        assertThat(sent.body()).isEqualTo("--" + MultipartFile.BOUNDARY + """
                \r\n\
                Content-Disposition: form-data; name="file"; filename="spring _leads_.csv"\r\n\
                Content-Type: application/octet-stream\r\n\r\n""" + CSV + "\r\n--" + MultipartFile.BOUNDARY + "--\r\n");
        assertThat(preview.getTransactionId()).isEqualTo("tx-9f2c");
        assertThat(preview.getPagePreviews()).singleElement().satisfies(p -> {
            assertThat(p.getRowData()).hasSize(2);
            assertThat(p.getRowData().get(1)).containsExactly("4155550101", "Dana");
        });
        assertThat(preview.getPersonaPhoneConfig()).singleElement()
                .satisfies(c -> assertThat(c.getPhoneId()).isEqualTo(11));
        assertThat(preview.toString()).isEqualTo("LeadListPreview[tx-9f2c, 1 pages]");
    }

    @Test
    void aFileHoldingTheBoundaryIsRefusedBeforeSending() {
        byte[] hostile = ("a\r\n--" + MultipartFile.BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> loader.preview("~", 6101, LeadFileType.COMMA, null, "x.csv", hostile))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("boundary");
        assertThat(SERVER.requests()).isEmpty();
    }

    @Test
    void theUploadIsProcessedWithItsMappings() {
        SERVER.enqueue(new Answer(202, null, "", Map.of()));
        LeadListProcessRequest request = LeadListProcessRequest.of("tx-9f2c", LeadFileType.COMMA, "Spring list");
        request.setFileContainsHeaders(true);
        request.setPageNumber(0);
        request.setPageColumnMappings(Map.of("0", Map.of("0", "leadPhone", "1", "firstName")));

        loader.process("~", 6101, request);

        assertSentJson(SERVER, "POST", LOADER + "/process", null, """
                {"transactionId":"tx-9f2c","fileType":"COMMA",\
                "description":"Spring list","listState":"ACTIVE","duplicateHandling":"RETAIN_ALL",\
                "timeZoneOption":"NPA_NXX","fileContainsHeaders":true,"pageNumber":0,\
                "pageColumnMappings":{"0":{"0":"leadPhone","1":"firstName"}}}""");
        assertThat(request).hasToString("LeadListProcessRequest[tx-9f2c, Spring list]");
    }

    @Test
    void theFileTypesMatchTheOpenApiFile() {
        var values = OfficialFiles.parameterEnum(
                "/voice/api/v1/admin/accounts/{accountId}/campaigns/{campaignId}/leadLoader/preview",
                "post", "fileType");

        assertThat(List.of(LeadFileType.values())).extracting(Enum::name).containsExactlyElementsOf(values);
        assertThat(LeadFileType.valueOf("EXCEL")).isNotNull();
    }
}
