package io.quarkiverse.engagevoice.client.api.routing;

import static io.quarkiverse.engagevoice.client.testing.WireTests.ACCOUNT;

/**
 * The cloud-routing objects the tests work on. The simulator serves none of these operations, so the tests use the
 * recording server ({@link io.quarkiverse.engagevoice.client.testing.WireTests}); answers are canned as the OpenAPI
 * file's schemas describe them, since the official samples hold none for cloud routing.
 */
final class RoutingWire {

    /** Destination group 21, its destination 22; profile group 31, its profile 32; assignment 41. */
    static final int DEST_GROUP = 21;
    static final int DEST = 22;
    static final int PROFILE_GROUP = 31;
    static final int PROFILE = 32;
    static final int ASSIGNMENT = 41;
    static final String DEST_PATH = ACCOUNT + "/cloudRouteDestinationGroups/" + DEST_GROUP
            + "/cloudRouteDestinations/" + DEST;
    static final String PROFILE_PATH = ACCOUNT + "/cloudRouteProfileGroups/" + PROFILE_GROUP + "/cloudRouteProfiles/"
            + PROFILE;

    private RoutingWire() {
    }
}
