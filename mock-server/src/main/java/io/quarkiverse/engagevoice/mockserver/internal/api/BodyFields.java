package io.quarkiverse.engagevoice.mockserver.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiException;

/** Checks on the fields of a JSON request body, answered as the API's validation errors. */
final class BodyFields {

    private BodyFields() {
    }

    /** The non-blank text of {@code field}; a 400 naming it when it is missing, blank or not text. */
    static String requiredText(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw ApiException.invalidField(field, "is required", value == null ? null : value.asText());
        }
        return value.asText();
    }
}
