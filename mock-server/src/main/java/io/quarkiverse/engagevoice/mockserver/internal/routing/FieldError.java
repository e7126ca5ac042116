package io.quarkiverse.engagevoice.mockserver.internal.routing;

/** One entry of {@code validationErrors} ({@code ValidationErrorData} in the OpenAPI file). */
public record FieldError(String attributeName, String message, String value) {
}
