package io.quarkiverse.engagevoice.mockserver.internal.data;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.engagevoice.mockserver.internal.json.Json;
import io.quarkiverse.engagevoice.mockserver.internal.json.WireDates;

/**
 * The default JSON of each resource kind, shaped after the official sample responses and the OpenAPI schemas.
 * A create starts from the template and overlays what the client sent; the seed does the same.
 */
public final class ResourceTemplates {

    private ResourceTemplates() {
    }

    public static ObjectNode agentGroup() {
        return Json.parseObject("""
                {"agentGroupId":0,"groupName":null,"isDefault":false,"permissions":[]}""");
    }

    public static ObjectNode agent(Instant now) {
        ObjectNode agent = Json.parseObject("""
                {"agentId":0,"firstName":null,"lastName":null,"username":null,"email":null,
                 "agentType":"AGENT","isActive":true,"rcUserId":null,"agentRank":0,
                 "externalAgentId":null,"location":null,"team":null,"directAgentExtension":null,
                 "allowInbound":true,"allowOutbound":true,"allowBlended":true,"allowManualCalls":true,
                 "allowManualIntlCalls":false,"allowTransfer":true,"allowHangup":true,"allowHold":true,
                 "allowCallControl":true,"allowOffHook":false,"allowRequeue":true,"allowChat":false,
                 "allowAutoAnswer":false,"defaultAutoAnswerOn":false,"allowLoginControl":true,
                 "allowLoginUpdates":true,"allowLeadInserts":false,"allowHistoricalDialing":false,
                 "allowAgentStats":true,"allowGateStats":true,"allowCampStats":true,"allowChatStats":false,
                 "allowSelfAgentStats":true,"allowAgentReports":false,"showLeadHistory":true,
                 "enableSoftphone":true,"initLoginBaseState":"AVAILABLE","defaultLoginDest":null,
                 "altDefaultLoginDest":null,"maxChats":0,"multiAccountAgent":false,"transientAgent":false,
                 "userManagedByRC":true,"lastLoginDate":null,"permissions":[],"gateAssignments":[],
                 "dialGroupAssignments":[],"chatQueueAssignments":[]}""");
        agent.put("createdOn", WireDates.format(now));
        return agent;
    }

    public static ObjectNode gateGroup(Instant now) {
        ObjectNode group = Json.parseObject("""
                {"gateGroupId":0,"groupName":null,"groupSkills":null,"billingKey":null,"endDate":null,
                 "permissions":[]}""");
        group.put("startDate", WireDates.format(now));
        group.put("createdOn", WireDates.format(now));
        return group;
    }

    /** After {@code reference/samples/routing--queue-get-response.json}. */
    public static ObjectNode gate(Instant now) {
        ObjectNode gate = Json.parseObject("""
                {"gateId":0,"gateName":null,"gateDesc":null,"isActive":true,"gatePriority":0,
                 "billingCode":null,"outboundCallerId":"ani","manualCallerId":null,"transferCallerId":null,
                 "callbackCampaign":null,"abandonCampaign":null,"recordCall":1,"stopRecordingOnTransfer":false,
                 "recordingInConference":false,"shortAbandonTime":30,"slaTime":30,"shortCallTime":30,
                 "longCallTime":300,"whisperMessage":null,"blockedAniMessage":null,"onHoldMessage":null,
                 "endCallMessage":null,"script":null,"appUrl":null,"backupAppUrl":null,"ttAccept":false,
                 "hangupOnDisposition":false,"enableGlobalPhoneBook":false,"enableIvrTokens":false,
                 "afterCallState":null,"wrapTime":8,"acceptTime":30,"dispositionTimeout":60,
                 "dequeueSoapService":null,"resultFileDestination":null,"agentConnSoapService":null,
                 "agentTermSoapService":null,"postCallSoapService":null,"postDispSoapService":null,
                 "transferTermSoapService":null,"sunSched":"00000000","monSched":"08002100",
                 "tueSched":"08002100","wedSched":"08002100","thuSched":"08002100","friSched":"08002100",
                 "satSched":"00000000","throttlingAniEvent":null,"maxQueueEvent":null,"fifoDisabled":true,
                 "observeDst":true,"specialAniEvent":null,"throttleDays":0,"surveyPopType":"FLASH",
                 "dequeueDelay":0,"agentPopMessage":null,"noAgentEvent":null,"requeueType":"ADVANCED",
                 "throttleCalls":0,"afterCallBaseState":null,"syncQueueWait":10,"maxQueueLimit":-1,
                 "gateClosedEvent":null,"permissions":[],"pauseRecordingSec":30,"survey":null,
                 "revMatch":false,"agentGateAccess":null,"gateOpen":true}""");
        gate.put("createdOn", WireDates.format(now));
        return gate;
    }

    /** After {@code reference/samples/dial-groups--response.json}. */
    public static ObjectNode dialGroup() {
        return Json.parseObject("""
                {"dialGroupId":0,"dialGroupName":null,"dialGroupDesc":null,"dialMode":null,"isActive":true,
                 "enableAbsolutePriority":false,"enableAgentFilter":false,"requireFetchedLeadsCalled":false,
                 "progressiveEnabled":false,"progressiveCallDelay":0,"allowPreviewLeadFilters":false,
                 "maxLeadsReturned":1,"enableListPriority":false,"allowLeadSearch":"NO",
                 "enableCallbacksAfterMaxpass":true,"enableCallbacksAfterMaxDailyPass":false,
                 "minPredictiveAgents":1,"maxPorts":1,"agentsReady":0,"billingKey":null,
                 "outdialServerGroupId":0,"realTimeAgentData":false,"hciEnabled":"DISABLED",
                 "agentDialGroupMembers":[],"permissions":[]}""");
    }

    public static ObjectNode campaign(Instant now) {
        ObjectNode campaign = Json.parseObject("""
                {"campaignId":0,"campaignName":null,"campaignDesc":null,"isActive":1,"campaignPriority":1,
                 "endDate":null,"callerId":"8005550100","countryId":"USA","maxPasses":3,"maxDailyPasses":1,
                 "maxRingTime":30,"maxRingTimeTransfer":30,"passDelayMin":60,"dispositionTimeout":60,
                 "recordCall":1,"hangupOnDisposition":0,"machineDetect":false,"dncScrubOption":"INTERNAL_ONLY",
                 "requeueType":"ADVANCED","surveyPopType":"FLASH","sunSched":"00000000","monSched":"08002100",
                 "tueSched":"08002100","wedSched":"08002100","thuSched":"08002100","friSched":"08002100",
                 "satSched":"00000000","stopRecordingOnTransfer":false,"recordingInConference":false,
                 "pauseRecordingSec":30,"showLeadPasses":true,"showListName":true,"exportFlag":false,
                 "useGlobalWhitelist":false,"enableGlobalPhoneBook":false,"targetAbandonRate":3.0,
                 "seedAbandonRate":3.0,"seedSuccessRate":25.0,"genericKeyValuePairs":null,"script":null,
                 "survey":null,"afterCallState":null,"callingConfiguration":"SIMPLE","permissions":[]}""");
        campaign.put("startDate", WireDates.format(now));
        return campaign;
    }
}
