package io.quarkiverse.engagevoice.client.api.numbers;

import java.io.InputStream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkiverse.engagevoice.client.api.Idempotent;
import io.quarkiverse.engagevoice.client.model.numbers.DnisSearchRequest;
import io.quarkiverse.engagevoice.client.model.numbers.DnisSearchResult;
import io.quarkiverse.engagevoice.client.model.numbers.TnManagerSearchCriteria;

/**
 * Searches of the telephone number manager's pool, across the accounts the caller may manage. The interface sits at
 * the API root because the customer search has a {@code v1} and a {@code v2} form; prefer
 * {@link #searchCustomerDnis}, the typed {@code v2}. Where the OpenAPI file types an answer only as "an object",
 * it is returned as the JSON the server sent. Documented limit: 120 requests per minute.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface DnisSearchApi {

    /**
     * {@code search}: one page of the pool records matching {@code criteria}. The OpenAPI file types the answer only
     * as an object, so it is returned as the server sent it (paged answers of this API are usually bare arrays).
     *
     * @param page zero-based page, {@code null} for the server's default
     * @param maxRows page size, {@code null} for the server's default
     */
    @Idempotent
    @POST
    @Path("/v1/admin/utilities/tnManager/search")
    JsonNode search(@QueryParam("page") Integer page, @QueryParam("maxRows") Integer maxRows,
            TnManagerSearchCriteria criteria);

    /** {@code search}, first page with the server's default size. */
    default JsonNode search(TnManagerSearchCriteria criteria) {
        return search(null, null, criteria);
    }

    /**
     * {@code search} with {@code count}: how many pool records match {@code criteria}. Prefer
     * {@link #count(TnManagerSearchCriteria)}; {@code count} must be {@code true} for this answer.
     */
    @Idempotent
    @POST
    @Path("/v1/admin/utilities/tnManager/search")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    long count(@QueryParam("count") boolean count, TnManagerSearchCriteria criteria);

    /** How many pool records match {@code criteria}. */
    default long count(TnManagerSearchCriteria criteria) {
        return count(true, criteria);
    }

    /**
     * {@code getDnisPoolListAsReport}: the pool records matching {@code criteria} as a report file, in whatever
     * media type the server chooses (the OpenAPI file names none). The caller closes the stream.
     */
    @Idempotent
    @POST
    @Path("/v1/admin/utilities/tnManager/report")
    @Produces(MediaType.WILDCARD)
    InputStream report(TnManagerSearchCriteria criteria);

    /** {@code getCustomerDnisPoolList2}: the customers' numbers matching {@code request}, by account, with a total. */
    @Idempotent
    @POST
    @Path("/v2/admin/utilities/tnManager/searchDnis")
    DnisSearchResult searchCustomerDnis(DnisSearchRequest request);

    /**
     * {@code searchDnis}: the older form of {@link #searchCustomerDnis}, whose answer the OpenAPI file types only as
     * an object; returned as the server sent it.
     */
    @Idempotent
    @POST
    @Path("/v1/admin/utilities/tnManager/searchDnis")
    JsonNode searchCustomerDnisV1(DnisSearchRequest request);
}
