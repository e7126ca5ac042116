package io.quarkiverse.engagevoice.client.model;

/** An Engage Voice account (a main account or a sub-account). Properties not declared here are kept. */
public class Account extends ApiObject {

    private String accountId;
    private String accountName;
    private String mainAccountId;
    private String mainAccountName;
    private Boolean archivedAccount;
    private Boolean enableInbound;
    private Boolean enableOutbound;

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public String getAccountName() {
        return accountName;
    }

    public void setAccountName(String accountName) {
        this.accountName = accountName;
    }

    public String getMainAccountId() {
        return mainAccountId;
    }

    public void setMainAccountId(String mainAccountId) {
        this.mainAccountId = mainAccountId;
    }

    public String getMainAccountName() {
        return mainAccountName;
    }

    public void setMainAccountName(String mainAccountName) {
        this.mainAccountName = mainAccountName;
    }

    public Boolean getArchivedAccount() {
        return archivedAccount;
    }

    public void setArchivedAccount(Boolean archivedAccount) {
        this.archivedAccount = archivedAccount;
    }

    public Boolean getEnableInbound() {
        return enableInbound;
    }

    public void setEnableInbound(Boolean enableInbound) {
        this.enableInbound = enableInbound;
    }

    public Boolean getEnableOutbound() {
        return enableOutbound;
    }

    public void setEnableOutbound(Boolean enableOutbound) {
        this.enableOutbound = enableOutbound;
    }

    @Override
    public String toString() {
        return "Account[" + accountId + ", " + accountName + "]";
    }
}
