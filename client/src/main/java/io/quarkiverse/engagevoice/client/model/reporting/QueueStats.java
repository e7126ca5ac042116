package io.quarkiverse.engagevoice.client.model.reporting;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * One row of queue statistics (the API's {@code AggregatedQueueStats}): one queue over one bucket of the requested
 * period. Counts are interactions ({@code Ixn}), durations ({@code Dur}) seconds. Properties not declared here are
 * kept.
 */
public class QueueStats extends ApiObject {

    private String dateTimeFrom;
    private Integer interval;
    private Integer queue;
    private String queueName;
    private Integer offdDirectIxnCnt;
    private Integer answIxnCnt;
    private Integer abandIxnCnt;
    private Integer abandShortIxnCnt;
    private Integer abandWithinSlCnt;
    private Integer ansServicelevelCnt;
    private Integer completedContacts;
    private Integer queuedAndAnswIxnDur;
    private Integer queuedAndAbandIxnDur;
    private Integer queuedAnswLongestQueDur;
    private Integer queuedAbandLongestQueDur;
    private Integer talkingIxnDur;
    private Integer wrapUpDur;
    private Integer waitDur;
    private Integer segmentHoldTime;
    private Integer overflowInIxnCnt;
    private Integer overflowOutIxnCnt;

    public QueueStats() {
    }

    /** Start of the row's bucket, as the API writes it ({@code 03-04-2024T01:00:00}, month first), in the request's zone. */
    public String getDateTimeFrom() {
        return dateTimeFrom;
    }

    public void setDateTimeFrom(String dateTimeFrom) {
        this.dateTimeFrom = dateTimeFrom;
    }

    /** The bucket length in minutes. */
    public Integer getInterval() {
        return interval;
    }

    public void setInterval(Integer interval) {
        this.interval = interval;
    }

    /** The queue id. */
    public Integer getQueue() {
        return queue;
    }

    public void setQueue(Integer queue) {
        this.queue = queue;
    }

    public String getQueueName() {
        return queueName;
    }

    public void setQueueName(String queueName) {
        this.queueName = queueName;
    }

    /** Interactions offered. */
    public Integer getOffdDirectIxnCnt() {
        return offdDirectIxnCnt;
    }

    public void setOffdDirectIxnCnt(Integer offdDirectIxnCnt) {
        this.offdDirectIxnCnt = offdDirectIxnCnt;
    }

    /** Interactions answered. */
    public Integer getAnswIxnCnt() {
        return answIxnCnt;
    }

    public void setAnswIxnCnt(Integer answIxnCnt) {
        this.answIxnCnt = answIxnCnt;
    }

    /** Interactions abandoned. */
    public Integer getAbandIxnCnt() {
        return abandIxnCnt;
    }

    public void setAbandIxnCnt(Integer abandIxnCnt) {
        this.abandIxnCnt = abandIxnCnt;
    }

    /** Interactions abandoned quickly (short abandons). */
    public Integer getAbandShortIxnCnt() {
        return abandShortIxnCnt;
    }

    public void setAbandShortIxnCnt(Integer abandShortIxnCnt) {
        this.abandShortIxnCnt = abandShortIxnCnt;
    }

    /** Interactions abandoned within the service level. */
    public Integer getAbandWithinSlCnt() {
        return abandWithinSlCnt;
    }

    public void setAbandWithinSlCnt(Integer abandWithinSlCnt) {
        this.abandWithinSlCnt = abandWithinSlCnt;
    }

    /** Interactions answered within the service level. */
    public Integer getAnsServicelevelCnt() {
        return ansServicelevelCnt;
    }

    public void setAnsServicelevelCnt(Integer ansServicelevelCnt) {
        this.ansServicelevelCnt = ansServicelevelCnt;
    }

    public Integer getCompletedContacts() {
        return completedContacts;
    }

    public void setCompletedContacts(Integer completedContacts) {
        this.completedContacts = completedContacts;
    }

    /** Queue time of the answered interactions. */
    public Integer getQueuedAndAnswIxnDur() {
        return queuedAndAnswIxnDur;
    }

    public void setQueuedAndAnswIxnDur(Integer queuedAndAnswIxnDur) {
        this.queuedAndAnswIxnDur = queuedAndAnswIxnDur;
    }

    /** Queue time of the abandoned interactions. */
    public Integer getQueuedAndAbandIxnDur() {
        return queuedAndAbandIxnDur;
    }

    public void setQueuedAndAbandIxnDur(Integer queuedAndAbandIxnDur) {
        this.queuedAndAbandIxnDur = queuedAndAbandIxnDur;
    }

    /** Longest queue time of an answered interaction. */
    public Integer getQueuedAnswLongestQueDur() {
        return queuedAnswLongestQueDur;
    }

    public void setQueuedAnswLongestQueDur(Integer queuedAnswLongestQueDur) {
        this.queuedAnswLongestQueDur = queuedAnswLongestQueDur;
    }

    /** Longest queue time of an abandoned interaction. */
    public Integer getQueuedAbandLongestQueDur() {
        return queuedAbandLongestQueDur;
    }

    public void setQueuedAbandLongestQueDur(Integer queuedAbandLongestQueDur) {
        this.queuedAbandLongestQueDur = queuedAbandLongestQueDur;
    }

    public Integer getTalkingIxnDur() {
        return talkingIxnDur;
    }

    public void setTalkingIxnDur(Integer talkingIxnDur) {
        this.talkingIxnDur = talkingIxnDur;
    }

    public Integer getWrapUpDur() {
        return wrapUpDur;
    }

    public void setWrapUpDur(Integer wrapUpDur) {
        this.wrapUpDur = wrapUpDur;
    }

    public Integer getWaitDur() {
        return waitDur;
    }

    public void setWaitDur(Integer waitDur) {
        this.waitDur = waitDur;
    }

    public Integer getSegmentHoldTime() {
        return segmentHoldTime;
    }

    public void setSegmentHoldTime(Integer segmentHoldTime) {
        this.segmentHoldTime = segmentHoldTime;
    }

    public Integer getOverflowInIxnCnt() {
        return overflowInIxnCnt;
    }

    public void setOverflowInIxnCnt(Integer overflowInIxnCnt) {
        this.overflowInIxnCnt = overflowInIxnCnt;
    }

    public Integer getOverflowOutIxnCnt() {
        return overflowOutIxnCnt;
    }

    public void setOverflowOutIxnCnt(Integer overflowOutIxnCnt) {
        this.overflowOutIxnCnt = overflowOutIxnCnt;
    }

    @Override
    public String toString() {
        return "QueueStats[" + queue + ", " + queueName + ", " + dateTimeFrom + "]";
    }
}
