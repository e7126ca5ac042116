package io.quarkiverse.engagevoice.client.model.numbers;

import java.util.List;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * What to look for among the customers' numbers (the API's {@code DnisListRequest}). {@link #toString()} leaves out
 * the search text, often part of a number.
 */
public class DnisSearchRequest extends ApiObject {

    private List<String> accountIds;
    private String dnisState;
    private String searchText;
    private Boolean phoneNumbersI18nEnabled;

    public DnisSearchRequest() {
    }

    /** A search of {@code searchText} ({@code null}: everything) among the numbers of the given accounts. */
    public static DnisSearchRequest of(String searchText, String... accountIds) {
        DnisSearchRequest r = new DnisSearchRequest();
        r.setSearchText(searchText);
        r.setAccountIds(List.of(accountIds));
        return r;
    }

    public List<String> getAccountIds() {
        return accountIds;
    }

    public void setAccountIds(List<String> accountIds) {
        this.accountIds = accountIds;
    }

    /** Only numbers in this state, as the server names it. */
    public String getDnisState() {
        return dnisState;
    }

    public void setDnisState(String dnisState) {
        this.dnisState = dnisState;
    }

    /** Only numbers whose number or description contains this text. */
    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public Boolean getPhoneNumbersI18nEnabled() {
        return phoneNumbersI18nEnabled;
    }

    public void setPhoneNumbersI18nEnabled(Boolean phoneNumbersI18nEnabled) {
        this.phoneNumbersI18nEnabled = phoneNumbersI18nEnabled;
    }

    @Override
    public String toString() {
        return "DnisSearchRequest[" + accountIds + ", " + dnisState + "]";
    }
}
