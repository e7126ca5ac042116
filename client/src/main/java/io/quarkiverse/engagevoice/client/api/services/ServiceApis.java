package io.quarkiverse.engagevoice.client.api.services;

import java.util.List;

/** The API interfaces of this area: Remote HTTP services with their groups and inputs, and external authentication configurations. */
public final class ServiceApis {

    private static final List<Class<?>> ALL = List.of(
            HttpServiceGroupsApi.class,
            HttpServicesApi.class,
            HttpServiceInputsApi.class,
            HttpServicesV2Api.class,
            ExternalAuthConfigsApi.class);

    private ServiceApis() {
    }

    public static List<Class<?>> all() {
        return ALL;
    }
}
