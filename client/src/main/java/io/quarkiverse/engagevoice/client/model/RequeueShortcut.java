package io.quarkiverse.engagevoice.client.model;

import io.quarkiverse.engagevoice.client.model.Campaign;
import io.quarkiverse.engagevoice.client.model.Gate;
import io.quarkiverse.engagevoice.client.model.GateGroup;

/**
 * A shortcut offered to agents to requeue a call: to another queue ({@code requeueGate} of {@code requeueGateGroup})
 * or to a skill ({@code groupSkill}). Properties not declared here are kept.
 */
public class RequeueShortcut extends ApiObject {

    private Integer requeueShortcutId;
    private String name;
    private Integer rank;
    private GateGroup requeueGateGroup;
    private Gate requeueGate;
    private GateGroupSkill groupSkill;
    private Gate gate;
    private Campaign campaign;

    public RequeueShortcut() {
    }

    /** A shortcut, for a create, that requeues to queue {@code gateId} of queue group {@code gateGroupId}. */
    public static RequeueShortcut toQueue(String name, int gateGroupId, int gateId) {
        RequeueShortcut s = new RequeueShortcut();
        s.setName(name);
        GateGroup group = new GateGroup();
        group.setGateGroupId(gateGroupId);
        s.setRequeueGateGroup(group);
        Gate gate = new Gate();
        gate.setGateId(gateId);
        s.setRequeueGate(gate);
        return s;
    }

    public Integer getRequeueShortcutId() {
        return requeueShortcutId;
    }

    public void setRequeueShortcutId(Integer requeueShortcutId) {
        this.requeueShortcutId = requeueShortcutId;
    }

    /** The label agents see. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** Position in the agent's list. */
    public Integer getRank() {
        return rank;
    }

    public void setRank(Integer rank) {
        this.rank = rank;
    }

    /** The queue group of {@code requeueGate}; only its id is needed in a request. */
    public GateGroup getRequeueGateGroup() {
        return requeueGateGroup;
    }

    public void setRequeueGateGroup(GateGroup requeueGateGroup) {
        this.requeueGateGroup = requeueGateGroup;
    }

    /** The queue calls go to; only its id is needed in a request. */
    public Gate getRequeueGate() {
        return requeueGate;
    }

    public void setRequeueGate(Gate requeueGate) {
        this.requeueGate = requeueGate;
    }

    /** The skill calls are requeued with; only its id is needed in a request. */
    public GateGroupSkill getGroupSkill() {
        return groupSkill;
    }

    public void setGroupSkill(GateGroupSkill groupSkill) {
        this.groupSkill = groupSkill;
    }

    /** The queue the shortcut belongs to, as the server sends it. */
    public Gate getGate() {
        return gate;
    }

    public void setGate(Gate gate) {
        this.gate = gate;
    }

    /** The campaign the shortcut belongs to, when it belongs to one. */
    public Campaign getCampaign() {
        return campaign;
    }

    public void setCampaign(Campaign campaign) {
        this.campaign = campaign;
    }

    @Override
    public String toString() {
        return "RequeueShortcut[" + requeueShortcutId + ", " + name + "]";
    }
}
