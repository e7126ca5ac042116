package io.quarkiverse.engagevoice.deployment.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.api.MultipartFile;
import io.quarkiverse.engagevoice.client.api.queues.GateSpecialAnisApi;
import io.quarkiverse.engagevoice.client.model.queues.SpecialAniType;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkus.test.QuarkusUnitTest;

/** The special-ANI file upload goes out as multipart/form-data on the Quarkus REST client too. */
class MultipartUploadWireTest {

    static final RecordingServer SERVER = RecordingServer.shared("MultipartUploadWireTest");

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .overrideConfigKey("quarkus.engage-voice.server", SERVER.url())
            .overrideConfigKey("quarkus.engage-voice.auth.api-token", "aws80:t")
            .overrideConfigKey("quarkus.engage-voice.account-id", "1001");

    @Inject
    GateSpecialAnisApi specialAnis;

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void theFileIsSentAsAMultipartPart() {
        SERVER.enqueue(Answer.text(200, "2"));

        int taken = specialAnis.upload("~", 3, 4, SpecialAniType.values()[0], null, "anis.csv",
                "5551230001\n5551230002\n".getBytes(StandardCharsets.UTF_8));

        assertThat(taken).isEqualTo(2);
        RecordingServer.Request r = SERVER.lastRequest();
        assertThat(r.method() + " " + r.rawPath())
                .isEqualTo("POST /voice/api/v1/admin/accounts/1001/gateGroups/3/gates/4/specialAnis/upload");
        assertThat(r.header("Content-Type")).startsWith("multipart/form-data")
                .contains("boundary=" + MultipartFile.BOUNDARY);
        assertThat(r.body()).contains("name=\"file\"; filename=\"anis.csv\"").contains("5551230001\n5551230002\n")
                .endsWith("--" + MultipartFile.BOUNDARY + "--\r\n");
    }
}
