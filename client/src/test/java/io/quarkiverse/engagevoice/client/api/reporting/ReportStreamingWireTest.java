package io.quarkiverse.engagevoice.client.api.reporting;

import static io.quarkiverse.engagevoice.client.testing.WireTests.ACCOUNT;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSentJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.model.reporting.ReportCriteria;
import io.quarkiverse.engagevoice.client.model.reporting.ReportStreamRequest;
import io.quarkiverse.engagevoice.client.model.reporting.ReportStreamRequest.Delimiter;
import io.quarkiverse.engagevoice.client.model.reporting.ReportStreamRequest.StreamedReportType;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/** {@code streamFile}: the report's parameters as JSON, its file read as it comes. */
class ReportStreamingWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();

    @Test
    void theParametersArePostedAndTheFileIsReadAsItCame() throws IOException {
        String file = "uii|agent|duration\n2026030112|1001|42\n";
        SERVER.enqueue(new Answer(200, "text/csv", file, Map.of()));
        ReportCriteria criteria = new ReportCriteria();
        criteria.setTimezoneName("America/New_York");
        ReportStreamRequest request = new ReportStreamRequest();
        request.setReportType(StreamedReportType.ALL_CALLS);
        request.setDelimiter(Delimiter.PIPE);
        request.setReportCriteria(criteria);

        String body;
        try (InputStream in = WireTests.client(SERVER).api(ReportStreamingApi.class).stream("~", request)) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertSentJson(SERVER, "POST", ACCOUNT + "/reportsStreaming", null, """
                {"reportType":"ALL_CALLS",\
                "delimiter":"PIPE","reportCriteria":{"timezoneName":"America/New_York"}}""");
        assertThat(body).isEqualTo(file);
    }
}
