package io.quarkiverse.engagevoice.client.model.reporting;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * The answer of a pre-route check (the API's {@code PrerouteCheckStatus}): whether the queue behind a number should
 * get a call now, and why not.
 */
public class PrerouteCheckStatus extends ApiObject {

    private Boolean status;
    private String reason;

    public PrerouteCheckStatus() {
    }

    /** Whether the queue can take the call ({@code false} when the answer has no status). */
    @JsonIgnore
    public boolean isAvailable() {
        return Boolean.TRUE.equals(status);
    }

    /** Whether the queue can take the call. */
    public Boolean getStatus() {
        return status;
    }

    public void setStatus(Boolean status) {
        this.status = status;
    }

    /** Why not: the calls in queue and the longest queue time, for instance. */
    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    @Override
    public String toString() {
        return "PrerouteCheckStatus[" + status + (reason == null ? "" : ", " + reason) + "]";
    }
}
