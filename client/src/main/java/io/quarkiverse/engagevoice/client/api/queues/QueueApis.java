package io.quarkiverse.engagevoice.client.api.queues;

import java.util.List;

/**
 * The API interfaces of this area: Queue (gate) configuration: dispositions, events, phone book, schedules, skills,
 * special ANIs, requeue shortcuts, agent access.
 */
public final class QueueApis {

    private static final List<Class<?>> ALL = List.of(
            GateGroupTreesApi.class,
            GateGroupSkillsApi.class,
            GateActionsApi.class,
            GateAgentsApi.class,
            GateDispositionsApi.class,
            GateQueueEventsApi.class,
            GateQueueDtmfEventsApi.class,
            GatePhoneBookApi.class,
            GateScheduleOverridesApi.class,
            GateSpecialAnisApi.class,
            GateRequeueShortcutsApi.class);

    private QueueApis() {
    }

    public static List<Class<?>> all() {
        return ALL;
    }
}
