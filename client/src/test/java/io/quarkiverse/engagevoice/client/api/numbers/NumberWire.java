package io.quarkiverse.engagevoice.client.api.numbers;

/**
 * The path only phone-number tests need. The simulator serves none of these operations, so the tests use the
 * recording server ({@link io.quarkiverse.engagevoice.client.testing.WireTests}); answers are canned as the OpenAPI
 * file's schema describes, since the official samples have none for this area.
 */
final class NumberWire {

    /** The raw path of the telephone number manager. */
    static final String TN = "/voice/api/v1/admin/utilities/tnManager";

    private NumberWire() {
    }
}
