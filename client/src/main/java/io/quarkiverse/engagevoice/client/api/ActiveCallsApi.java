package io.quarkiverse.engagevoice.client.api;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.ActiveCall;
import io.quarkiverse.engagevoice.client.model.ProductType;

/**
 * Calls in progress on an account, and call control. {@code accountId} may be {@code ~}: the account the client works
 * on. Documented limit: 120 requests per minute. A call is named by its {@code uii}.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface ActiveCallsApi {

    /** The form of {@code callBackDTS}: {@code yyyyMMddHHmmss}. */
    DateTimeFormatter CALLBACK_DTS = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    /**
     * {@code getProductActiveCallsListRequest}: the active calls of a product (a queue, a campaign, an agent...) or
     * of an external id. Every parameter but {@code accountId} may be {@code null}: then it is not sent.
     *
     * @param product the kind of product, with {@code productId} its id; {@link ProductType#ACCOUNT} for all calls
     * @param externalId the external id given to the call
     * @param page zero-based page, {@code null} for the server's default
     * @param maxRows page size, {@code null} for the server's default
     */
    @GET
    @Path("/v1/admin/accounts/{accountId}/activeCalls/list")
    List<ActiveCall> list(@PathParam("accountId") String accountId, @QueryParam("product") ProductType product,
            @QueryParam("productId") Integer productId, @QueryParam("externalId") String externalId,
            @QueryParam("page") Integer page, @QueryParam("maxRows") Integer maxRows);

    /** {@code getProductActiveCallsListRequest} of a product, first page with the server's default size. */
    default List<ActiveCall> list(String accountId, ProductType product, Integer productId) {
        return list(accountId, product, productId, null, null, null);
    }

    /** {@code getProductActiveCallsListRequest} without filters, first page with the server's default size. */
    default List<ActiveCall> list(String accountId) {
        return list(accountId, null, null, null, null, null);
    }

    /** {@code hangupCall}: terminates the call; whether the server did. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/activeCalls/{uii}/hangupCall")
    @Produces({ MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON })
    boolean hangupCall(@PathParam("accountId") String accountId, @PathParam("uii") String uii);

    /**
     * {@code dispositionCall}: sets the disposition of an inbound or outbound call and releases the agent from the
     * pending-disposition state; whether the server did. Prefer the overloads, which fill {@code callback} and
     * {@code callBackDTS} consistently.
     *
     * @param disposition the disposition, as configured on the queue or campaign
     * @param callback whether to schedule a callback at {@code callBackDTS}
     * @param callBackDTS {@code yyyyMMddHHmmss}, required with {@code callback}, else {@code null} (not sent)
     * @param notes agent notes, {@code null} for none (not sent)
     */
    @POST
    @Path("/v1/admin/accounts/{accountId}/activeCalls/{uii}/dispositionCall")
    @Produces({ MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON })
    boolean dispositionCall(@PathParam("accountId") String accountId, @PathParam("uii") String uii,
            @QueryParam("disposition") String disposition, @QueryParam("callback") boolean callback,
            @QueryParam("callBackDTS") String callBackDTS, @QueryParam("notes") String notes);

    /** {@code dispositionCall} without a callback. */
    default boolean dispositionCall(String accountId, String uii, String disposition, String notes) {
        return dispositionCall(accountId, uii, disposition, false, null, notes);
    }

    /**
     * {@code dispositionCall} with a callback at {@code callBackAt}, sent as {@code yyyyMMddHHmmss} (a local time: the
     * API takes no zone). A {@code null} {@code callBackAt} means no callback.
     */
    default boolean dispositionCall(String accountId, String uii, String disposition, LocalDateTime callBackAt,
            String notes) {
        return callBackAt == null ? dispositionCall(accountId, uii, disposition, notes)
                : dispositionCall(accountId, uii, disposition, true, CALLBACK_DTS.format(callBackAt), notes);
    }
}
