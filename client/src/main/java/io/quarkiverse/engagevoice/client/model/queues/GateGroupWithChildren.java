package io.quarkiverse.engagevoice.client.model.queues;

import java.util.List;

import io.quarkiverse.engagevoice.client.model.GateGroupSkill;
import io.quarkiverse.engagevoice.client.model.Gate;
import io.quarkiverse.engagevoice.client.model.GateGroup;

/**
 * A queue group with its queues and skills, as the {@code withChildren} lists answer. Properties not declared here are
 * kept.
 */
public class GateGroupWithChildren extends GateGroup {

    private List<Gate> gates;
    private List<GateGroupSkill> groupSkills;

    public GateGroupWithChildren() {
    }

    /** The queues of the group. */
    public List<Gate> getGates() {
        return gates;
    }

    public void setGates(List<Gate> gates) {
        this.gates = gates;
    }

    /** The skills of the group. */
    public List<GateGroupSkill> getGroupSkills() {
        return groupSkills;
    }

    public void setGroupSkills(List<GateGroupSkill> groupSkills) {
        this.groupSkills = groupSkills;
    }

    @Override
    public String toString() {
        return "GateGroupWithChildren[" + getGateGroupId() + ", " + getGroupName() + ", "
                + (gates == null ? 0 : gates.size()) + " queues]";
    }
}
