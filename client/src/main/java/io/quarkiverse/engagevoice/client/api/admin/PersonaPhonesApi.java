package io.quarkiverse.engagevoice.client.api.admin;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.admin.PersonaPhoneConfig;

/**
 * The persona phones of an account (the "Outbound" tag's {@code persona-phone-config}): labelled phones that the
 * calling preferences of campaigns use. {@code accountId} may be {@code ~}. Create and update answer the account's
 * whole list.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface PersonaPhonesApi {

    /** {@code fetchPersonaPhoneConfig}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/persona-phone-config")
    List<PersonaPhoneConfig> list(@PathParam("accountId") String accountId);

    /** {@code createPersonaPhoneConfig}: the account's persona phones, the new one included. */
    @POST
    @Path("/v1/admin/accounts/{accountId}/persona-phone-config")
    @Consumes(MediaType.APPLICATION_JSON)
    List<PersonaPhoneConfig> create(@PathParam("accountId") String accountId, PersonaPhoneConfig config);

    /**
     * {@code updatePersonaPhoneConfig}: the phone is named by the {@code phoneId} of {@code config}; the account's
     * persona phones after the change.
     */
    @PUT
    @Path("/v1/admin/accounts/{accountId}/persona-phone-config")
    @Consumes(MediaType.APPLICATION_JSON)
    List<PersonaPhoneConfig> update(@PathParam("accountId") String accountId, PersonaPhoneConfig config);

    /** {@code deletePersonaPhoneConfig} (the server answers 204). */
    @DELETE
    @Path("/v1/admin/accounts/{accountId}/persona-phone-config/{phoneId}")
    void delete(@PathParam("accountId") String accountId, @PathParam("phoneId") int phoneId);

    /** {@code getCampaignsUsingPhoneId}: the names of the campaigns whose calling preferences use the phone. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/persona-phone-config/active-campaigns/{phoneId}")
    List<String> campaignsUsing(@PathParam("accountId") String accountId, @PathParam("phoneId") int phoneId);
}
