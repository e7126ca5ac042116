package io.quarkiverse.engagevoice.client.api.reporting;

import java.util.List;

/** The API interfaces of this area: Reports, recordings, transcripts, call summaries, media streams, agent-state subscriptions, audit logs, integration lookups. */
public final class ReportingApis {

    private static final List<Class<?>> ALL = List.of(
            InteractionsApi.class,
            AggregatedStatsApi.class,
            IntegrationQueueGroupsApi.class,
            AgentStateSubscriptionsApi.class,
            MediaStreamsApi.class,
            ActiveCallControlApi.class,
            AuditLogsApi.class,
            ReportsApi.class,
            IntegrationDirectoryApi.class,
            CallSummariesApi.class);

    private ReportingApis() {
    }

    public static List<Class<?>> all() {
        return ALL;
    }
}
