package io.quarkiverse.engagevoice.client.api.routing;

import static io.quarkiverse.engagevoice.client.testing.OfficialFiles.enumValues;
import static io.quarkiverse.engagevoice.client.testing.OfficialFiles.openApiOrSkip;
import static io.quarkiverse.engagevoice.client.testing.OfficialFiles.parameterEnum;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.engagevoice.client.EngageVoiceApis;
import io.quarkiverse.engagevoice.client.model.routing.AllocationHoursDelimiter;
import io.quarkiverse.engagevoice.client.model.routing.CloudDestinationType;

/** The area's index, and its enums against the official OpenAPI file (skipped when the file is not here). */
class RoutingApisTest {

    private static final String DNIS_OVERRIDES = "/voice/api/v1/admin/accounts/{accountId}/cloudRouteDestinationGroups"
            + "/{cloudRouteGroupId}/cloudRouteDestinations/{cloudRouteDestinationId}/dnisOverrides";
    private static final String ALLOCATION_IMPORT = "/voice/api/v1/admin/accounts/{accountId}/cloudRouteProfileGroups"
            + "/{cloudRouteGroupId}/cloudRouteProfiles/{cloudRouteProfileId}/assignedDestinations"
            + "/percentAllocationHours/import";

    @Test
    void theIndexListsEveryInterfaceOfTheAreaAndTheClientIndexIncludesIt() {
        assertThat(RoutingApis.all()).containsExactlyInAnyOrder(CloudRouteDestinationGroupsApi.class,
                CloudRouteDestinationsApi.class, CloudRouteDestinationOverridesApi.class,
                CloudRouteProfileGroupsApi.class, CloudRouteProfilesApi.class, CloudRouteAssignedDestinationsApi.class,
                CloudRouteAssignedProfilesApi.class, CloudRouteAssignedOverridesApi.class,
                CloudRouteDtmfEventsApi.class, CloudRouteStickyDestinationsApi.class,
                CloudRouteSkinnyGroupsApi.class);
        assertThat(EngageVoiceApis.all()).containsAll(RoutingApis.all());
    }

    @Test
    void theDestinationTypesAreThoseOfTheSpec() {
        List<String> ours = names(CloudDestinationType.values());

        assertThat(ours).containsExactlyElementsOf(parameterEnum(DNIS_OVERRIDES, "post", "cloudDestinationType"));
        JsonNode schemas = openApiOrSkip().path("components").path("schemas");
        assertThat(ours).containsExactlyElementsOf(enumValues(
                schemas.path("CloudRouteDestination").path("properties").path("destinationType").path("enum")));
        assertThat(ours).containsExactlyElementsOf(enumValues(schemas.path("CloudRouteAssignedDestination")
                .path("properties").path("destinationType").path("enum")));
    }

    @Test
    void theAllocationHoursDelimitersAreThoseOfTheSpec() {
        assertThat(names(AllocationHoursDelimiter.values()))
                .containsExactlyElementsOf(parameterEnum(ALLOCATION_IMPORT, "post", "extension"));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
