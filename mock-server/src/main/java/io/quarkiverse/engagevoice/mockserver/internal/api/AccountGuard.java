package io.quarkiverse.engagevoice.mockserver.internal.api;

import io.quarkiverse.engagevoice.mockserver.internal.data.ContactCentre;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiException;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiRequest;

/**
 * Checks the {@code {accountId}} of a path. An account the caller may not see, or that does not exist, is a 403
 * (access is checked before existence, so ids of other tenants are not revealed). {@code ~} is not resolved: the
 * client must put a real account id in the path.
 */
public final class AccountGuard {

    private AccountGuard() {
    }

    public static String accessibleAccount(ApiRequest request, ContactCentre data) {
        String accountId = request.pathParam("accountId");
        if (!data.accounts.containsKey(accountId) || !request.principal().mayAccess(accountId)) {
            throw ApiException.forbidden("You do not have permission to access this resource");
        }
        return accountId;
    }
}
