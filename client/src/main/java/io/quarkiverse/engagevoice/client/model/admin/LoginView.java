package io.quarkiverse.engagevoice.client.model.admin;

import java.util.List;

import io.quarkiverse.engagevoice.client.model.Account;
import io.quarkiverse.engagevoice.client.model.ApiObject;
import io.quarkiverse.engagevoice.client.model.User;

/**
 * What an authenticated user sees at login (the API's {@code UserLoginView}): the user, the accounts it may use and
 * the platform's host. {@link #toString()} leaves out the token. Properties not declared here are kept.
 */
public class LoginView extends ApiObject {

    private User user;
    private List<Account> accounts;
    private String platformHost;
    private String authToken;

    public LoginView() {
    }

    public User getUser() {
        return user;
    }

    public void setUser(User user) {
        this.user = user;
    }

    public List<Account> getAccounts() {
        return accounts;
    }

    public void setAccounts(List<Account> accounts) {
        this.accounts = accounts;
    }

    public String getPlatformHost() {
        return platformHost;
    }

    public void setPlatformHost(String platformHost) {
        this.platformHost = platformHost;
    }

    /** The session's token: a secret, never shown by {@link #toString()}. */
    public String getAuthToken() {
        return authToken;
    }

    public void setAuthToken(String authToken) {
        this.authToken = authToken;
    }

    @Override
    public String toString() {
        return "LoginView[" + (user == null ? null : user.getUserId()) + ", " + platformHost + "]";
    }
}
