package io.quarkiverse.engagevoice.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.client.api.MultipartFile;
import io.quarkiverse.engagevoice.it.PackagedAppSimulators.Simulators;
import io.quarkiverse.engagevoice.mockserver.InjectEngageVoiceSimulator;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials;
import io.quarkiverse.engagevoice.mockserver.seed.SimulatorSeed;
import io.quarkiverse.engagevoice.mockserver.wire.Fault;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The packaged application uploads a lead file as {@code multipart/form-data}. The simulator does not preview lead
 * files, so its answer is scripted; the request is checked as received.
 */
@QuarkusIntegrationTest
@WithTestResource(PackagedAppSimulators.class)
class LeadFileUploadIT {

    private static final String PREVIEW = "/voice/api/v1/admin/accounts/" + SimulatorCredentials.SALES_ACCOUNT_ID
            + "/campaigns/" + SimulatorSeed.CAMPAIGN_SPRING_PROMOTION + "/leadLoader/preview";

    @InjectEngageVoiceSimulator
    Simulators simulators;

    @Test
    void aLeadFileIsSentAsTheFilePartOfAMultipartBody() {
        simulators.current().addFault(Fault.builder().method("POST").pathPattern(PREVIEW).status(200)
                .body("{\"transactionId\":\"tx-42\",\"mappingColumns\":[\"firstName\",\"leadPhone\"]}",
                        "application/json")
                .times(1).build());
        int mark = simulators.mark();
        String csv = "firstName,leadPhone\nOlivia,6505550101\n";

        given().contentType("text/csv").body(csv).queryParam("fileName", "spring.csv")
                .post("/lead-files/" + SimulatorSeed.CAMPAIGN_SPRING_PROMOTION)
                .then().statusCode(200)
                .body("transactionId", equalTo("tx-42"))
                .body("mappingColumns", contains("firstName", "leadPhone"));

        assertThat(simulators.currentSince(mark)).filteredOn(r -> r.path().equals(PREVIEW)).singleElement()
                .satisfies((RecordedRequest r) -> {
                    assertThat(r.method()).isEqualTo("POST");
                    assertThat(r.query()).isEqualTo("fileType=COMMA");
                    assertThat(r.header("Content-Type")).startsWith("multipart/form-data")
                            .endsWith("boundary=" + MultipartFile.BOUNDARY);
                    assertThat(r.body()).contains("--" + MultipartFile.BOUNDARY,
                            "Content-Disposition: form-data; name=\"file\"; filename=\"spring.csv\"", csv,
                            "--" + MultipartFile.BOUNDARY + "--");
                });
    }
}
