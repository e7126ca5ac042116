package io.quarkiverse.engagevoice.mockserver.internal.routing;

/** Handles one operation. Runs on the event loop under the simulator's state lock: it must not block. */
@FunctionalInterface
public interface Endpoint {
    ApiResponse handle(ApiRequest request);
}
