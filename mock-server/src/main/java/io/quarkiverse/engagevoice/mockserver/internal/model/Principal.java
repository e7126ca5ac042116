package io.quarkiverse.engagevoice.mockserver.internal.model;

import java.util.Set;

/**
 * Who an authenticated API request acts for.
 *
 * @param userId the Engage user id
 * @param accountIds the accounts this user may access
 * @param credential how the request authenticated
 */
public record Principal(int userId, Set<String> accountIds, Credential credential) {

    public enum Credential {
        ACCESS_TOKEN,
        API_TOKEN,
        LEGACY_TOKEN
    }

    public boolean mayAccess(String accountId) {
        return accountIds.contains(accountId);
    }
}
