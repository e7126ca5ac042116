package io.quarkiverse.engagevoice.client.model.reporting;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import io.quarkiverse.engagevoice.client.model.ApiObject;
import io.quarkiverse.engagevoice.client.model.EngageDateTime;

/**
 * An audit record (the API's {@code AuditLog}): who changed which entity how, with the changed attributes.
 * Properties not declared here are kept (the API's {@code createTimeAsDateTime} among them). {@link #toString()}
 * leaves out the values and the user.
 */
public class AuditLog extends ApiObject {

    private String id;
    private String accountId;
    private String actionType;
    private String description;
    private Object auditedEntityId;
    private Object auditedEntityDescription;
    private String affectedEntityJson;
    private List<AuditLogChange> auditLogResultList;
    private AuditLogUser authUser;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime createTime;

    public AuditLog() {
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    /** {@code CREATE}, {@code UPDATE} or {@code DELETE} (see {@link AuditAction}). */
    public String getActionType() {
        return actionType;
    }

    public void setActionType(String actionType) {
        this.actionType = actionType;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** The changed entity's id, a number or a string. */
    public Object getAuditedEntityId() {
        return auditedEntityId;
    }

    public void setAuditedEntityId(Object auditedEntityId) {
        this.auditedEntityId = auditedEntityId;
    }

    public Object getAuditedEntityDescription() {
        return auditedEntityDescription;
    }

    public void setAuditedEntityDescription(Object auditedEntityDescription) {
        this.auditedEntityDescription = auditedEntityDescription;
    }

    /** The entity as JSON text. */
    public String getAffectedEntityJson() {
        return affectedEntityJson;
    }

    public void setAffectedEntityJson(String affectedEntityJson) {
        this.affectedEntityJson = affectedEntityJson;
    }

    /** The changed attributes. */
    public List<AuditLogChange> getAuditLogResultList() {
        return auditLogResultList;
    }

    public void setAuditLogResultList(List<AuditLogChange> auditLogResultList) {
        this.auditLogResultList = auditLogResultList;
    }

    /** Who made the change. */
    public AuditLogUser getAuthUser() {
        return authUser;
    }

    public void setAuthUser(AuditLogUser authUser) {
        this.authUser = authUser;
    }

    /** When (the API sends epoch milliseconds). */
    public OffsetDateTime getCreateTime() {
        return createTime;
    }

    public void setCreateTime(OffsetDateTime createTime) {
        this.createTime = createTime;
    }

    @Override
    public String toString() {
        return "AuditLog[" + id + ", " + actionType + " " + auditedEntityId + "]";
    }
}
