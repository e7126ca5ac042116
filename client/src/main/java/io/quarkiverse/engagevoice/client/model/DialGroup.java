package io.quarkiverse.engagevoice.client.model;

/** An outbound dial group, which holds campaigns. Properties not declared here are kept. */
public class DialGroup extends ApiObject {

    private Integer dialGroupId;
    private String dialGroupName;
    private String dialGroupDesc;
    private String dialMode;
    private Boolean isActive;
    private Integer maxPorts;

    /**
     * The body of a create: a name and a dial mode, both required.
     *
     * @param dialMode {@code PREVIEW}, {@code CLICK_TO_TALK}, {@code PREDICTIVE}, {@code POWER} or {@code TCPA_SAFE_MODE}
     */
    public static DialGroup named(String dialGroupName, String dialMode) {
        DialGroup g = new DialGroup();
        g.setDialGroupName(dialGroupName);
        g.setDialMode(dialMode);
        return g;
    }

    public Integer getDialGroupId() {
        return dialGroupId;
    }

    public void setDialGroupId(Integer dialGroupId) {
        this.dialGroupId = dialGroupId;
    }

    public String getDialGroupName() {
        return dialGroupName;
    }

    public void setDialGroupName(String dialGroupName) {
        this.dialGroupName = dialGroupName;
    }

    public String getDialGroupDesc() {
        return dialGroupDesc;
    }

    public void setDialGroupDesc(String dialGroupDesc) {
        this.dialGroupDesc = dialGroupDesc;
    }

    public String getDialMode() {
        return dialMode;
    }

    public void setDialMode(String dialMode) {
        this.dialMode = dialMode;
    }

    public Boolean getIsActive() {
        return isActive;
    }

    public void setIsActive(Boolean isActive) {
        this.isActive = isActive;
    }

    public Integer getMaxPorts() {
        return maxPorts;
    }

    public void setMaxPorts(Integer maxPorts) {
        this.maxPorts = maxPorts;
    }

    @Override
    public String toString() {
        return "DialGroup[" + dialGroupId + ", " + dialGroupName + "]";
    }
}
