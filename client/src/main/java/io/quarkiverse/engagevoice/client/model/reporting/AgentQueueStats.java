package io.quarkiverse.engagevoice.client.model.reporting;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * One row of extended agent statistics (the API's {@code ExtendedAggregatedQueueStats}): one agent in one queue over
 * one bucket of the requested period. Durations ({@code Dur}) are seconds. Properties not declared here are kept.
 */
public class AgentQueueStats extends ApiObject {

    private String dateTimeFrom;
    private Integer interval;
    private Integer agentId;
    private String agentName;
    private Integer queue;
    private String queueName;
    private Integer talkingIxnDur;
    private Integer wrapUpDur;
    private Integer answIxnCnt;
    private Integer transferOutIxnCnt;

    public AgentQueueStats() {
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

    public Integer getAgentId() {
        return agentId;
    }

    public void setAgentId(Integer agentId) {
        this.agentId = agentId;
    }

    public String getAgentName() {
        return agentName;
    }

    public void setAgentName(String agentName) {
        this.agentName = agentName;
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

    public Integer getAnswIxnCnt() {
        return answIxnCnt;
    }

    public void setAnswIxnCnt(Integer answIxnCnt) {
        this.answIxnCnt = answIxnCnt;
    }

    public Integer getTransferOutIxnCnt() {
        return transferOutIxnCnt;
    }

    public void setTransferOutIxnCnt(Integer transferOutIxnCnt) {
        this.transferOutIxnCnt = transferOutIxnCnt;
    }

    @Override
    public String toString() {
        return "AgentQueueStats[" + agentId + ", " + queue + ", " + dateTimeFrom + "]";
    }
}
