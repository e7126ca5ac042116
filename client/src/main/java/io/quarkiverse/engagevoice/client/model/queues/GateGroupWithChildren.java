package io.quarkiverse.engagevoice.client.model.queues;

import io.quarkiverse.engagevoice.client.model.GateGroup;

/**
 * A queue group as the {@code withChildren} lists answer it, with its queues and skills. {@link GateGroup} types
 * them all; this name stays for the operations that answer it.
 */
public class GateGroupWithChildren extends GateGroup {

    public GateGroupWithChildren() {
    }

    @Override
    public String toString() {
        return "GateGroupWithChildren[" + getGateGroupId() + ", " + getGroupName() + ", "
                + (getGates() == null ? 0 : getGates().size()) + " queues]";
    }
}
