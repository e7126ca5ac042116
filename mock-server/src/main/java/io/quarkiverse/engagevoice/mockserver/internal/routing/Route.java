package io.quarkiverse.engagevoice.mockserver.internal.routing;

/**
 * One operation the simulator serves.
 *
 * @param method the HTTP method (after tunnelling)
 * @param template the full path, API root included
 * @param operationId the {@code operationId} of the operation in the official OpenAPI files, or {@code null} for
 *        operations that are in none of them (the RingCentral platform token endpoint)
 * @param authenticated whether the caller needs an Engage token
 * @param endpoint the handler
 */
public record Route(String method, PathTemplate template, String operationId, boolean authenticated,
        Endpoint endpoint) {
}
