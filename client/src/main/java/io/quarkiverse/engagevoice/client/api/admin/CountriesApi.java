package io.quarkiverse.engagevoice.client.api.admin;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.model.admin.Country;

/** The countries the system can dial. {@code accountId} may be {@code ~}. */
@Produces(MediaType.APPLICATION_JSON)
public interface CountriesApi {

    /** {@code getCountryList}. */
    @GET
    @Path("/v1/admin/accounts/{accountId}/countries/available")
    List<Country> list(@PathParam("accountId") String accountId);
}
