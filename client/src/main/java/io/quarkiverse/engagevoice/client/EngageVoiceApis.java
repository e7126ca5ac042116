package io.quarkiverse.engagevoice.client;

import java.util.List;
import java.util.stream.Stream;

import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkiverse.engagevoice.client.api.ActiveCallsApi;
import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.api.AgentsApi;
import io.quarkiverse.engagevoice.client.api.ApiTokensApi;
import io.quarkiverse.engagevoice.client.api.CampaignLeadsApi;
import io.quarkiverse.engagevoice.client.api.CampaignsApi;
import io.quarkiverse.engagevoice.client.api.DialGroupsApi;
import io.quarkiverse.engagevoice.client.api.GateGroupsApi;
import io.quarkiverse.engagevoice.client.api.GatesApi;
import io.quarkiverse.engagevoice.client.api.UsersApi;
import io.quarkiverse.engagevoice.client.api.admin.AdminApis;
import io.quarkiverse.engagevoice.client.api.numbers.NumberApis;
import io.quarkiverse.engagevoice.client.api.queues.QueueApis;
import io.quarkiverse.engagevoice.client.api.reporting.ReportingApis;
import io.quarkiverse.engagevoice.client.api.routing.RoutingApis;
import io.quarkiverse.engagevoice.client.api.services.ServiceApis;

/**
 * Every API interface of the client, for the code that registers or injects them: the core administration
 * interfaces of {@code client.api} and those of each area's subpackage.
 */
public final class EngageVoiceApis {

    /** The core administration interfaces of {@code client.api}. */
    private static final List<Class<?>> CORE = List.of(
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

    private static final List<Class<?>> ALL = Stream.of(CORE, QueueApis.all(), ReportingApis.all(), AdminApis.all(),
            RoutingApis.all(), NumberApis.all(), ServiceApis.all())
            .flatMap(List::stream).toList();

    private EngageVoiceApis() {
    }

    public static List<Class<?>> all() {
        return ALL;
    }
}
