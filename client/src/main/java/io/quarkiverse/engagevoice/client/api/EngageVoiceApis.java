package io.quarkiverse.engagevoice.client.api;

import java.util.List;

/** Every API interface of the client, for the code that registers or injects them. */
public final class EngageVoiceApis {

    private static final List<Class<?>> ALL = List.of(
            AccountsApi.class,
            UsersApi.class,
            AgentGroupsApi.class,
            AgentsApi.class,
            ApiTokensApi.class,
            DialGroupsApi.class,
            CampaignsApi.class,
            CampaignLeadsApi.class,
            GateGroupsApi.class,
            GatesApi.class,
            ActiveCallsApi.class);

    private EngageVoiceApis() {
    }

    public static List<Class<?>> all() {
        return ALL;
    }
}
