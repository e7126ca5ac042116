package io.quarkiverse.engagevoice.client.model.reporting;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import io.quarkiverse.engagevoice.client.model.ApiObject;
import io.quarkiverse.engagevoice.client.model.EngageDateTime;

/** A queue with the agents who may take its interactions (the API's {@code CXQueueWithAgents}). */
public class IntegrationQueue extends ApiObject {

    private Integer queueId;
    private String queueType;
    private String queueName;
    private Integer queueGroupId;
    @JsonProperty("isActive")
    private Boolean active;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime createdOn;
    private List<Integer> agentIds;

    public IntegrationQueue() {
    }

    public Integer getQueueId() {
        return queueId;
    }

    public void setQueueId(Integer queueId) {
        this.queueId = queueId;
    }

    /** {@code VOICE} or {@code DIGITAL}. */
    public String getQueueType() {
        return queueType;
    }

    public void setQueueType(String queueType) {
        this.queueType = queueType;
    }

    public String getQueueName() {
        return queueName;
    }

    public void setQueueName(String queueName) {
        this.queueName = queueName;
    }

    public Integer getQueueGroupId() {
        return queueGroupId;
    }

    public void setQueueGroupId(Integer queueGroupId) {
        this.queueGroupId = queueGroupId;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    public OffsetDateTime getCreatedOn() {
        return createdOn;
    }

    public void setCreatedOn(OffsetDateTime createdOn) {
        this.createdOn = createdOn;
    }

    /** The agents connected to the queue. */
    public List<Integer> getAgentIds() {
        return agentIds;
    }

    public void setAgentIds(List<Integer> agentIds) {
        this.agentIds = agentIds;
    }

    @Override
    public String toString() {
        return "IntegrationQueue[" + queueId + ", " + queueName + "]";
    }
}
