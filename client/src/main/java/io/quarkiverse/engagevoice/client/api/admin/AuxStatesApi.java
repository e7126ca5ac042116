package io.quarkiverse.engagevoice.client.api.admin;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.AccountAuxState;

/**
 * The account's agent states (auxiliary states), as the RingCX developer guide documents them (its agents page: the
 * {@code stateId} and {@code agentAuxState} an agent's initial login state takes); no official OpenAPI file lists
 * this operation. {@code accountId} may be {@code ~}: the account the client works on.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface AuxStatesApi {

    /**
     * {@code GET auxStates} (documented, in no OpenAPI file): the account's states.
     *
     * @param active {@code 1} for the active states only, as the guide sends it; {@code null} not sent
     */
    @GET
    @Path("/v1/admin/accounts/{accountId}/auxStates")
    List<AccountAuxState> list(@PathParam("accountId") String accountId, @QueryParam("active") Integer active);

    /** {@code GET auxStates?active=1}: the account's active states. */
    default List<AccountAuxState> active(String accountId) {
        return list(accountId, 1);
    }
}
