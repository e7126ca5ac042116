package io.quarkiverse.engagevoice.client.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.engagevoice.client.api.EngageVoiceApis;
import io.quarkiverse.engagevoice.client.api.reporting.ActiveCallControlApi;
import io.quarkiverse.engagevoice.client.api.reporting.AgentStateSubscriptionsApi;
import io.quarkiverse.engagevoice.client.api.reporting.AggregatedStatsApi;
import io.quarkiverse.engagevoice.client.api.reporting.AuditLogsApi;
import io.quarkiverse.engagevoice.client.api.reporting.CallSummariesApi;
import io.quarkiverse.engagevoice.client.api.reporting.IntegrationDirectoryApi;
import io.quarkiverse.engagevoice.client.api.reporting.IntegrationQueueGroupsApi;
import io.quarkiverse.engagevoice.client.api.reporting.InteractionsApi;
import io.quarkiverse.engagevoice.client.api.reporting.MediaStreamsApi;
import io.quarkiverse.engagevoice.client.api.reporting.ReportingApis;
import io.quarkiverse.engagevoice.client.api.reporting.ReportsApi;
import io.quarkiverse.engagevoice.client.model.reporting.AuditAction;
import io.quarkiverse.engagevoice.client.model.reporting.AuditSortOrder;
import io.quarkiverse.engagevoice.client.model.reporting.CallSessionType;
import io.quarkiverse.engagevoice.client.model.reporting.ReportType;

/** The area's index, and its enums against the official OpenAPI file (skipped when the file is not here). */
class ReportingApisTest {

    @Test
    void theIndexListsEveryInterfaceOfTheAreaAndTheClientIndexIncludesIt() {
        assertThat(ReportingApis.all()).containsExactlyInAnyOrder(InteractionsApi.class, AggregatedStatsApi.class,
                IntegrationQueueGroupsApi.class, AgentStateSubscriptionsApi.class, MediaStreamsApi.class,
                ActiveCallControlApi.class, AuditLogsApi.class, ReportsApi.class, IntegrationDirectoryApi.class,
                CallSummariesApi.class);
        assertThat(EngageVoiceApis.all()).containsAll(ReportingApis.all());
    }

    @Test
    void theReportTypesAreThoseOfTheSpec() {
        assertThat(names(ReportType.values())).containsExactlyElementsOf(
                parameterEnum("/voice/api/v1/admin/reports/{reportType}", "get", "reportType"));
    }

    @Test
    void theSessionTypesAreThoseOfTheSpec() {
        assertThat(names(CallSessionType.values())).containsExactlyElementsOf(parameterEnum(
                "/voice/api/v1/admin/accounts/{accountId}/activeCalls/{uii}/addSessionToCall", "post", "sessionType"));
    }

    @Test
    void theAuditEnumsAreThoseOfTheSpec() {
        JsonNode criteria = spec().path("components").path("schemas").path("AuditLogSearchCriteria")
                .path("properties");

        assertThat(names(AuditAction.values()))
                .containsExactlyInAnyOrderElementsOf(values(criteria.path("auditActions").path("items").path("enum")));
        assertThat(names(AuditSortOrder.values()))
                .containsExactlyElementsOf(values(criteria.path("ascOrDesc").path("enum")));
    }

    private static JsonNode spec() {
        Optional<JsonNode> spec = ReportingWire.spec();
        Assumptions.assumeTrue(spec.isPresent(), "the official OpenAPI files (../shared/specs) are not here");
        return spec.get();
    }

    private static List<String> parameterEnum(String path, String method, String name) {
        for (JsonNode p : spec().path("paths").path(path).path(method).path("parameters")) {
            if (p.path("name").asText().equals(name)) {
                return values(p.path("schema").path("enum"));
            }
        }
        throw new AssertionError(method + " " + path + " has no parameter " + name);
    }

    private static List<String> values(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        assertThat(out).as("enum in the spec").isNotEmpty();
        return out;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
