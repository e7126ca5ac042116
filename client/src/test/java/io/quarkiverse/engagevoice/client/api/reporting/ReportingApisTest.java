package io.quarkiverse.engagevoice.client.api.reporting;

import static io.quarkiverse.engagevoice.client.testing.OfficialFiles.enumValues;
import static io.quarkiverse.engagevoice.client.testing.OfficialFiles.openApiOrSkip;
import static io.quarkiverse.engagevoice.client.testing.OfficialFiles.parameterEnum;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.engagevoice.client.EngageVoiceApis;
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
                CallSummariesApi.class, ReportStreamingApi.class, ActiveCallActionsApi.class,
                RealTimeDataApi.class);
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
        JsonNode criteria = openApiOrSkip().path("components").path("schemas").path("AuditLogSearchCriteria")
                .path("properties");

        assertThat(names(AuditAction.values())).containsExactlyInAnyOrderElementsOf(
                enumValues(criteria.path("auditActions").path("items").path("enum")));
        assertThat(names(AuditSortOrder.values()))
                .containsExactlyElementsOf(enumValues(criteria.path("ascOrDesc").path("enum")));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
