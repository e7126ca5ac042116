package io.quarkiverse.engagevoice.client.model.reporting;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * The criteria template of a report type (the API's {@code ReportCriteria}): its kind, time zones and default date
 * ranges. The API's {@code startDate}/{@code endDate} objects are kept among the other properties.
 */
public class ReportCriteria extends ApiObject {

    private String accountId;
    private String criteriaType;
    private String timezoneName;
    private String databaseTimezone;
    private String scheduleTimezoneName;
    private TimeRange startDateRange;
    private TimeRange endDateRange;

    public ReportCriteria() {
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    /** {@code ALL_CALLS_CRITERIA}, {@code GLOBAL_CALL_TYPE_CRITERIA}, ... */
    public String getCriteriaType() {
        return criteriaType;
    }

    public void setCriteriaType(String criteriaType) {
        this.criteriaType = criteriaType;
    }

    public String getTimezoneName() {
        return timezoneName;
    }

    public void setTimezoneName(String timezoneName) {
        this.timezoneName = timezoneName;
    }

    public String getDatabaseTimezone() {
        return databaseTimezone;
    }

    public void setDatabaseTimezone(String databaseTimezone) {
        this.databaseTimezone = databaseTimezone;
    }

    public String getScheduleTimezoneName() {
        return scheduleTimezoneName;
    }

    public void setScheduleTimezoneName(String scheduleTimezoneName) {
        this.scheduleTimezoneName = scheduleTimezoneName;
    }

    /** The default start, relative to now. */
    public TimeRange getStartDateRange() {
        return startDateRange;
    }

    public void setStartDateRange(TimeRange startDateRange) {
        this.startDateRange = startDateRange;
    }

    /** The default end, relative to now. */
    public TimeRange getEndDateRange() {
        return endDateRange;
    }

    public void setEndDateRange(TimeRange endDateRange) {
        this.endDateRange = endDateRange;
    }

    @Override
    public String toString() {
        return "ReportCriteria[" + criteriaType + ", " + timezoneName + "]";
    }
}
