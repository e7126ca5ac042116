package io.quarkiverse.engagevoice.client.model.reporting;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import io.quarkiverse.engagevoice.client.model.ApiObject;
import io.quarkiverse.engagevoice.client.model.EngageDateTime;

/**
 * One logged-in agent session now: its state, the call it is on, and counters since login.
 * <p>
 * No operation of the official OpenAPI files answers with it: the fields are those the developer guide's real-time
 * pages give, with those of an unreferenced schema of the files, named below (the guide says {@code subaccountId},
 * the schema {@code accountId}: both are typed). Properties not declared here are kept. Counters reset at logout; the call fields are empty while the agent is on no call.
 * <p>
 * schema: AgentStats
 */
public class RealTimeAgentStats extends ApiObject {

    private Integer agentId;
    private String subaccountId;
    private String accountId;
    private Boolean selectable;
    private String accountName;
    private String firstName;
    private String lastName;
    private String username;
    private String email;
    private String agentType;
    private Integer agentGroupId;
    private String agentGroupName;
    private Integer agentLoginId;
    private String agentPhone;
    private String profileName;
    private String agentState;
    private String agentChatState;
    private String agentLoginType;
    private Integer stateTime;
    private Integer loginTime;
    private Integer pendingDisposition;
    private Integer pendingDispositionTime;
    private Integer isOffhook;
    private Integer isGhostLogin;
    private Integer isDequeueAgent;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime lastUpdate;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime onHoldDts;
    private String callUii;
    private String callAni;
    private String callDnis;
    private Integer gateId;
    private Integer campaignId;
    private Integer loginDialGroupId;
    private String callSource;
    private String callSourceDesc;
    private Integer callsHandled;
    private Integer chatsHandled;
    private Integer currentChatCount;
    private Integer rna;
    private Integer successDispositions;
    private Integer totalTalkTime;
    private Integer totalChatTime;

    public RealTimeAgentStats() {
    }

    public Integer getAgentId() {
        return agentId;
    }

    public void setAgentId(Integer agentId) {
        this.agentId = agentId;
    }

    /** The sub-account, as the guide names it. */
    public String getSubaccountId() {
        return subaccountId;
    }

    public void setSubaccountId(String subaccountId) {
        this.subaccountId = subaccountId;
    }

    /** The sub-account, as the files' schema names it. */
    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public Boolean getSelectable() {
        return selectable;
    }

    public void setSelectable(Boolean selectable) {
        this.selectable = selectable;
    }

    public String getAccountName() {
        return accountName;
    }

