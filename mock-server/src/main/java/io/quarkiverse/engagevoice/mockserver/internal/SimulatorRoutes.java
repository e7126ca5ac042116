package io.quarkiverse.engagevoice.mockserver.internal;

import java.util.function.Supplier;

import io.quarkiverse.engagevoice.mockserver.internal.api.AccountEndpoints;
import io.quarkiverse.engagevoice.mockserver.internal.api.ActiveCallEndpoints;
import io.quarkiverse.engagevoice.mockserver.internal.api.AgentSetupEndpoints;
import io.quarkiverse.engagevoice.mockserver.internal.api.ApiTokenEndpoints;
import io.quarkiverse.engagevoice.mockserver.internal.api.CrudEndpoints;
import io.quarkiverse.engagevoice.mockserver.internal.api.DncEndpoints;
import io.quarkiverse.engagevoice.mockserver.internal.api.LeadActions;
import io.quarkiverse.engagevoice.mockserver.internal.api.LeadLoading;
import io.quarkiverse.engagevoice.mockserver.internal.api.LeadSearch;
import io.quarkiverse.engagevoice.mockserver.internal.api.RealTimeEndpoints;
import io.quarkiverse.engagevoice.mockserver.internal.api.ResourceKind;
import io.quarkiverse.engagevoice.mockserver.internal.api.ResourceKinds;
import io.quarkiverse.engagevoice.mockserver.internal.api.SkillProfileEndpoints;
import io.quarkiverse.engagevoice.mockserver.internal.auth.EngageAuthEndpoints;
import io.quarkiverse.engagevoice.mockserver.internal.auth.LegacyAuthEndpoints;
import io.quarkiverse.engagevoice.mockserver.internal.auth.RcPlatformEndpoints;
import io.quarkiverse.engagevoice.mockserver.internal.data.ContactCentre;
import io.quarkiverse.engagevoice.mockserver.internal.model.Layout;
import io.quarkiverse.engagevoice.mockserver.internal.routing.RouteTable;

/**
 * Every operation the simulator serves, with its {@code operationId} in the official OpenAPI files. Resource
 * paths are the same on both layouts below their API root.
 */
final class SimulatorRoutes {

    private SimulatorRoutes() {
    }

    /** The names of the five operations of one CRUD resource: list, create, get, update, delete. */
    private record CrudOperations(String list, String create, String get, String update, String delete) {
    }

