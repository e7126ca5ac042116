package io.quarkiverse.engagevoice.client.model.reporting;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * The window of an interaction metadata request (the API's {@code InteractionMetadataRequest}): the segments that
 * ended within {@code timeInterval} seconds after {@code segmentEndTime}, a local date-time read in {@code timeZone}.
 * Sent as {@code {"segmentEndTime": "2026-03-02 09:00:00", "timeInterval": 1800, "timeZone": "US/Eastern"}}. Prefer
 * {@link #window(LocalDateTime, Duration, ZoneId)}, which checks the documented 3-hour maximum before a call spends
 * one of the 3 requests per minute.
 */
public class InteractionMetadataRequest extends ApiObject {

    @JsonDeserialize(using = ReportingDates.LocalDateTimeDeserializer.class)
    @JsonSerialize(using = ReportingDates.LocalDateTimeSerializer.class)
    private LocalDateTime segmentEndTime;
    private Integer timeInterval;
    @JsonDeserialize(using = ReportingDates.ZoneDeserializer.class)
    @JsonSerialize(using = ReportingDates.ZoneSerializer.class)
    private ZoneId timeZone;

    public InteractionMetadataRequest() {
    }

    /**
     * The segments that ended in {@code [from, from + length)}, {@code from} read in {@code zone}.
     *
     * @param length more than 0 and at most 3 hours; sent in whole seconds
     * @param zone a zone name ({@code ZoneId.of("US/Eastern")}, {@code ZoneId.of("UTC")}), not a bare offset
     * @throws IllegalArgumentException when the window is empty, longer than 3 hours, or the zone is an offset
     */
    public static InteractionMetadataRequest window(LocalDateTime from, Duration length, ZoneId zone) {
        ReportingDates.requireReportWindow(length, "the interaction metadata window");
        InteractionMetadataRequest r = new InteractionMetadataRequest();
        r.setSegmentEndTime(java.util.Objects.requireNonNull(from, "from"));
        r.setTimeInterval((int) length.toSeconds());
        r.setTimeZone(ReportingDates.requireRegion(zone));
        return r;
    }

    /** Where the window starts, in {@link #getTimeZone()}; sent as {@code YYYY-MM-DD HH:mm:ss}. */
    public LocalDateTime getSegmentEndTime() {
        return segmentEndTime;
    }

    public void setSegmentEndTime(LocalDateTime segmentEndTime) {
        this.segmentEndTime = segmentEndTime;
    }

    /** The window length in seconds, forward from {@link #getSegmentEndTime()}: 1 to 10800. */
    public Integer getTimeInterval() {
        return timeInterval;
    }

    public void setTimeInterval(Integer timeInterval) {
        this.timeInterval = timeInterval;
    }

    /** The zone the date-time is read in, sent by name ({@code US/Eastern}). */
    public ZoneId getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(ZoneId timeZone) {
        this.timeZone = timeZone;
    }

    @Override
    public String toString() {
        return "InteractionMetadataRequest[" + segmentEndTime + " +" + timeInterval + "s " + timeZone + "]";
    }
}
