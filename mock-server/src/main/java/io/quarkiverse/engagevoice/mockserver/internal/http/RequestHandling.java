package io.quarkiverse.engagevoice.mockserver.internal.http;

import java.time.Clock;

import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiException;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiRequest;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiResponse;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;

/** What the HTTP front end hands requests to; the composition root (the engine) provides it. */
public interface RequestHandling {

    Clock clock();

    FaultList faults();

    /** Adds a request to the journal. */
    void record(RecordedRequest request);

    /** Handles an API request: authentication, routing, the endpoint, errors in the API's shapes. */
    ApiResponse handle(ApiRequest request);

    /** Handles a {@code /__admin} request (not journaled, never faulted, no authentication). */
    ApiResponse handleAdmin(ApiRequest request);

    /** An error in the API's shape for {@code request}. */
    ApiResponse render(ApiException error, ApiRequest request);
}
