package io.quarkiverse.engagevoice.client.model.reporting;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import io.quarkiverse.engagevoice.client.model.ApiObject;
import io.quarkiverse.engagevoice.client.model.EngageDateTime;

/**
 * What an audit log search matches (the API's {@code AuditLogSearchCriteria}); null criteria are left out. The
 * dates are sent with an offset written with a colon ({@code 2024-03-01T00:00:00.000-08:00}, {@code +00:00} for UTC),
 * never {@code Z}, which the search rejects. Properties not declared here are kept.
 */
public class AuditLogSearchCriteria extends ApiObject {

    private String accountId;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = ReportingDates.AuditDateTimeSerializer.class)
    private OffsetDateTime startDateTime;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = ReportingDates.AuditDateTimeSerializer.class)
    private OffsetDateTime endDateTime;
    private Long startDateTimeAsUnix;
    private Long endDateTimeAsUnix;
    private List<AuditAction> auditActions;
    private List<String> searchEntities;
    private String auditedEntityId;
    private String createUserId;
    private String orderBy;
    private AuditSortOrder ascOrDesc;

    public AuditLogSearchCriteria() {
    }

    /** The records of {@code accountId} from {@code start} to {@code end}. */
    public static AuditLogSearchCriteria between(String accountId, OffsetDateTime start, OffsetDateTime end) {
        AuditLogSearchCriteria c = new AuditLogSearchCriteria();
        c.setAccountId(accountId);
        c.setStartDateTime(start);
        c.setEndDateTime(end);
        return c;
    }

    /** Restricts the search to these kinds of change, and returns these criteria. */
    public AuditLogSearchCriteria actions(AuditAction... actions) {
        setAuditActions(List.of(actions));
        return this;
    }

    /** Restricts the search to these entity kinds ({@link AuditableEntity#getName()}), and returns these criteria. */
    public AuditLogSearchCriteria entities(String... names) {
        setSearchEntities(List.of(names));
        return this;
    }

    /** The (sub-)account whose records to search. */
    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    /** From when. */
    public OffsetDateTime getStartDateTime() {
        return startDateTime;
    }

    public void setStartDateTime(OffsetDateTime startDateTime) {
        this.startDateTime = startDateTime;
    }

    /** Until when. */
    public OffsetDateTime getEndDateTime() {
        return endDateTime;
    }

    public void setEndDateTime(OffsetDateTime endDateTime) {
        this.endDateTime = endDateTime;
    }

    /** From when, as the API's epoch form; an alternative to {@link #getStartDateTime()}. */
    public Long getStartDateTimeAsUnix() {
        return startDateTimeAsUnix;
    }

    public void setStartDateTimeAsUnix(Long startDateTimeAsUnix) {
        this.startDateTimeAsUnix = startDateTimeAsUnix;
    }

    /** Until when, as the API's epoch form; an alternative to {@link #getEndDateTime()}. */
    public Long getEndDateTimeAsUnix() {
        return endDateTimeAsUnix;
    }

    public void setEndDateTimeAsUnix(Long endDateTimeAsUnix) {
        this.endDateTimeAsUnix = endDateTimeAsUnix;
    }

    /** The kinds of change; all when {@code null}. */
    public List<AuditAction> getAuditActions() {
        return auditActions;
    }

    public void setAuditActions(List<AuditAction> auditActions) {
        this.auditActions = auditActions;
    }

    /** The entity kinds ({@link AuditableEntity#getName()}); all when {@code null}. */
    public List<String> getSearchEntities() {
        return searchEntities;
    }

    public void setSearchEntities(List<String> searchEntities) {
        this.searchEntities = searchEntities;
    }

    /** One entity's id. */
    public String getAuditedEntityId() {
        return auditedEntityId;
    }

    public void setAuditedEntityId(String auditedEntityId) {
        this.auditedEntityId = auditedEntityId;
    }

    /** The user who made the changes. */
    public String getCreateUserId() {
        return createUserId;
    }

    public void setCreateUserId(String createUserId) {
        this.createUserId = createUserId;
    }

    public String getOrderBy() {
        return orderBy;
    }

    public void setOrderBy(String orderBy) {
        this.orderBy = orderBy;
    }

    public AuditSortOrder getAscOrDesc() {
        return ascOrDesc;
    }

    public void setAscOrDesc(AuditSortOrder ascOrDesc) {
        this.ascOrDesc = ascOrDesc;
    }

    @Override
    public String toString() {
        return "AuditLogSearchCriteria[" + accountId + ", " + startDateTime + " - " + endDateTime + "]";
    }
}
