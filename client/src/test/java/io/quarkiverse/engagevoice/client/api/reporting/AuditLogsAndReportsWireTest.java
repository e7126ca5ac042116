package io.quarkiverse.engagevoice.client.api.reporting;

import static io.quarkiverse.engagevoice.client.testing.WireTests.ACCOUNT_ID;
import static io.quarkiverse.engagevoice.client.testing.WireTests.ROOT;
import static io.quarkiverse.engagevoice.client.testing.WireTests.json;
import static io.quarkiverse.engagevoice.client.testing.WireTests.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.model.reporting.AuditAction;
import io.quarkiverse.engagevoice.client.model.reporting.AuditLog;
import io.quarkiverse.engagevoice.client.model.reporting.AuditLogSearchCriteria;
import io.quarkiverse.engagevoice.client.model.reporting.AuditSortOrder;
import io.quarkiverse.engagevoice.client.model.reporting.AuditableEntity;
import io.quarkiverse.engagevoice.client.model.reporting.ReportCriteria;
import io.quarkiverse.engagevoice.client.model.reporting.ReportType;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Request;
import io.quarkiverse.engagevoice.client.testing.WireTests;

/** The audit log (entities, search with its colon-offset dates) and the report criteria templates. */
class AuditLogsAndReportsWireTest {

    @RegisterExtension
    static final RecordingServer SERVER = RecordingServer.start();

    private final EngageVoiceClient client = WireTests.client(SERVER);
    private final AuditLogsApi audit = client.api(AuditLogsApi.class);
    private final ReportsApi reports = client.api(ReportsApi.class);

    @Test
    void theAuditableEntitiesAreListed() {
        SERVER.enqueue(Answer.json(200, """
                [{"name":"Campaign","fullPath":"com.vacd.model.Campaign"},\
                {"name":"Agent","fullPath":"com.vacd.model.Agent"}]"""));

        List<AuditableEntity> entities = audit.auditableEntities();

        assertThat(line(SERVER.lastRequest())).isEqualTo("GET " + ROOT + "/v1/admin/auditLogs/auditable");
        assertThat(entities).extracting(AuditableEntity::getName).containsExactly("Campaign", "Agent");
        assertThat(entities.get(0).getFullPath()).isEqualTo("com.vacd.model.Campaign");
    }

    @Test
    void theSearchIsAPutWhoseDatesCarryAColonOffsetAndNeverZ() {
        SERVER.enqueue(Answer.json(200, """
                [{"id":"65e1f0a2c3","accountId":"1001","actionType":"UPDATE","description":"Campaign updated",
                  "auditedEntityId":6101,"affectedEntityJson":"{\\"campaignId\\":6101}",
                  "auditLogResultList":[{"attributeName":"campaignName","classType":"java.lang.String",
                                         "originalValue":"Spring","newValue":"Spring 2026"}],
                  "authUser":{"userId":"1001","userName":"admin@example.com","firstName":"Ada","lastName":"Admin"},
                  "createTime":1709280000000,"createTimeAsDateTime":{"millis":1709280000000}}]
                """));
        AuditLogSearchCriteria criteria = AuditLogSearchCriteria.between(ACCOUNT_ID,
                OffsetDateTime.of(2024, 3, 1, 0, 0, 0, 0, ZoneOffset.ofHours(-8)),
                OffsetDateTime.of(2024, 3, 2, 0, 0, 0, 0, ZoneOffset.UTC))
                .actions(AuditAction.UPDATE, AuditAction.DELETE).entities("Campaign");
        criteria.setAscOrDesc(AuditSortOrder.DESCENDING);

        List<AuditLog> logs = audit.search(criteria);

        Request sent = SERVER.lastRequest();
        assertThat(line(sent)).isEqualTo("PUT " + ROOT + "/v1/admin/auditLogs/search");
        assertThat(sent.header("Content-Type")).startsWith("application/json");
        assertThat(sent.body()).doesNotContain("Z\"");
        assertThat(json(sent.body())).isEqualTo(json("""
                {"accountId":"1001",\
                "startDateTime":"2024-03-01T00:00:00.000-08:00","endDateTime":"2024-03-02T00:00:00.000+00:00",\
                "auditActions":["UPDATE","DELETE"],"searchEntities":["Campaign"],\
                "ascOrDesc":"DESCENDING"}"""));
        AuditLog log = logs.get(0);
        assertThat(log.getActionType()).isEqualTo("UPDATE");
        assertThat(log.getAuditedEntityId()).isEqualTo(6101);
        assertThat(log.getAffectedEntityJson()).isEqualTo("{\"campaignId\":6101}");
        assertThat(log.getCreateTime().toInstant()).isEqualTo(Instant.ofEpochMilli(1709280000000L));
        assertThat(log.getAuditLogResultList()).singleElement().satisfies(c -> {
            assertThat(c.getAttributeName()).isEqualTo("campaignName");
            assertThat(c.getOriginalValue()).isEqualTo("Spring");
            assertThat(c.getNewValue()).isEqualTo("Spring 2026");
            assertThat(c.toString()).doesNotContain("Spring");
        });
        assertThat(log.getAuthUser().getUserName()).isEqualTo("admin@example.com");
        assertThat(log.getAuthUser().toString()).doesNotContain("admin@", "Ada");
        assertThat(log.getCreateTimeAsDateTime().toInstant()).isEqualTo(Instant.ofEpochMilli(1709280000000L));
        assertThat(log.toString()).contains("65e1f0a2c3", "UPDATE").doesNotContain("admin@");
    }

    @Test
    void theReportCriteriaTemplateIsFetchedByType() {
        SERVER.enqueue(Answer.json(200, """
                {"accountId":"1001","criteriaType":"ALL_CALLS_CRITERIA","timezoneName":"US/Eastern",
                 "databaseTimezone":"UTC","startDateRange":{"rangeType":"DAY","rangeValue":-1,"rangeValueValid":true},
                 "endDateRange":{"rangeType":"NOW","rangeValue":0,"rangeValueValid":true},"startDate":{"millis":1}}
                """));

        ReportCriteria criteria = reports.criteriaTemplate(ReportType.ALL_CALLS);

        assertThat(line(SERVER.lastRequest())).isEqualTo("GET " + ROOT + "/v1/admin/reports/ALL_CALLS");
        assertThat(criteria.getCriteriaType()).isEqualTo("ALL_CALLS_CRITERIA");
        assertThat(criteria.getTimezoneName()).isEqualTo("US/Eastern");
        assertThat(criteria.getDatabaseTimezone()).isEqualTo("UTC");
        assertThat(criteria.getStartDateRange().getRangeType()).isEqualTo("DAY");
        assertThat(criteria.getStartDateRange().getRangeValue()).isEqualTo(-1);
        assertThat(criteria.getEndDateRange().getRangeType()).isEqualTo("NOW");
        assertThat(criteria.getStartDate().toInstant().toEpochMilli()).isEqualTo(1);
        assertThat(criteria.toString()).contains("ALL_CALLS_CRITERIA");
    }
}
