package io.quarkiverse.engagevoice.client.model.numbers;

import java.util.List;

import io.quarkiverse.engagevoice.client.model.ApiObject;
import io.quarkiverse.engagevoice.client.model.ProductType;

/**
 * What to look for in the number pool (the API's {@code TnManagerSearchCriteria}); every property left {@code null}
 * is not sent and does not filter. {@link #toString()} leaves out the numbers.
 */
public class TnManagerSearchCriteria extends ApiObject {

    private String accountId;
    private List<String> accountIds;
    private Boolean active;
    private Boolean assigned;
    private Boolean assignedSms;
    private List<String> dnis;
    private String dnisFilter;
    private ProductType product;
    private Integer objectId;
    private Integer groupId;
    private String notes;
    private String customAppString;
    private String inboundContext;
    private String vendorId;
    private Integer vruNetworkId;
    private Boolean phoneNumbersI18nEnabled;
    private String timezoneName;

    public TnManagerSearchCriteria() {
    }

    /** Criteria matching the numbers of the given accounts. */
    public static TnManagerSearchCriteria forAccounts(String... accountIds) {
        TnManagerSearchCriteria c = new TnManagerSearchCriteria();
        c.setAccountIds(List.of(accountIds));
        return c;
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    /** Only numbers of these accounts. */
    public List<String> getAccountIds() {
        return accountIds;
    }

    public void setAccountIds(List<String> accountIds) {
        this.accountIds = accountIds;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    /** Only numbers assigned ({@code true}) or free ({@code false}). */
    public Boolean getAssigned() {
        return assigned;
    }

    public void setAssigned(Boolean assigned) {
        this.assigned = assigned;
    }

    public Boolean getAssignedSms() {
        return assignedSms;
    }

    public void setAssignedSms(Boolean assignedSms) {
        this.assignedSms = assignedSms;
    }

    /** Only these numbers. */
    public List<String> getDnis() {
        return dnis;
    }

    public void setDnis(List<String> dnis) {
        this.dnis = dnis;
    }

    /** Only numbers containing this text. */
    public String getDnisFilter() {
        return dnisFilter;
    }

    public void setDnisFilter(String dnisFilter) {
        this.dnisFilter = dnisFilter;
    }

    /** Only numbers assigned to this kind of product, with {@link #getObjectId()} its id. */
    public ProductType getProduct() {
        return product;
    }

    public void setProduct(ProductType product) {
        this.product = product;
    }

    public Integer getObjectId() {
        return objectId;
    }

    public void setObjectId(Integer objectId) {
        this.objectId = objectId;
    }

    public Integer getGroupId() {
        return groupId;
    }

    public void setGroupId(Integer groupId) {
        this.groupId = groupId;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getCustomAppString() {
        return customAppString;
    }

    public void setCustomAppString(String customAppString) {
        this.customAppString = customAppString;
    }

    public String getInboundContext() {
        return inboundContext;
    }

    public void setInboundContext(String inboundContext) {
        this.inboundContext = inboundContext;
    }

    public String getVendorId() {
        return vendorId;
    }

    public void setVendorId(String vendorId) {
        this.vendorId = vendorId;
    }

    public Integer getVruNetworkId() {
        return vruNetworkId;
    }

    public void setVruNetworkId(Integer vruNetworkId) {
        this.vruNetworkId = vruNetworkId;
    }

    public Boolean getPhoneNumbersI18nEnabled() {
        return phoneNumbersI18nEnabled;
    }

    public void setPhoneNumbersI18nEnabled(Boolean phoneNumbersI18nEnabled) {
        this.phoneNumbersI18nEnabled = phoneNumbersI18nEnabled;
    }

    public String getTimezoneName() {
        return timezoneName;
    }

    public void setTimezoneName(String timezoneName) {
        this.timezoneName = timezoneName;
    }

    @Override
    public String toString() {
        return "TnManagerSearchCriteria[" + accountIds + ", " + product + "]";
    }
}
