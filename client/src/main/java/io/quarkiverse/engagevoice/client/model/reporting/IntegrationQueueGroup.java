package io.quarkiverse.engagevoice.client.model.reporting;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/** A queue group as the integration API lists it (the API's {@code QueueGroup} of the {@code /cx} paths). */
public class IntegrationQueueGroup extends ApiObject {

    private Integer queueGroupId;
    private String groupName;
    private String queueGroupType;

    public IntegrationQueueGroup() {
    }

    public Integer getQueueGroupId() {
        return queueGroupId;
    }

    public void setQueueGroupId(Integer queueGroupId) {
        this.queueGroupId = queueGroupId;
    }

    public String getGroupName() {
        return groupName;
    }

    public void setGroupName(String groupName) {
        this.groupName = groupName;
    }

    /** {@code VOICE} or {@code DIGITAL}: the kind of queues in the group. */
    public String getQueueGroupType() {
        return queueGroupType;
    }

    public void setQueueGroupType(String queueGroupType) {
        this.queueGroupType = queueGroupType;
    }

    @Override
    public String toString() {
        return "IntegrationQueueGroup[" + queueGroupId + ", " + groupName + "]";
    }
}