    public void setAccountName(String accountName) {
        this.accountName = accountName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAgentType() {
        return agentType;
    }

    public void setAgentType(String agentType) {
        this.agentType = agentType;
    }

    public Integer getAgentGroupId() {
        return agentGroupId;
    }

    public void setAgentGroupId(Integer agentGroupId) {
        this.agentGroupId = agentGroupId;
    }

    public String getAgentGroupName() {
        return agentGroupName;
    }

    public void setAgentGroupName(String agentGroupName) {
        this.agentGroupName = agentGroupName;
    }

    /** The id of the current login session. */
    public Integer getAgentLoginId() {
        return agentLoginId;
    }

    public void setAgentLoginId(Integer agentLoginId) {
        this.agentLoginId = agentLoginId;
    }

    /** The phone the agent logged in with. */
    public String getAgentPhone() {
        return agentPhone;
    }

    public void setAgentPhone(String agentPhone) {
        this.agentPhone = agentPhone;
    }

    /** The skill profile in use. */
    public String getProfileName() {
        return profileName;
    }

    public void setProfileName(String profileName) {
        this.profileName = profileName;
    }

    /** The current state, such as {@code AVAILABLE}, {@code ON_CALL}, {@code AWAY}, {@code WRAP_UP}. */
    public String getAgentState() {
        return agentState;
    }

    public void setAgentState(String agentState) {
        this.agentState = agentState;
    }

    public String getAgentChatState() {
        return agentChatState;
    }

    public void setAgentChatState(String agentChatState) {
        this.agentChatState = agentChatState;
    }

    public String getAgentLoginType() {
        return agentLoginType;
    }

    public void setAgentLoginType(String agentLoginType) {
        this.agentLoginType = agentLoginType;
    }

    /** Seconds in the current state. */
    public Integer getStateTime() {
        return stateTime;
    }

    public void setStateTime(Integer stateTime) {
        this.stateTime = stateTime;
    }

    /** Seconds since login. */
    public Integer getLoginTime() {
        return loginTime;
    }

    public void setLoginTime(Integer loginTime) {
        this.loginTime = loginTime;
    }

    /** {@code 1} while a disposition is pending, else {@code 0}. */
    public Integer getPendingDisposition() {
        return pendingDisposition;
    }

    public void setPendingDisposition(Integer pendingDisposition) {
        this.pendingDisposition = pendingDisposition;
    }

    /** Seconds the disposition has been pending. */
    public Integer getPendingDispositionTime() {
        return pendingDispositionTime;
    }

    public void setPendingDispositionTime(Integer pendingDispositionTime) {
        this.pendingDispositionTime = pendingDispositionTime;
    }

    /** {@code 1} while the agent's line is off-hook. */
    public Integer getIsOffhook() {
        return isOffhook;
    }

    public void setIsOffhook(Integer isOffhook) {
        this.isOffhook = isOffhook;
    }

    /** {@code 1} for a ghost (phantom) login. */
    public Integer getIsGhostLogin() {
        return isGhostLogin;
    }

    public void setIsGhostLogin(Integer isGhostLogin) {
        this.isGhostLogin = isGhostLogin;
    }

    /** {@code 1} when the agent is the dequeue agent of an interaction. */
    public Integer getIsDequeueAgent() {
        return isDequeueAgent;
    }

    public void setIsDequeueAgent(Integer isDequeueAgent) {
        this.isDequeueAgent = isDequeueAgent;
    }

    /** When the record last changed. */
    public OffsetDateTime getLastUpdate() {
        return lastUpdate;
    }

    public void setLastUpdate(OffsetDateTime lastUpdate) {
        this.lastUpdate = lastUpdate;
    }

    /** Since when the agent's call is on hold. */
    public OffsetDateTime getOnHoldDts() {
        return onHoldDts;
    }

    public void setOnHoldDts(OffsetDateTime onHoldDts) {
        this.onHoldDts = onHoldDts;
    }

    /** The {@code uii} of the call the agent is on. */
    public String getCallUii() {
        return callUii;
    }

    public void setCallUii(String callUii) {
        this.callUii = callUii;
    }

    public String getCallAni() {
        return callAni;
    }

    public void setCallAni(String callAni) {
        this.callAni = callAni;
    }

    public String getCallDnis() {
        return callDnis;
    }

    public void setCallDnis(String callDnis) {
        this.callDnis = callDnis;
    }

    /** The queue of an inbound call. */
    public Integer getGateId() {
        return gateId;
    }

    public void setGateId(Integer gateId) {
        this.gateId = gateId;
    }

    /** The campaign of an outbound call. */
    public Integer getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Integer campaignId) {
        this.campaignId = campaignId;
    }

    /** The dial group the agent is logged into, for outbound. */
    public Integer getLoginDialGroupId() {
        return loginDialGroupId;
    }

    public void setLoginDialGroupId(Integer loginDialGroupId) {
        this.loginDialGroupId = loginDialGroupId;
    }

    public String getCallSource() {
        return callSource;
    }

    public void setCallSource(String callSource) {
        this.callSource = callSource;
    }

    public String getCallSourceDesc() {
        return callSourceDesc;
    }

    public void setCallSourceDesc(String callSourceDesc) {
        this.callSourceDesc = callSourceDesc;
    }

    /** Calls handled since login. */
    public Integer getCallsHandled() {
        return callsHandled;
    }

    public void setCallsHandled(Integer callsHandled) {
        this.callsHandled = callsHandled;
    }

    public Integer getChatsHandled() {
        return chatsHandled;
    }

    public void setChatsHandled(Integer chatsHandled) {
        this.chatsHandled = chatsHandled;
    }

    public Integer getCurrentChatCount() {
        return currentChatCount;
    }

    public void setCurrentChatCount(Integer currentChatCount) {
        this.currentChatCount = currentChatCount;
    }

    /** Rings with no answer since login. */
    public Integer getRna() {
        return rna;
    }

    public void setRna(Integer rna) {
        this.rna = rna;
    }

    public Integer getSuccessDispositions() {
        return successDispositions;
    }

    public void setSuccessDispositions(Integer successDispositions) {
        this.successDispositions = successDispositions;
    }

    /** Seconds of talk since login. */
    public Integer getTotalTalkTime() {
        return totalTalkTime;
    }

    public void setTotalTalkTime(Integer totalTalkTime) {
        this.totalTalkTime = totalTalkTime;
    }

    public Integer getTotalChatTime() {
        return totalChatTime;
    }

    public void setTotalChatTime(Integer totalChatTime) {
        this.totalChatTime = totalChatTime;
    }
}
