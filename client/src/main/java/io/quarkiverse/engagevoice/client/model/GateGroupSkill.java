package io.quarkiverse.engagevoice.client.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;


/**
 * A skill of a queue group: calls that need it go to agents who have it. Properties not declared here are kept, among
 * them {@code agentSkillProfiles} and {@code requeueShortcut}.
 */
public class GateGroupSkill extends ApiObject {

    private Integer skillId;
    private String skillName;
    private String skillDesc;
    private Boolean active;
    private String whisperAudio;
    @JsonDeserialize(using = EngageDateTime.Deserializer.class)
    @JsonSerialize(using = EngageDateTime.Serializer.class)
    private OffsetDateTime createdOn;

    public GateGroupSkill() {
    }

    /** A skill with only a name: the body of a create, or of a rename. */
    public static GateGroupSkill named(String skillName) {
        GateGroupSkill s = new GateGroupSkill();
        s.setSkillName(skillName);
        return s;
    }

    public Integer getSkillId() {
        return skillId;
    }

    public void setSkillId(Integer skillId) {
        this.skillId = skillId;
    }

    public String getSkillName() {
        return skillName;
    }

    public void setSkillName(String skillName) {
        this.skillName = skillName;
    }

    public String getSkillDesc() {
        return skillDesc;
    }

    public void setSkillDesc(String skillDesc) {
        this.skillDesc = skillDesc;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    /** What the agent hears before a call that needs the skill. */
    public String getWhisperAudio() {
        return whisperAudio;
    }

    public void setWhisperAudio(String whisperAudio) {
        this.whisperAudio = whisperAudio;
    }

    public OffsetDateTime getCreatedOn() {
        return createdOn;
    }

    public void setCreatedOn(OffsetDateTime createdOn) {
        this.createdOn = createdOn;
    }

    @Override
    public String toString() {
        return "GateGroupSkill[" + skillId + ", " + skillName + "]";
    }
}
