package io.quarkiverse.engagevoice.mockserver;

import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

/** The do-not-call list and its tags, as the developer guide documents them: added, listed and removed. */
class DncListsTest {

    private static final String SALES = "/voice/api/v1/admin/accounts/" + SALES_ACCOUNT_ID;

    @RegisterExtension
    static final SimulatorFixture SIM = SimulatorFixture.current();

    private final TestHttp http = SIM.http();

    private int createTag(String label) {
        TestHttp.Response created = http.post(SALES + "/dncTags").apiToken(API_TOKEN)
                .json("{\"dncTagLabel\":\"" + label + "\"}").send();
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().get("dncTagLabel").asText()).isEqualTo(label);
        return created.json().get("dncTagId").asInt();
    }

    private void add(String phone, String country, int tagId) {
        TestHttp.Response added = http.post(SALES + "/dncLists").apiToken(API_TOKEN).json(
                "{\"phone\":\"" + phone + "\",\"countryId\":\"" + country + "\",\"dncTagId\":" + tagId + "}").send();
        assertThat(added.status()).isEqualTo(200);
    }

    private List<String> phones() {
        List<String> phones = new ArrayList<>();
        http.get(SALES + "/dncLists").apiToken(API_TOKEN).send().json()
                .forEach(entry -> phones.add(entry.get("phone").asText()));
        return phones;
    }

    @Test
    void anAddedNumberIsListedUnderItsTagWithItsCountry() {
        int complaints = createTag("Complaints");

        TestHttp.Response added = http.post(SALES + "/dncLists").apiToken(API_TOKEN)
                .json("{\"phone\":\"4155550100\",\"countryId\":\"USA\",\"dncTagId\":" + complaints
                        + ",\"externId\":\"lead-1001\"}")
                .send();

        JsonNode entry = added.json();
        assertThat(entry.get("tag").asText()).isEqualTo("Complaints");
        assertThat(entry.get("dncTagId").asInt()).isEqualTo(complaints);
        assertThat(entry.get("countryCode").get("id").asText()).isEqualTo("USA");
        assertThat(entry.get("addedDate").asText()).isNotBlank();
        assertThat(phones()).containsExactly("4155550100");
        assertThat(http.get(SALES + "/dncTags").apiToken(API_TOKEN).send().json()).hasSize(1);
    }

    @Test
    void entriesAreRemovedByNumberByCountryAndByTag() {
        int tag = createTag("Complaints");
        add("4155550100", "USA", tag);
        add("4155550101", "USA", tag);
        add("6045550102", "CAN", tag);
        add("6045550103", "CAN", tag);
        String tagged = SALES + "/dncLists/tags/" + tag;

        assertThat(http.delete(tagged + "/phones/4155550100/countries/USA").apiToken(API_TOKEN).send().status())
                .isEqualTo(200);
        assertThat(phones()).containsExactly("4155550101", "6045550102", "6045550103");
        http.delete(tagged + "/countries/CAN").apiToken(API_TOKEN).send();
        assertThat(phones()).containsExactly("4155550101");
        http.delete(tagged).apiToken(API_TOKEN).send();
        assertThat(phones()).isEmpty();
    }

    @Test
    void badEntriesAndUnknownTagsAreRefused() {
        assertThat(http.post(SALES + "/dncLists").apiToken(API_TOKEN).json("{\"countryId\":\"USA\"}").send()
                .status()).isEqualTo(400);
        assertThat(http.post(SALES + "/dncLists").apiToken(API_TOKEN)
                .json("{\"phone\":\"4155550100\",\"countryId\":\"USA\",\"dncTagId\":1}").send().status())
                .isEqualTo(404);
        assertThat(http.post(SALES + "/dncTags").apiToken(API_TOKEN).json("{}").send().status()).isEqualTo(400);
        assertThat(http.delete(SALES + "/dncLists/tags/1").apiToken(API_TOKEN).send().status()).isEqualTo(404);
    }

    @Test
    void aDeletedTagIsGone() {
        int tag = createTag("Temporary");

        assertThat(http.delete(SALES + "/dncTags/" + tag).apiToken(API_TOKEN).send().status()).isEqualTo(200);
        assertThat(http.get(SALES + "/dncTags").apiToken(API_TOKEN).send().json()).isEmpty();
        assertThat(http.delete(SALES + "/dncTags/" + tag).apiToken(API_TOKEN).send().status()).isEqualTo(404);
    }
}
