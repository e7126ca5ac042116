package io.quarkiverse.engagevoice.client.api.queues;

import static io.quarkiverse.engagevoice.client.testing.WireTests.ACCOUNT;

/**
 * Where most queue tests work. The simulator serves none of this area's operations, so the tests use the recording
 * server ({@link io.quarkiverse.engagevoice.client.testing.WireTests}) and can each answer as the OpenAPI file or the
 * official samples describe.
 */
final class QueueWire {

    /** Queue group 31 and its queue 41. */
    static final int GROUP = 31;
    static final int GATE = 41;
    static final String GATE_PATH = ACCOUNT + "/gateGroups/" + GROUP + "/gates/" + GATE;

    private QueueWire() {
    }
}
