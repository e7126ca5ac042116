package io.quarkiverse.engagevoice.client.auth;

import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.Account;

/** A test-only asynchronous interface, to show that the 401 replay also covers calls returning a CompletionStage. */
@Path("/v1/admin/accounts")
@Produces(MediaType.APPLICATION_JSON)
public interface AsyncAccountsApi {

    @GET
    CompletionStage<List<Account>> list();
}
