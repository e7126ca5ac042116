package io.quarkiverse.engagevoice.client.api.numbers;

import static io.quarkiverse.engagevoice.client.api.numbers.NumberWire.TN;
import static io.quarkiverse.engagevoice.client.testing.WireTests.API_TOKEN;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertBodiless;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertJsonBody;
import static io.quarkiverse.engagevoice.client.testing.WireTests.line;
import static io.quarkiverse.engagevoice.client.testing.WireTests.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.api.MultipartFile;
import io.quarkiverse.engagevoice.client.model.Account;
import io.quarkiverse.engagevoice.client.model.ProductType;
import io.quarkiverse.engagevoice.client.model.numbers.DnisBulkUpdateResult;
import io.quarkiverse.engagevoice.client.model.numbers.DnisFileType;
import io.quarkiverse.engagevoice.client.model.numbers.DnisListPreview;
import io.quarkiverse.engagevoice.client.model.numbers.DnisMediaValues;
import io.quarkiverse.engagevoice.client.model.numbers.DnisPool;
import io.quarkiverse.engagevoice.client.model.numbers.DnisPoolAssignmentUpdate;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Request;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/** The telephone number manager's pool ({@link DnisPoolApi}). */
class DnisPoolWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String POOL = TN + "/dnisPool";
    private static final String RECORD = """
            {"dnis":"8005550100","dnisE164":"+18005550100",\
            "dnisDescription":"Main line","dnisCategory":"TOLL_FREE","active":true,"carrier":"Level3",\
            "resporg":"ABC01","reservedAccountId":"12340001","smsEnabled":false,"dnisManagedByRC":true,\
            "dateCreated":"2025-11-03T10:15:00.000+0000","lastModified":1767225600000,\
            "mediaCode":"RADIO-7","twilioApiKey":"tw-secret-0042",\
            "assignedDnis":{"dnis":"8005550100","endPointType":"GATE","gate":{"gateId":4101}}}""";

    private DnisPoolApi pool;

    @BeforeEach
    void client() {
        pool = WireTests.client(SERVER).api(DnisPoolApi.class);
    }

    @Test
    void aRecordIsReadWithItsAssignmentAndNoSecretInItsName() {
        SERVER.answerByDefault(Answer.json(200, RECORD));

        DnisPool read = pool.get("8005550100");
        pool.get("+18005550100", true);

        List<Request> sent = SERVER.requests();
        assertThat(line(sent.get(0))).isEqualTo("GET " + POOL + "/8005550100");
        assertThat(sent.get(1).rawPath()).isIn(POOL + "/+18005550100", POOL + "/%2B18005550100");
        assertThat(sent.get(1).rawQuery()).isEqualTo("phoneNumbersI18nEnabled=true");
        assertBodiless(sent.get(0));
        assertThat(read.getDnisE164()).isEqualTo("+18005550100");
        assertThat(read.getActive()).isTrue();
        assertThat(read.getResporg()).isEqualTo("ABC01");
        assertThat(read.getDnisManagedByRC()).isTrue();
        assertThat(read.getDateCreated()).isEqualTo(OffsetDateTime.parse("2025-11-03T10:15:00Z"));
        assertThat(read.getLastModified()).isEqualTo(OffsetDateTime.parse("2026-01-01T00:00:00Z"));
        assertThat(read.getMediaCode()).isEqualTo("RADIO-7");
        assertThat(read.getAssignedDnis().getGate().getGateId()).isEqualTo(4101);
        assertThat(read.getTwilioApiKey()).isNotNull();
        assertThat(read.toString()).isEqualTo("DnisPool[Main line, active]").doesNotContain("5550100")
                .doesNotContain("tw-secret");
    }

    @Test
    void recordsAreCreatedUpdatedAndDeleted() {
        SERVER.enqueue(Answer.json(200, "[" + RECORD + "]"));
        SERVER.enqueue(Answer.json(200, "[" + RECORD + "]"));
        SERVER.enqueue(Answer.json(200, "true"));
        SERVER.enqueue(Answer.text(200, "true"));
        DnisPool added = DnisPool.of("8005550100");
        added.setDnisDescription("Main line");
        DnisPool changed = DnisPool.of("8005550100");
        changed.setNotes("moved to sales");

        List<DnisPool> created = pool.create(List.of(added));
        pool.update(List.of(changed));
        boolean deleted = pool.delete("8005550100");
        boolean bulkDeleted = pool.deleteAll(List.of("8005550101", "8005550102"));

        List<Request> sent = SERVER.requests();
        assertThat(lines(SERVER)).containsExactly("POST " + POOL, "PUT " + POOL, "DELETE " + POOL + "/8005550100",
                "PUT " + POOL + "/bulkDelete");
        assertJsonBody(sent.get(0), "[{\"dnis\":\"8005550100\",\"dnisDescription\":\"Main line\"}]");
        assertJsonBody(sent.get(1), "[{\"dnis\":\"8005550100\",\"notes\":\"moved to sales\"}]");
        assertBodiless(sent.get(2));
        assertJsonBody(sent.get(3), "[\"8005550101\",\"8005550102\"]");
        assertThat(created).singleElement().satisfies(p -> assertThat(p.getCarrier()).isEqualTo("Level3"));
        assertThat(deleted).isTrue();
        assertThat(bulkDeleted).isTrue();
    }

    @Test
    void internationalNumbersAreFlaggedInTheQuery() {
        SERVER.enqueue(Answer.json(200, "true"));
        SERVER.enqueue(Answer.json(200, "[\"+445550100\"]"));
        SERVER.enqueue(Answer.json(200, "[]"));

        pool.deleteAll(true, List.of("+445550101"));
        List<String> flagged = pool.checkNew(true, List.of("+445550100", "+445550102"));
        List<String> none = pool.checkNew(List.of("8005550109"));

        List<Request> sent = SERVER.requests();
        assertThat(lines(SERVER)).containsExactly("PUT " + POOL + "/bulkDelete?phoneNumbersI18nEnabled=true",
                "POST " + TN + "/checkNewDnisList?phoneNumbersI18nEnabled=true", "POST " + TN + "/checkNewDnisList");
        assertJsonBody(sent.get(1), "[\"+445550100\",\"+445550102\"]");
        assertJsonBody(sent.get(2), "[\"8005550109\"]");
        assertThat(flagged).containsExactly("+445550100");
        assertThat(none).isEmpty();
    }

    @Test
    void manyRecordsChangeAtOnceWithOrWithoutTheirAssignments() {
        SERVER.enqueue(Answer.json(200, "{\"status\":\"SUCCESS\",\"message\":\"done\",\"updatedRows\":\"2\"}"));
        SERVER.enqueue(Answer.json(200, "true"));
        DnisPool first = DnisPool.of("8005550100");
        first.setActive(false);
        DnisPool second = DnisPool.of("8005550101");
        second.setActive(false);

        DnisBulkUpdateResult bulk = pool.updateBulk(List.of(first, second));
        boolean both = pool.updateWithAssignments(List.of(
                DnisPoolAssignmentUpdate.assign(DnisPool.of("8005550100"), ProductType.ACD, 4101),
                DnisPoolAssignmentUpdate.unassign(DnisPool.of("8005550101"))));

        List<Request> sent = SERVER.requests();
        assertThat(lines(SERVER)).containsExactly("PUT " + TN + "/updateBulkDnisPool",
                "PUT " + TN + "/updatePoolAndAssignment");
        assertJsonBody(sent.get(0), """
                [{"dnis":"8005550100","active":false},\
                {"dnis":"8005550101","active":false}]""");
        assertJsonBody(sent.get(1), """
                [{"dnisPool":{"dnis":"8005550100"},"product":"ACD","productId":4101},\
                {"dnisPool":{"dnis":"8005550101"},"unassignProduct":true}]""");
        assertThat(bulk.getStatus()).isEqualTo("SUCCESS");
        assertThat(bulk.getUpdatedRows()).isEqualTo("2");
        assertThat(bulk.toString()).isEqualTo("DnisBulkUpdateResult[SUCCESS, 2 rows]");
        assertThat(both).isTrue();
    }

    @Test
    void theAccountsAndMediaValuesAreListed() {
        SERVER.enqueue(Answer.json(200, "[{\"accountId\":\"12340001\",\"accountName\":\"Engage Sim Sales\"}]"));
        SERVER.enqueue(Answer.json(200, """
                {"category":"RADIO","code":"RADIO-7","duration":"30",\
                "format":"SPOT","market":"Boston","network":"WXKS","sourceCode":"SPRING"}"""));

        List<Account> accounts = pool.accounts();
        DnisMediaValues media = pool.mediaValues();

        assertThat(lines(SERVER)).containsExactly("GET " + TN + "/accounts", "GET " + TN + "/mediaValues");
        assertBodiless(SERVER.requests().get(0));
        assertBodiless(SERVER.requests().get(1));
        assertThat(accounts).singleElement()
                .satisfies(a -> assertThat(a.getAccountName()).isEqualTo("Engage Sim Sales"));
        assertThat(media.getCode()).isEqualTo("RADIO-7");
        assertThat(media.getMarket()).isEqualTo("Boston");
        assertThat(media.getSourceCode()).isEqualTo("SPRING");
        assertThat(media.toString()).isEqualTo("DnisMediaValues[RADIO, RADIO-7]");
    }

    @Test
    void aFileOfRecordsIsUploadedAsMultipart() {
        SERVER.enqueue(Answer.json(200, """
                {"records":[{"dnis":"8005550100","carrier":"Level3"}],\
                "uploadStatus":{"validated":true,"totalRecords":2,"validRecords":1,\
                "errorCode":"PARTIAL","errorMessage":["line 2: not a number"]}}"""));
        byte[] file = "dnis,carrier\n8005550100,Level3\nabc,Level3\n".getBytes(StandardCharsets.UTF_8);

        DnisListPreview preview = pool.upload(DnisFileType.COMMA, "\"", "pool \"2026\".csv", file);

        Request sent = SERVER.lastRequest();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.rawPath()).isEqualTo(TN + "/uploadDnisPool");
        assertThat(sent.queryParams()).containsOnlyKeys("fileType", "quoteCharacter");
        assertThat(sent.queryParams().get("fileType")).containsExactly("COMMA");
        assertThat(sent.queryParams().get("quoteCharacter")).containsExactly("\"");
        assertThat(sent.header("Content-Type").replace(" ", "")) // runtimes differ in the space after ';'
                .isEqualTo("multipart/form-data;boundary=" + MultipartFile.BOUNDARY);
        assertThat(sent.header("X-Auth-Token")).isEqualTo(API_TOKEN);
        assertThat(sent.body()).isEqualTo("--" + MultipartFile.BOUNDARY + """
                \r\n\
                Content-Disposition: form-data; name="file"; filename="pool _2026_.csv"\r\n\
                Content-Type: application/octet-stream\r\n\r\n\
                dnis,carrier\n8005550100,Level3\nabc,Level3\n\
                \r\n--""" + MultipartFile.BOUNDARY + "--\r\n");
        assertThat(preview.getRecords()).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("carrier", "Level3"));
        assertThat(preview.getUploadStatus().getValidated()).isTrue();
        assertThat(preview.getUploadStatus().getTotalRecords()).isEqualTo(2L);
        assertThat(preview.getUploadStatus().getValidRecords()).isEqualTo(1L);
        assertThat(preview.getUploadStatus().getErrorMessage()).containsExactly("line 2: not a number");
        assertThat(preview.toString()).isEqualTo("DnisListPreview[1 records, DnisUploadStatus[1/2 valid, PARTIAL]]");
    }

    @Test
    void internationalUploadsAreFlaggedAndTheServersQuoteIsTheDefault() {
        SERVER.enqueue(Answer.json(200, "{\"records\":[]}"));

        pool.upload(DnisFileType.COMMA, null, true, MultipartFile.body("dnis.csv", new byte[0]));

        Request sent = SERVER.lastRequest();
        assertThat(line(sent))
                .isEqualTo("POST " + TN + "/uploadDnisPool?fileType=COMMA&phoneNumbersI18nEnabled=true");
        assertThat(sent.body()).contains("filename=\"dnis.csv\"");
    }

    @Test
    void aFileHoldingTheBoundaryIsRefusedBeforeSending() {
        byte[] file = ("x--" + MultipartFile.BOUNDARY).getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> pool.upload(DnisFileType.COMMA, null, "x.csv", file))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("boundary");
        assertThat(SERVER.requests()).isEmpty();
    }
}
