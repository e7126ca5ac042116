package io.quarkiverse.engagevoice.client.api.admin;

import static io.quarkiverse.engagevoice.client.testing.WireTests.ACCOUNT;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSentJson;
import static io.quarkiverse.engagevoice.client.testing.WireTests.assertSentWithoutBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.model.admin.Country;
import io.quarkiverse.engagevoice.client.model.admin.PersonaPhoneConfig;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/** {@link PersonaPhonesApi} and {@link CountriesApi} on the wire, answered as the OpenAPI file's schemas describe. */
class OutboundAndCountriesWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();
    private static final String PHONES = ACCOUNT + "/persona-phone-config";
    private static final String LIST = """
            [{"phoneId":11,"phoneLabel":"Main line","accountId":"1001"},\
            {"phoneId":12,"phoneLabel":"Collections","accountId":"1001"}]""";

    private PersonaPhonesApi phones;
    private CountriesApi countries;

    @BeforeEach
    void client() {
        var client = WireTests.client(SERVER);
        phones = client.api(PersonaPhonesApi.class);
        countries = client.api(CountriesApi.class);
    }

    @Test
    void personaPhonesAreCreatedListedChangedAndDeleted() {
        SERVER.enqueue(Answer.json(200, LIST));
        SERVER.enqueue(Answer.json(200, LIST));
        SERVER.enqueue(Answer.json(200, LIST.replace("Collections", "Collections (EU)")));
        SERVER.enqueue(new Answer(204, null, "", Map.of()));

        List<PersonaPhoneConfig> afterCreate = phones.create("~", PersonaPhoneConfig.labelled("Collections"));
        assertSentJson(SERVER, "POST", PHONES, null, "{\"phoneLabel\":\"Collections\"}");
        List<PersonaPhoneConfig> listed = phones.list("~");
        assertSentWithoutBody(SERVER, "GET", PHONES, null);
        PersonaPhoneConfig change = new PersonaPhoneConfig();
        change.setPhoneId(12);
        change.setPhoneLabel("Collections (EU)");
        List<PersonaPhoneConfig> afterUpdate = phones.update("~", change);
        assertSentJson(SERVER, "PUT", PHONES, null, "{\"phoneId\":12,\"phoneLabel\":\"Collections (EU)\"}");
        phones.delete("~", 12);
        assertSentWithoutBody(SERVER, "DELETE", PHONES + "/12", null);

        assertThat(afterCreate).extracting(PersonaPhoneConfig::getPhoneId).containsExactly(11, 12);
        assertThat(listed.get(0)).hasToString("PersonaPhoneConfig[11, Main line]");
        assertThat(afterUpdate.get(1).getPhoneLabel()).isEqualTo("Collections (EU)");
    }

    @Test
    void theCampaignsUsingAPhoneAreNamed() {
        SERVER.enqueue(Answer.json(200, "[\"Spring\",\"Autumn\"]"));

        List<String> names = phones.campaignsUsing("~", 11);

        assertSentWithoutBody(SERVER, "GET", PHONES + "/active-campaigns/11", null);
        assertThat(names).containsExactly("Spring", "Autumn");
    }

    @Test
    void countriesAreListed() {
        SERVER.enqueue(Answer.json(200, """
                [{"countryId":"1","countryCode":"USA","countryName":"United States",\
                "minAniLength":10,"maxAniLength":10,"minUtcOffset":-10,"maxUtcOffset":-5}]"""));

        List<Country> listed = countries.list("~");

        assertSentWithoutBody(SERVER, "GET", ACCOUNT + "/countries/available", null);
        assertThat(listed).singleElement().satisfies(c -> {
            assertThat(c.getCountryCode()).isEqualTo("USA");
            assertThat(c.getMaxAniLength()).isEqualTo(10);
            assertThat(c.getMinUtcOffset()).isEqualTo(-10);
            assertThat(c).hasToString("Country[USA, United States]");
        });
    }
}
