package io.quarkiverse.engagevoice.mockserver.internal.data;

import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.ADMIN_USER_ID;
import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.API_TOKEN;
import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.ENGAGE_USERNAME;
import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.MAIN_ACCOUNT_ID;
import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.RC_ACCOUNT_ID;
import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.RC_USER_ID;
import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.SALES_ACCOUNT_ID;
import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorCredentials.SUPPORT_ACCOUNT_ID;
import static io.quarkiverse.engagevoice.mockserver.seed.SimulatorSeed.*;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.engagevoice.mockserver.internal.json.Json;
import io.quarkiverse.engagevoice.mockserver.internal.json.WireDates;

/** Builds the seeded contact centre: a main account with a sales and a support sub-account. */
public final class SeedData {

    /** Seeded resources were all "created" at this moment, so the seed is the same on every run. */
    private static final Instant SEEDED_AT = Instant.parse("2024-01-15T09:00:00Z");
    private static final String MAIN_ACCOUNT_NAME = "Engage Sim Main";

    private SeedData() {
    }

    public static ContactCentre create() {
        ContactCentre data = new ContactCentre();
        accounts(data);
        users(data);
        agents(data);
        queues(data);
        dialing(data);
        calls(data);
        data.apiTokens.add(API_TOKEN, ADMIN_USER_ID);
        return data;
    }

    private static void accounts(ContactCentre data) {
        data.accounts.put(MAIN_ACCOUNT_ID, account(MAIN_ACCOUNT_ID, MAIN_ACCOUNT_NAME));
        data.accounts.put(SALES_ACCOUNT_ID, account(SALES_ACCOUNT_ID, "Engage Sim Sales"));
        data.accounts.put(SUPPORT_ACCOUNT_ID, account(SUPPORT_ACCOUNT_ID, "Engage Sim Support"));
    }

    private static ObjectNode account(String accountId, String name) {
        ObjectNode account = Json.parseObject("""
                {"archivedAccount":false,"enableInbound":true,"enableOutbound":true,"enableOutboundPredictive":true,
                 "enableChat":false,"enableSoftphones":true,"enableListLoading":true,"enableCloudRouting":true,
                 "enableFifo":false,"enableTracking":false,"enableVisualIvr":false,"enableVoiceBroadcast":false,
                 "enableHciDialer":false,"enableTaskMode":false,"enableMultiuser":false,"tcpaSafeMode":false,
                 "pciCompliance":false,"usePowerBy":false,"outboundPrepay":false,"rcAccountAccess":"REQUIRED",
                 "recordingAccessMode":"ACCOUNT","wfmType":"NONE","primaryTimezone":0,"dataRetentionDays":90,
                 "audioRetentionDays":90,"concurrentLogins":1,"maxBreakTime":15,"maxLunchTime":60,
                 "defaultCallerid":"8005550100","databaseShardId":"shard01","endDate":null,
                 "notificationEmail":"ops@engage-sim.example"}""");
        account.put("accountId", accountId);
        account.put("accountName", name);
        account.put("mainAccountId", MAIN_ACCOUNT_ID);
        account.put("mainAccountName", MAIN_ACCOUNT_NAME);
        account.put("startDate", WireDates.format(SEEDED_AT));
        ObjectNode main = account.putObject("mainAccount");
        main.put("mainAccountId", MAIN_ACCOUNT_ID);
        main.put("mainAccountName", MAIN_ACCOUNT_NAME);
        main.put("rcAccountId", RC_ACCOUNT_ID);
        main.put("engageAccountId", MAIN_ACCOUNT_ID);
        main.put("isActive", 1);
        main.put("dataRetentionDays", 90);
        return account;
    }

    private static void users(ContactCentre data) {
        data.users.add(ADMIN_USER_ID, 0, user(ENGAGE_USERNAME, "Sam", "Simulator", true, true, RC_USER_ID));
        data.users.add(1002, ADMIN_USER_ID, user("supervisor@engage-sim.example", "Sue", "Visor", true, false, null));
        data.users.add(1003, ADMIN_USER_ID,
                user("former.admin@engage-sim.example", "Fred", "Former", false, false, null));
        data.users.add(1004, 1002, user("reporting@engage-sim.example", "Rita", "Report", true, false, null));
    }

    private static ObjectNode user(String userName, String first, String last, boolean enabled, boolean root,
            Long rcUserId) {
        ObjectNode user = Json.object();
        user.put("userName", userName);
        user.put("firstName", first);
        user.put("lastName", last);
        user.put("fullName", first + " " + last);
        user.put("enabled", enabled);
        user.put("rootUser", root);
        user.put("parentPath", root ? "/" : "/" + ADMIN_USER_ID + "/");
        user.put("phoneNumber", "6505550100");
        user.put("phoneNumberE164", "+16505550100");
        user.put("phoneNumbersI18nEnabled", false);
        user.put("rcAccountId", RC_ACCOUNT_ID);
        if (rcUserId == null) {
            user.putNull("rcUserId");
        } else {
            user.put("rcUserId", rcUserId);
        }
        user.put("userManagedByRC", rcUserId != null);
        user.put("creationDate", WireDates.format(SEEDED_AT));
        ObjectNode role = user.putArray("roles").addObject();
        role.put("roleType", root ? "SUPER_USER" : "USER");
        role.put("description", root ? "Super user" : "User");
        return user;
    }

