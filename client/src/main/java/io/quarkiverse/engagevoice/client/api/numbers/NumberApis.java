package io.quarkiverse.engagevoice.client.api.numbers;

import java.util.List;

/**
 * The API interfaces of this area: Phone numbers: number management (the DNIS pool and its searches), tracking
 * numbers with their routing rules and schedules, DNIS assignments.
 */
public final class NumberApis {

    private static final List<Class<?>> ALL = List.of(
            TracGroupsApi.class,
            TracNumbersApi.class,
            TracRoutingRulesApi.class,
            TracScheduleOverridesApi.class,
            DnisPoolApi.class,
            DnisSearchApi.class,
            DnisAssignmentsApi.class);

    private NumberApis() {
    }

    public static List<Class<?>> all() {
        return ALL;
    }
}
