package io.quarkiverse.engagevoice.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.api.CampaignLeadsApi;
import io.quarkiverse.engagevoice.client.api.reporting.AggregatedStatsApi;

/** The one fixed window the client enforces per area keeps every limit the guide documents for it. */
class ApiRateLimitsTest {

    @Test
    void eachEnforcedWindowKeepsEveryDocumentedOne() {
        assertThat(ApiRateLimits.areas()).isNotEmpty();
        for (ApiRateLimits.Area area : ApiRateLimits.areas()) {
            ApiRateLimits.Window enforced = area.enforced();
            assertThat(area.windows()).as(area.name()).isNotEmpty();
            for (ApiRateLimits.Window documented : area.windows()) {
                // an interval of the documented length meets at most this many of the enforced fixed windows
                long windowsMet = -Math.floorDiv(-documented.window().toMillis(), enforced.window().toMillis()) + 1;
                assertThat(enforced.limit() * windowsMet).as("%s: %s within %s", area.name(), enforced, documented)
                        .isLessThanOrEqualTo(documented.limit());
            }
        }
    }

    @Test
    void operationsFallInTheirDocumentedArea() throws Exception {
        assertThat(area(CampaignLeadsApi.class, "search").name()).isEqualTo("lead search");
        assertThat(area(CampaignLeadsApi.class, "count").name()).isEqualTo("lead search with count");
        assertThat(area(AggregatedStatsApi.class, "agentStats").name()).isEqualTo("aggregated agent stats");
        assertThat(area(AgentGroupsApi.class, "list")).isSameAs(ApiRateLimits.UNLIMITED);
    }

    private static ApiRateLimits.Area area(Class<?> api, String method) {
        for (var m : api.getMethods()) {
            if (m.getName().equals(method) && !m.isDefault()) {
                return ApiRateLimits.of(Operations.of(m));
            }
        }
        throw new AssertionError(api.getSimpleName() + "." + method);
    }
}