    private static void agents(ContactCentre data) {
        agentGroup(data, SALES_ACCOUNT_ID, SALES_AGENT_GROUP_ID, "Sales Agents");
        agentGroup(data, SALES_ACCOUNT_ID, SALES_SUPERVISOR_GROUP_ID, "Sales Supervisors");
        agentGroup(data, SUPPORT_ACCOUNT_ID, SUPPORT_AGENT_GROUP_ID, "Support Agents");
        agent(data, SALES_ACCOUNT_ID, SALES_AGENT_GROUP_ID, AGENT_ALICE, "Alice", "Anders", "AGENT", null);
        agent(data, SALES_ACCOUNT_ID, SALES_AGENT_GROUP_ID, AGENT_BOB, "Bob", "Baker", "AGENT", null);
        agent(data, SALES_ACCOUNT_ID, SALES_SUPERVISOR_GROUP_ID, AGENT_SAM, "Sam", "Simulator", "SUPERVISOR",
                RC_USER_ID);
        agent(data, SUPPORT_ACCOUNT_ID, SUPPORT_AGENT_GROUP_ID, AGENT_DANA, "Dana", "Doyle", "AGENT", null);
    }

    private static void agentGroup(ContactCentre data, String accountId, int id, String name) {
        ObjectNode group = ResourceTemplates.agentGroup();
        group.put("groupName", name);
        data.agentGroups.insert(id, accountId, 0, group);
    }

    private static void agent(ContactCentre data, String accountId, int groupId, int id, String first, String last,
            String type, Long rcUserId) {
        ObjectNode agent = ResourceTemplates.agent(SEEDED_AT);
        String username = first.toLowerCase() + "." + last.toLowerCase() + "@engage-sim.example";
        agent.put("firstName", first);
        agent.put("lastName", last);
        agent.put("username", username);
        agent.put("email", username);
        agent.put("agentType", type);
        if (rcUserId != null) {
            agent.put("rcUserId", rcUserId);
        }
        data.agents.insert(id, accountId, groupId, agent);
    }

    private static void queues(ContactCentre data) {
        gateGroup(data, SALES_ACCOUNT_ID, SALES_GATE_GROUP_ID, "Sales Queues");
        gateGroup(data, SUPPORT_ACCOUNT_ID, SUPPORT_GATE_GROUP_ID, "Support Queues");
        gate(data, SALES_ACCOUNT_ID, SALES_GATE_GROUP_ID, GATE_SALES_MAIN, "Sales Main", "Inbound sales line");
        gate(data, SALES_ACCOUNT_ID, SALES_GATE_GROUP_ID, GATE_SALES_SPANISH, "Sales Spanish",
                "Ventas en espa\u00f1ol");
        gate(data, SUPPORT_ACCOUNT_ID, SUPPORT_GATE_GROUP_ID, GATE_SUPPORT_MAIN, "Support Main", "Customer support");
    }

    private static void gateGroup(ContactCentre data, String accountId, int id, String name) {
        ObjectNode group = ResourceTemplates.gateGroup(SEEDED_AT);
        group.put("groupName", name);
        data.gateGroups.insert(id, accountId, 0, group);
    }

    private static void gate(ContactCentre data, String accountId, int groupId, int id, String name, String desc) {
        ObjectNode gate = ResourceTemplates.gate(SEEDED_AT);
        gate.put("gateName", name);
        gate.put("gateDesc", desc);
        data.gates.insert(id, accountId, groupId, gate);
    }

