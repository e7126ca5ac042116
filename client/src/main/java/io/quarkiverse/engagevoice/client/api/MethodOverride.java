package io.quarkiverse.engagevoice.client.api;

/**
 * Method tunnelling for networks and runtimes that can only send GET and POST: PUT, DELETE and PATCH go out as
 * POST and name the real method. The RingCX documentation dropped tunnelling in 2020, so it is opt-in.
 */
public enum MethodOverride {
    /** Send every method as it is (default). */
    NONE,
    /** POST with the header {@code X-HTTP-Method-Override: <method>}. */
    HEADER,
    /** POST with the query parameter {@code _method=<method>}. */
    QUERY
}
