package io.quarkiverse.engagevoice.mockserver.internal.admin;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.engagevoice.mockserver.internal.http.FaultList;
import io.quarkiverse.engagevoice.mockserver.internal.json.Json;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiException;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiResponse;
import io.quarkiverse.engagevoice.mockserver.internal.routing.RouteTable;
import io.quarkiverse.engagevoice.mockserver.wire.Fault;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;

/**
 * Test aids under {@code /__admin}: the settings, the request journal, faults and reset. These requests are not
 * journaled and never faulted.
 */
public final class AdminEndpoints {

    private AdminEndpoints() {
    }

    public static RouteTable routes(AdminControls engine) {
        return new RouteTable()
                .open("GET", "/__admin/settings", null, request -> ApiResponse.ok(settings(engine)))
                .open("GET", "/__admin/requests", null, request -> ApiResponse.ok(journal(engine.journal().snapshot())))
                .open("DELETE", "/__admin/requests", null, request -> {
                    engine.journal().clear();
                    return ApiResponse.noContent();
                })
                .open("GET", "/__admin/faults", null, request -> ApiResponse.ok(faults(engine.faults())))
                .open("POST", "/__admin/faults", null, request -> {
                    Fault fault;
                    try {
                        fault = FaultJson.read(request.jsonBody());
                        engine.addFault(fault);
                    } catch (IllegalArgumentException invalid) {
                        throw ApiException.badRequest("Invalid fault: " + invalid.getMessage());
                    }
                    return ApiResponse.created(FaultJson.write(fault, fault.times()));
                })
                .open("DELETE", "/__admin/faults", null, request -> {
                    engine.faults().clear();
                    return ApiResponse.noContent();
                })
                .open("POST", "/__admin/reset", null, request -> {
                    engine.reset();
                    return ApiResponse.noContent();
                });
    }

    /** What the simulator was started with, for a test that joins a running one. */
    private static ObjectNode settings(AdminControls engine) {
        ObjectNode settings = Json.object();
        settings.put("layout", engine.layout().name());
        settings.put("apiRoot", engine.layout().apiRoot());
        settings.put("tokenTtl", engine.tokenTtl().toString());
        return settings;
    }

    private static ArrayNode journal(List<RecordedRequest> requests) {
        ArrayNode result = Json.array();
        for (RecordedRequest recorded : requests) {
            ObjectNode entry = result.addObject();
            entry.put("method", recorded.method());
            entry.put("effectiveMethod", recorded.effectiveMethod());
            entry.put("path", recorded.path());
            entry.put("query", recorded.query());
            entry.set("queryParams", multiMap(recorded.queryParams()));
            entry.set("headers", multiMap(recorded.headers()));
            entry.put("body", recorded.body());
            entry.put("receivedAt", recorded.receivedAt().toString());
        }
        return result;
    }

    private static ObjectNode multiMap(Map<String, List<String>> values) {
        ObjectNode json = Json.object();
        values.forEach((key, list) -> {
            ArrayNode array = json.putArray(key);
            list.forEach(array::add);
        });
        return json;
    }

    private static ArrayNode faults(FaultList faults) {
        ArrayNode result = Json.array();
        faults.pending().forEach(pending -> result.add(FaultJson.write(pending.fault(), pending.remaining())));
        return result;
    }
}