    private static void dialing(ContactCentre data) {
        dialGroup(data, SALES_ACCOUNT_ID, SALES_DIAL_GROUP_ID, "Sales Predictive", "PREDICTIVE");
        dialGroup(data, SUPPORT_ACCOUNT_ID, SUPPORT_DIAL_GROUP_ID, "Support Callbacks", "PREVIEW");
        campaign(data, SALES_ACCOUNT_ID, SALES_DIAL_GROUP_ID, CAMPAIGN_SPRING_PROMOTION, "Spring Promotion", 1);
        campaign(data, SALES_ACCOUNT_ID, SALES_DIAL_GROUP_ID, CAMPAIGN_RENEWALS, "Renewals", 0);
        campaign(data, SUPPORT_ACCOUNT_ID, SUPPORT_DIAL_GROUP_ID, CAMPAIGN_SATISFACTION_SURVEY,
                "Satisfaction Survey", 1);

        data.leads.addList(8001, CAMPAIGN_SPRING_PROMOTION, "Spring prospects", SEEDED_AT);
        data.leads.addList(8002, CAMPAIGN_RENEWALS, "Renewals due", SEEDED_AT);
        data.leads.addList(8003, CAMPAIGN_SATISFACTION_SURVEY, "Recent tickets", SEEDED_AT);
        lead(data, 7001, CAMPAIGN_SPRING_PROMOTION, 8001, "Olivia", "Owens", "6505550101", "READY", "EXT-1001");
        lead(data, 7002, CAMPAIGN_SPRING_PROMOTION, 8001, "Peter", "Park", "6505550102", "READY", "EXT-1002");
        lead(data, 7003, CAMPAIGN_SPRING_PROMOTION, 8001, "Quinn", "Quade", "6505550103", "ACTIVE", "EXT-1003");
        lead(data, 7004, CAMPAIGN_SPRING_PROMOTION, 8001, "Rosa", "Ruiz", "6505550104", "COMPLETE", "EXT-1004");
        lead(data, 7005, CAMPAIGN_RENEWALS, 8002, "Simon", "Stone", "6505550105", "PAUSED", "EXT-2001");
        lead(data, 7006, CAMPAIGN_RENEWALS, 8002, "Tara", "Todd", "6505550106", "READY", "EXT-2002");
        lead(data, 7007, CAMPAIGN_SATISFACTION_SURVEY, 8003, "Uma", "Ueda", "6505550107", "READY", "EXT-3001");
    }

    private static void dialGroup(ContactCentre data, String accountId, int id, String name, String mode) {
        ObjectNode group = ResourceTemplates.dialGroup();
        group.put("dialGroupName", name);
        group.put("dialGroupDesc", name + " dial group");
        group.put("dialMode", mode);
        data.dialGroups.insert(id, accountId, 0, group);
    }

    private static void campaign(ContactCentre data, String accountId, int groupId, int id, String name,
            int active) {
        ObjectNode campaign = ResourceTemplates.campaign(SEEDED_AT);
        campaign.put("campaignName", name);
        campaign.put("campaignDesc", name + " campaign");
        campaign.put("isActive", active);
        data.campaigns.insert(id, accountId, groupId, campaign);
    }

    private static void lead(ContactCentre data, int leadId, int campaignId, int listId, String first, String last,
            String phone, String state, String externId) {
        ObjectNode lead = LeadFactory.newLead(SEEDED_AT);
        lead.put("firstName", first);
        lead.put("lastName", last);
        lead.put("leadPhone", phone);
        lead.put("leadState", state);
        lead.put("externId", externId);
        lead.put("email", first.toLowerCase() + "@customer.example");
        lead.put("city", "San Mateo");
        lead.put("state", "CA");
        lead.put("zip", "94404");
        data.leads.add(leadId, campaignId, listId, lead);
    }

    private static void calls(ContactCentre data) {
        call(data, CALL_INBOUND_SALES, SALES_ACCOUNT_ID, "ACD", GATE_SALES_MAIN, AGENT_ALICE, "Alice", "Anders",
                "6505550111", "8005550100", "Sales Main", "ACTIVE");
        call(data, CALL_OUTBOUND_SALES, SALES_ACCOUNT_ID, "OUTBOUND", CAMPAIGN_SPRING_PROMOTION, AGENT_BOB, "Bob",
                "Baker", "6505550103", "8005550100", "Spring Promotion", "ACTIVE");
        call(data, CALL_QUEUED_SUPPORT, SUPPORT_ACCOUNT_ID, "ACD", GATE_SUPPORT_MAIN, 0, null, null,
                "6505550122", "8005550200", "Support Main", "QUEUED");
    }

    private static void call(ContactCentre data, String uii, String accountId, String product, int productId,
            int agentId, String agentFirst, String agentLast, String ani, String dnis, String destination,
            String state) {
        ObjectNode view = Json.object();
        view.put("uii", uii);
        view.put("accountId", accountId);
        view.put("ani", ani);
        view.put("dnis", dnis);
        view.put("dnisE164", "+1" + dnis);
        view.put("cnam", "WIRELESS CALLER");
        view.put("callState", state);
        view.put("agentFirstName", agentFirst);
        view.put("agentLastName", agentLast);
        view.put("destinationName", destination);
        view.put("enqueueTime", WireDates.format(SEEDED_AT));
        if (agentId == 0) {
            view.putNull("dequeueTime");
        } else {
            view.put("dequeueTime", WireDates.format(SEEDED_AT.plusSeconds(12)));
        }
        view.put("externalId", "SIM-" + uii.substring(uii.length() - 4));
        view.put("archive", false);
        data.calls.put(uii, new ActiveCall(uii, accountId, product, productId, agentId, view));
    }
}
