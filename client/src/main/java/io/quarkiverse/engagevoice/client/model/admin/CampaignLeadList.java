package io.quarkiverse.engagevoice.client.model.admin;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import io.quarkiverse.engagevoice.client.model.ApiObject;
import io.quarkiverse.engagevoice.client.model.EngageDateTime;

/**
 * A list of leads loaded into a campaign, as {@code GET .../campaigns/{campaignId}/lists} answers it.
 * <p>
 * No operation of the official OpenAPI files answers with it: the developer guide (its lead actions page) documents
 * the operation and its {@code listId}; the other fields are those of the files' unreferenced schema named below.
 * Properties not declared here are kept.
 * <p>
 * schema: CampaignLeadList
 */
public class CampaignLeadList extends ApiObject {

    private Integer listId;
    private String listDesc;
    private String listState;
    private Integer listPriority;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime uploadDate;
    private String uploadedBy;
    private String originalFormat;
    private Integer leadsSupplied;
    private Integer leadsAccepted;
    private Integer leadsConverted;
    private Integer leadsDoNotCall;
    private Integer leadsWhitelist;
    private String dncTagList;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime lastDncScrubDate;
    private Boolean deleteLeads;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime deletedDts;
    private Boolean exportFlag;
    private String unloadFilename;
    private String result;
    private String message;

    public CampaignLeadList() {
    }

    /** The id lead actions such as {@code MOVE_TO_CAMPAIGN} take as {@code LIST_ID}. */
    public Integer getListId() {
        return listId;
    }

    public void setListId(Integer listId) {
        this.listId = listId;
    }

    public String getListDesc() {
        return listDesc;
    }

    public void setListDesc(String listDesc) {
        this.listDesc = listDesc;
    }

    /** Such as {@code ACTIVE}, {@code PAUSED}, {@code LOADING}, {@code DELETED}. */
    public String getListState() {
        return listState;
    }

    public void setListState(String listState) {
        this.listState = listState;
    }

    public Integer getListPriority() {
        return listPriority;
    }

    public void setListPriority(Integer listPriority) {
        this.listPriority = listPriority;
    }

    public OffsetDateTime getUploadDate() {
        return uploadDate;
    }

    public void setUploadDate(OffsetDateTime uploadDate) {
        this.uploadDate = uploadDate;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public void setUploadedBy(String uploadedBy) {
        this.uploadedBy = uploadedBy;
    }

    public String getOriginalFormat() {
        return originalFormat;
    }

    public void setOriginalFormat(String originalFormat) {
        this.originalFormat = originalFormat;
    }

    public Integer getLeadsSupplied() {
        return leadsSupplied;
    }

    public void setLeadsSupplied(Integer leadsSupplied) {
        this.leadsSupplied = leadsSupplied;
    }

    public Integer getLeadsAccepted() {
        return leadsAccepted;
    }

    public void setLeadsAccepted(Integer leadsAccepted) {
        this.leadsAccepted = leadsAccepted;
    }

    public Integer getLeadsConverted() {
        return leadsConverted;
    }

    public void setLeadsConverted(Integer leadsConverted) {
        this.leadsConverted = leadsConverted;
    }

    public Integer getLeadsDoNotCall() {
        return leadsDoNotCall;
    }

    public void setLeadsDoNotCall(Integer leadsDoNotCall) {
        this.leadsDoNotCall = leadsDoNotCall;
    }

    public Integer getLeadsWhitelist() {
        return leadsWhitelist;
    }

    public void setLeadsWhitelist(Integer leadsWhitelist) {
        this.leadsWhitelist = leadsWhitelist;
    }

    public String getDncTagList() {
        return dncTagList;
    }

    public void setDncTagList(String dncTagList) {
        this.dncTagList = dncTagList;
    }

    public OffsetDateTime getLastDncScrubDate() {
        return lastDncScrubDate;
    }

    public void setLastDncScrubDate(OffsetDateTime lastDncScrubDate) {
        this.lastDncScrubDate = lastDncScrubDate;
    }

    public Boolean getDeleteLeads() {
        return deleteLeads;
    }

    public void setDeleteLeads(Boolean deleteLeads) {
        this.deleteLeads = deleteLeads;
    }

    public OffsetDateTime getDeletedDts() {
        return deletedDts;
    }

    public void setDeletedDts(OffsetDateTime deletedDts) {
        this.deletedDts = deletedDts;
    }

    public Boolean getExportFlag() {
        return exportFlag;
    }

    public void setExportFlag(Boolean exportFlag) {
        this.exportFlag = exportFlag;
    }

    public String getUnloadFilename() {
        return unloadFilename;
    }

    public void setUnloadFilename(String unloadFilename) {
        this.unloadFilename = unloadFilename;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
