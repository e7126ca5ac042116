package io.quarkiverse.engagevoice.client.model;

/** A lead to load into a campaign (the API's {@code CampaignLead}). Properties not declared here are kept. */
public class CampaignLead extends ApiObject {

    private Integer leadId;
    private String externId;
    private String leadPhone;
    private String firstName;
    private String lastName;
    private String email;
    private String address1;
    private String city;
    private String state;
    private String zip;
    private String leadState;
    private String leadTimezone;
    private String auxData1;
    private String auxData2;
    private String auxData3;
    private String auxData4;
    private String auxData5;
    private Integer leadPriority;
    private Integer maxPasses;
    private Boolean suppressed;

    public CampaignLead() {
    }

    /** A lead with an external id, a phone number and a name: the usual minimum for a direct load. */
    public static CampaignLead of(String externId, String leadPhone, String firstName, String lastName) {
        CampaignLead lead = new CampaignLead();
        lead.setExternId(externId);
        lead.setLeadPhone(leadPhone);
        lead.setFirstName(firstName);
        lead.setLastName(lastName);
        return lead;
    }

    public Integer getLeadId() {
        return leadId;
    }

    public void setLeadId(Integer leadId) {
        this.leadId = leadId;
    }

    public String getExternId() {
        return externId;
    }

    public void setExternId(String externId) {
        this.externId = externId;
    }

    public String getLeadPhone() {
        return leadPhone;
    }

    public void setLeadPhone(String leadPhone) {
        this.leadPhone = leadPhone;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress1() {
        return address1;
    }

    public void setAddress1(String address1) {
        this.address1 = address1;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getZip() {
        return zip;
    }

    public void setZip(String zip) {
        this.zip = zip;
    }

    public String getLeadState() {
        return leadState;
    }

    public void setLeadState(String leadState) {
        this.leadState = leadState;
    }

    public String getLeadTimezone() {
        return leadTimezone;
    }

    public void setLeadTimezone(String leadTimezone) {
        this.leadTimezone = leadTimezone;
    }

    public String getAuxData1() {
        return auxData1;
    }

    public void setAuxData1(String auxData1) {
        this.auxData1 = auxData1;
    }

    public String getAuxData2() {
        return auxData2;
    }

    public void setAuxData2(String auxData2) {
        this.auxData2 = auxData2;
    }

    public String getAuxData3() {
        return auxData3;
    }

    public void setAuxData3(String auxData3) {
        this.auxData3 = auxData3;
    }

    public String getAuxData4() {
        return auxData4;
    }

    public void setAuxData4(String auxData4) {
        this.auxData4 = auxData4;
    }

    public String getAuxData5() {
        return auxData5;
    }

    public void setAuxData5(String auxData5) {
        this.auxData5 = auxData5;
    }

    public Integer getLeadPriority() {
        return leadPriority;
    }

    public void setLeadPriority(Integer leadPriority) {
        this.leadPriority = leadPriority;
    }

    public Integer getMaxPasses() {
        return maxPasses;
    }

    public void setMaxPasses(Integer maxPasses) {
        this.maxPasses = maxPasses;
    }

    public Boolean getSuppressed() {
        return suppressed;
    }

    public void setSuppressed(Boolean suppressed) {
        this.suppressed = suppressed;
    }

    @Override
    public String toString() {
        return "CampaignLead[" + leadId + ", " + externId + "]";
    }
}
