package io.quarkiverse.engagevoice.client.testing;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** A test-only interface with string path and query parameters, to check encoding on the wire. */
@Path("/v1/echo")
@Produces(MediaType.APPLICATION_JSON)
public interface EchoApi {

    @GET
    @Path("/{value}")
    String get(@PathParam("value") String value, @QueryParam("q") String q, @QueryParam("ids") List<String> ids);

    @PUT
    @Path("/{value}")
    @Consumes(MediaType.APPLICATION_JSON)
    String put(@PathParam("value") String value, @QueryParam("q") String q, String body);

    /** A PUT that names overrides of its own, as a hand-written interface might. */
    @PUT
    @Path("/{value}")
    @Consumes(MediaType.APPLICATION_JSON)
    String putWithOverrides(@PathParam("value") String value, @HeaderParam("X-HTTP-Method-Override") String header,
            @QueryParam("_method") String query, String body);
}
