package io.quarkiverse.engagevoice.client.model.reporting;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * One row of agent statistics (the API's {@code AggregatedAgentStats}): one agent over one bucket of the requested
 * period. Durations ({@code Dur}) are seconds. Properties not declared here are kept.
 */
public class AgentStats extends ApiObject {

    private String dateTimeFrom;
    private Integer interval;
    private Integer agentId;
    private String agentName;
    private Integer availDur;
    private Integer totWorkDur;
    private Integer pauseDur;
    private Integer waitDur;
    private Integer adminDur;
    private Integer directOutIxnCnt;
    private Integer directOutIxnDur;
    private Integer directInIxnCnt;
    private Integer directInIxnDur;

    public AgentStats() {
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

    /** {@code Last, First}, as the API writes it. */
    public String getAgentName() {
        return agentName;
    }

    public void setAgentName(String agentName) {
        this.agentName = agentName;
    }

    public Integer getAvailDur() {
        return availDur;
    }

    public void setAvailDur(Integer availDur) {
        this.availDur = availDur;
    }

    public Integer getTotWorkDur() {
        return totWorkDur;
    }

    public void setTotWorkDur(Integer totWorkDur) {
        this.totWorkDur = totWorkDur;
    }

    public Integer getPauseDur() {
        return pauseDur;
    }

    public void setPauseDur(Integer pauseDur) {
        this.pauseDur = pauseDur;
    }

    public Integer getWaitDur() {
        return waitDur;
    }

    public void setWaitDur(Integer waitDur) {
        this.waitDur = waitDur;
    }

    public Integer getAdminDur() {
        return adminDur;
    }

    public void setAdminDur(Integer adminDur) {
        this.adminDur = adminDur;
    }

    public Integer getDirectOutIxnCnt() {
        return directOutIxnCnt;
    }

    public void setDirectOutIxnCnt(Integer directOutIxnCnt) {
        this.directOutIxnCnt = directOutIxnCnt;
    }

    public Integer getDirectOutIxnDur() {
        return directOutIxnDur;
    }

    public void setDirectOutIxnDur(Integer directOutIxnDur) {
        this.directOutIxnDur = directOutIxnDur;
    }

    public Integer getDirectInIxnCnt() {
        return directInIxnCnt;
    }

    public void setDirectInIxnCnt(Integer directInIxnCnt) {
        this.directInIxnCnt = directInIxnCnt;
    }

    public Integer getDirectInIxnDur() {
        return directInIxnDur;
    }

    public void setDirectInIxnDur(Integer directInIxnDur) {
        this.directInIxnDur = directInIxnDur;
    }

    @Override
    public String toString() {
        return "AgentStats[" + agentId + ", " + dateTimeFrom + "]";
    }
}
