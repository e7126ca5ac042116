package io.quarkiverse.engagevoice.client.api.admin;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.admin.DncEntry;
import io.quarkiverse.engagevoice.client.model.admin.DncEntryRequest;
import io.quarkiverse.engagevoice.client.model.admin.DncTag;

/**
 * The account's do-not-call list and its tags, as the RingCX developer guide documents them (its DNC page); no
 * official OpenAPI file lists these operations. Entries are filed under a tag and removed by tag, by tag and country,
 * or one number at a time. {@code accountId} may be {@code ~}: the account the client works on. The guide's advanced
 * search and file upload are not offered: it gives neither their bodies nor their answers.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface DncListsApi {

    /** {@code GET dncLists} (documented, in no OpenAPI file): the entries of the account's list. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/dncLists")
    List<DncEntry> list(@PathParam("accountId") String accountId);

    /** {@code POST dncLists} (documented, in no OpenAPI file): adds a number; the entry as stored. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/dncLists")
    @Consumes(MediaType.APPLICATION_JSON)
    DncEntry add(@PathParam("accountId") String accountId, DncEntryRequest entry);

    /** {@code DELETE dncLists/tags/{dncTagId}} (documented, in no OpenAPI file): removes every entry of the tag. */
    @DELETE
    @Path("/v1/admin/accounts/{accountId}/dncLists/tags/{dncTagId}")
    void removeTagged(@PathParam("accountId") String accountId, @PathParam("dncTagId") int dncTagId);

    /**
     * {@code DELETE dncLists/tags/{dncTagId}/countries/{countryId}} (documented, in no OpenAPI file): removes the
     * entries of the tag in one country.
     */
    @DELETE
    @Path("/v1/admin/accounts/{accountId}/dncLists/tags/{dncTagId}/countries/{countryId}")
    void removeTagged(@PathParam("accountId") String accountId, @PathParam("dncTagId") int dncTagId,
            @PathParam("countryId") String countryId);

    /**
     * {@code DELETE dncLists/tags/{dncTagId}/phones/{phone}/countries/{country}} (documented, in no OpenAPI file):
     * removes one number.
     */
    @DELETE
    @Path("/v1/admin/accounts/{accountId}/dncLists/tags/{dncTagId}/phones/{phone}/countries/{country}")
    void remove(@PathParam("accountId") String accountId, @PathParam("dncTagId") int dncTagId,
            @PathParam("phone") String phone, @PathParam("country") String country);

    /** {@code GET dncTags} (documented, in no OpenAPI file): the account's tags. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/dncTags")
    List<DncTag> listTags(@PathParam("accountId") String accountId);

    /** {@code POST dncTags} (documented, in no OpenAPI file): creates a tag; the tag as stored, with its id. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/dncTags")
    @Consumes(MediaType.APPLICATION_JSON)
    DncTag createTag(@PathParam("accountId") String accountId, DncTag tag);

    /** {@code DELETE dncTags/{dncTagId}} (documented, in no OpenAPI file): deletes a tag. */
    @DELETE
    @Path("/v1/admin/accounts/{accountId}/dncTags/{dncTagId}")
    void deleteTag(@PathParam("accountId") String accountId, @PathParam("dncTagId") int dncTagId);
}
