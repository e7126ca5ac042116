package io.quarkiverse.engagevoice.client.api.routing;

import java.util.List;

/** The API interfaces of this area: Cloud routing: destination groups, destinations, sticky destinations, DNIS overrides, profile groups, profiles, DTMF events, assignments. */
public final class RoutingApis {

    private static final List<Class<?>> ALL = List.of(
            CloudRouteDestinationGroupsApi.class,
            CloudRouteDestinationsApi.class,
            CloudRouteDestinationOverridesApi.class,
            CloudRouteProfileGroupsApi.class,
            CloudRouteProfilesApi.class,
            CloudRouteAssignedDestinationsApi.class,
            CloudRouteAssignedProfilesApi.class,
            CloudRouteAssignedOverridesApi.class,
            CloudRouteDtmfEventsApi.class,
            CloudRouteStickyDestinationsApi.class,
            CloudRouteSkinnyGroupsApi.class);

    private RoutingApis() {
    }

    public static List<Class<?>> all() {
        return ALL;
    }
}
