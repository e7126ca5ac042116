package io.quarkiverse.engagevoice.client.model.reporting;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * The period of an aggregated statistics report (the API's {@code AggregatedIntegrationParams}): from
 * {@code startDate} to {@code endDate} (at most 3 hours apart), local date-times read in {@code timeZone}, in buckets
 * of {@code timeInterval} seconds. Sent as {@code {"startDate": "2026-03-02 09:00:00", "endDate":
 * "2026-03-02 12:00:00", "timeInterval": 1800, "timeZone": "US/Eastern"}}. Prefer
 * {@link #between(LocalDateTime, LocalDateTime, Duration, ZoneId)}, which checks the period before a call spends one
 * of the 3 requests per minute.
 */
public class AggregatedStatsRequest extends ApiObject {

    @JsonDeserialize(using = ReportingDates.LocalDateTimeDeserializer.class)
    @JsonSerialize(using = ReportingDates.LocalDateTimeSerializer.class)
    private LocalDateTime startDate;
    @JsonDeserialize(using = ReportingDates.LocalDateTimeDeserializer.class)
    @JsonSerialize(using = ReportingDates.LocalDateTimeSerializer.class)
    private LocalDateTime endDate;
    private Integer timeInterval;
    @JsonDeserialize(using = ReportingDates.ZoneDeserializer.class)
    @JsonSerialize(using = ReportingDates.ZoneSerializer.class)
    private ZoneId timeZone;

    public AggregatedStatsRequest() {
    }

    /**
     * Statistics from {@code start} to {@code end}, read in {@code zone}, in buckets of {@code bucket}.
     *
     * @param end after {@code start}, at most 3 hours later
     * @param bucket the interval of each row, sent in whole seconds (e.g. 30 minutes, 1 hour)
     * @param zone a zone name ({@code ZoneId.of("US/Eastern")}, {@code ZoneId.of("UTC")}), not a bare offset
     * @throws IllegalArgumentException when the period is empty or longer than 3 hours, the bucket is not positive,
     *         or the zone is an offset
     */
    public static AggregatedStatsRequest between(LocalDateTime start, LocalDateTime end, Duration bucket,
            ZoneId zone) {
        ReportingDates.requireReportWindow(Duration.between(Objects.requireNonNull(start, "start"),
                Objects.requireNonNull(end, "end")), "the statistics period");
        if (bucket == null || bucket.toSeconds() < 1) {
            throw new IllegalArgumentException("the statistics bucket must be at least one second, not " + bucket);
        }
        AggregatedStatsRequest r = new AggregatedStatsRequest();
        r.setStartDate(start);
        r.setEndDate(end);
        r.setTimeInterval(Math.toIntExact(bucket.toSeconds()));
        r.setTimeZone(ReportingDates.requireRegion(zone));
        return r;
    }

    /** Start of the period, in {@link #getTimeZone()}; sent as {@code YYYY-MM-DD HH:mm:ss}. */
    public LocalDateTime getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDateTime startDate) {
        this.startDate = startDate;
    }

    /** End of the period, at most 3 hours after the start; sent as {@code YYYY-MM-DD HH:mm:ss}. */
    public LocalDateTime getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDateTime endDate) {
        this.endDate = endDate;
    }

    /** Bucket length in seconds (1800 for half hours). */
    public Integer getTimeInterval() {
        return timeInterval;
    }

    public void setTimeInterval(Integer timeInterval) {
        this.timeInterval = timeInterval;
    }

    /** The zone the dates are read in, sent by name ({@code US/Eastern}). */
    public ZoneId getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(ZoneId timeZone) {
        this.timeZone = timeZone;
    }

    @Override
    public String toString() {
        return "AggregatedStatsRequest[" + startDate + " - " + endDate + " by " + timeInterval + "s " + timeZone + "]";
    }
}
