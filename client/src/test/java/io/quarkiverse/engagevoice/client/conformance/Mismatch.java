package io.quarkiverse.engagevoice.client.conformance;

/**
 * One difference between a client method and the OpenAPI files.
 *
 * @param clientMethod {@code Interface.method}
 * @param operation the request the client sends, {@code METHOD /full/path} (API root included)
 * @param problem what differs, in a short sentence
 */
record Mismatch(String clientMethod, String operation, String problem) {

    @Override
    public String toString() {
        return clientMethod + ": " + operation + ": " + problem;
    }
}
