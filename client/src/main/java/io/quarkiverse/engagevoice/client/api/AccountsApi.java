package io.quarkiverse.engagevoice.client.api;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.Account;

/** Accounts visible to the authenticated user. */
@Produces(MediaType.APPLICATION_JSON)
public interface AccountsApi {

    /** {@code getAllAccounts}: the main account and its sub-accounts. */
    @GET
    @Path("/v1/admin/accounts")
    List<Account> list();
}