    static RouteTable build(Layout layout, Supplier<ContactCentre> data, EngageAuthEndpoints engageAuth,
            RcPlatformEndpoints rcPlatform, LegacyAuthEndpoints legacyAuth) {
        RouteTable routes = new RouteTable();
        if (layout == Layout.CURRENT) {
            routes.open("POST", "/restapi/oauth/token", null, rcPlatform.token())
                    .open("POST", "/api/auth/login/rc/accesstoken", "loginWithRcAccessToken", engageAuth.exchange())
                    .open("POST", "/api/auth/token/refresh", "refreshAccessToken", engageAuth.refresh())
                    .open("POST", "/api/auth/login/admin", "loginAdmin", engageAuth.loginAdmin());
        } else {
            routes.open("POST", "/api/v1/auth/login", "doLogin", legacyAuth.login());
        }

        String admin = layout.apiRoot() + "/v1/admin";
        AccountEndpoints accounts = new AccountEndpoints(data);
        ApiTokenEndpoints tokens = new ApiTokenEndpoints(data);
        routes.authenticated("GET", admin + "/accounts", "getAllAccounts", accounts.listAccounts())
                .authenticated("GET", admin + "/users", "listAllUsers", accounts.listUsers())
                .authenticated("POST", admin + "/token", "createApiTokenForLoggedInUser", tokens.create())
                .authenticated("GET", admin + "/token", "getApiTokensForLoggedInUser", tokens.list())
                .authenticated("DELETE", admin + "/token/{token}", "removeApiToken", tokens.delete());

        String account = admin + "/accounts/{accountId}";
        crud(routes, data, account + "/agentGroups", ResourceKinds.AGENT_GROUP, new CrudOperations(
                "getAgentGroupList", "createAgentGroup", "getAgentGroup", "updateAgentGroup", "deleteAgentGroup"));
        crud(routes, data, account + "/agentGroups/{agentGroupId}/agents", ResourceKinds.AGENT, new CrudOperations(
                "getAgentList", "createAgent", "getAgent", "updateAgent", "deleteAgent"));
        crud(routes, data, account + "/gateGroups", ResourceKinds.GATE_GROUP, new CrudOperations(
                "getGateGroupList", "createGateGroup", "getGateGroup", "updateGateGroup", "deleteGateGroup"));
        crud(routes, data, account + "/gateGroups/{gateGroupId}/gates", ResourceKinds.GATE, new CrudOperations(
                "getGateList", "createGate", "getGate", "updateGate", "deleteGate"));
        crud(routes, data, account + "/dialGroups", ResourceKinds.DIAL_GROUP, new CrudOperations(
                "getDialGroupListByAccount", "createDialGroup", "getDialGroup", "updateDialGroup",
                "deleteDialGroup"));
        crud(routes, data, account + "/dialGroups/{dialGroupId}/campaigns", ResourceKinds.CAMPAIGN,
                new CrudOperations("getCampaignList", "createCampaign", "getCampaign", "updateCampaign",
                        "deleteCampaign"));

        routes.authenticated("POST", account + "/campaigns/{campaignId}/leadLoader/direct", "loadDirectLeads",
                new LeadLoading(data).endpoint())
                .authenticated("POST", account + "/campaignLeads/leadSearch", "searchForCampaignLeads",
                        new LeadSearch(data).endpoint())
                .authenticated("PUT", account + "/campaignLeads/actions", "performLeadAction",
                        new LeadActions(data).endpoint());

        ActiveCallEndpoints calls = new ActiveCallEndpoints(data);
        routes.authenticated("GET", account + "/activeCalls/list", "getProductActiveCallsListRequest", calls.list())
                .authenticated("POST", account + "/activeCalls/{uii}/hangupCall", "hangupCall", calls.hangup())
                .authenticated("POST", account + "/activeCalls/{uii}/dispositionCall", "dispositionCall",
                        calls.disposition());
        // documented by the developer guide, in no OpenAPI file: no operationId
        routes.authenticated("POST", account + "/activeCalls/{uii}/pingCall", null, calls.ping())
                .authenticated("POST", account + "/activeCalls/{uii}/toggleCallHold", null, calls.hold())
                .authenticated("POST", account + "/activeCalls/{uii}/requeueCall", null, calls.requeue())
                .authenticated("POST", account + "/activeCalls/{uii}/hangupSessionById", null,
                        calls.hangupSessionById());
        RealTimeEndpoints realTime = new RealTimeEndpoints(data);
        routes.authenticated("GET", account + "/realTimeData/agent", null, realTime.agents())
                .authenticated("GET", account + "/realTimeData/inbound", null, realTime.inbound())
                .authenticated("GET", account + "/realTimeData/outbound", null, realTime.outbound())
                .authenticated("GET", account + "/realTimeData/ivr", null, realTime.none())
                .authenticated("GET", account + "/realTimeData/chat", null, realTime.none());
        DncEndpoints dnc = new DncEndpoints(data);
        String tagged = account + "/dncLists/tags/{dncTagId}";
        routes.authenticated("GET", account + "/dncLists", null, dnc.list())
                .authenticated("POST", account + "/dncLists", null, dnc.add())
                .authenticated("DELETE", tagged, null, dnc.removeTagged())
                .authenticated("DELETE", tagged + "/countries/{countryId}", null, dnc.removeTaggedInCountry())
                .authenticated("DELETE", tagged + "/phones/{phone}/countries/{country}", null, dnc.removeNumber())
                .authenticated("GET", account + "/dncTags", null, dnc.listTags())
                .authenticated("POST", account + "/dncTags", null, dnc.createTag())
                .authenticated("DELETE", account + "/dncTags/{dncTagId}", null, dnc.deleteTag());
        AgentSetupEndpoints setup = new AgentSetupEndpoints(data);
        routes.authenticated("GET", account + "/auxStates", null, setup.auxStates())
                .authenticated("GET", account + "/dialGroups/{dialGroupId}/campaigns/{campaignId}/lists", null,
                        setup.campaignLists());
        SkillProfileEndpoints profiles = new SkillProfileEndpoints(data);
        String agentProfiles = account + "/agentGroups/{agentGroupId}/agents/{agentId}/skillProfiles";
        String profile = agentProfiles + "/{skillProfileId}";
        routes.authenticated("GET", agentProfiles, null, profiles.list())
                .authenticated("POST", agentProfiles, null, profiles.create())
                .authenticated("GET", profile, null, profiles.get())
                .authenticated("PUT", profile, null, profiles.update())
                .authenticated("DELETE", profile, null, profiles.delete())
                .authenticated("PUT", profile + "/skills/{skillId}", null, profiles.assignSkill())
                .authenticated("DELETE", profile + "/skills/{skillId}", null, profiles.removeSkill());
        return routes;
    }

    private static void crud(RouteTable routes, Supplier<ContactCentre> data, String collection, ResourceKind kind,
            CrudOperations operations) {
        CrudEndpoints endpoints = new CrudEndpoints(data, kind);
        String item = collection + "/{" + kind.idParam() + "}";
        routes.authenticated("GET", collection, operations.list(), endpoints.list())
                .authenticated("POST", collection, operations.create(), endpoints.create())
                .authenticated("GET", item, operations.get(), endpoints.get())
                .authenticated("PUT", item, operations.update(), endpoints.update())
                .authenticated("DELETE", item, operations.delete(), endpoints.delete());
    }
}
