package io.quarkiverse.engagevoice.client.api.admin;

import java.util.List;

/**
 * The API interfaces of this area: Users, roles, dashboards, rights documents, user auth utilities, outbound settings
 * and countries, and the agent, campaign, dial group and lead operations the core interfaces lack.
 */
public final class AdminApis {

    private static final List<Class<?>> ALL = List.of(
            UserManagementApi.class,
            UserRolesApi.class,
            UserDashboardsApi.class,
            UserAuthUtilitiesApi.class,
            RightsDocumentsApi.class,
            AgentSettingsApi.class,
            DialGroupSettingsApi.class,
            CampaignSettingsApi.class,
            LeadManagementApi.class,
            PersonaPhonesApi.class,
            LeadLoaderApi.class,
            CountriesApi.class);

    private AdminApis() {
    }

    public static List<Class<?>> all() {
        return ALL;
    }
}
