package io.quarkiverse.engagevoice.client.api.queues;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.api.MultipartFile;
import io.quarkiverse.engagevoice.client.model.queues.GateSpecialAni;
import io.quarkiverse.engagevoice.client.model.queues.SpecialAniType;

/**
 * The special caller numbers of a queue (gate): special ANIs ({@link SpecialAniType#SPECIAL_ANI}) and throttled ones
 * ({@link SpecialAniType#THROTTLE}). {@code accountId} may be {@code ~}: the account the client works on.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface GateSpecialAnisApi {

    /**
     * {@code getGateSpecialAniList}. Every parameter but the path's may be {@code null}: then it is not sent.
     *
     * @param type only numbers of this kind
     * @param filter only numbers containing this text
     * @param page zero-based page, {@code null} for the server's default
     * @param maxRows page size, {@code null} for the server's default
     */
    @GET
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/specialAnis")
    List<GateSpecialAni> list(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, @QueryParam("type") SpecialAniType type,
            @QueryParam("filter") String filter, @QueryParam("page") Integer page,
            @QueryParam("maxRows") Integer maxRows);

    /** {@code getGateSpecialAniList} of one kind, first page with the server's default size. */
    default List<GateSpecialAni> list(String accountId, int gateGroupId, int gateId, SpecialAniType type) {
        return list(accountId, gateGroupId, gateId, type, null, null, null);
    }

    /** {@code createGateSpecialAni}: adds a number (see {@link GateSpecialAni#of}). */
    @POST
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/specialAnis")
    @Consumes(MediaType.APPLICATION_JSON)
    GateSpecialAni create(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, GateSpecialAni specialAni);

    /**
     * {@code deleteSpecialAni}: removes the number {@code ani} of kind {@code type}, or every number of that kind when
     * {@code ani} is {@code null} (not sent); the number of entries removed.
     */
    @DELETE
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/specialAnis")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    int delete(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, @QueryParam("type") SpecialAniType type, @QueryParam("ani") String ani);

    /**
     * {@code uploadSpecialAniList}: the raw request. Prefer
     * {@link #upload(String, int, int, SpecialAniType, String, String, byte[])}, which builds {@code multipartBody}.
     *
     * @param operation {@code APPEND} (the server's default when {@code null}: not sent) or another operation of the
     *        server, such as {@code REPLACE}
     * @param multipartBody a {@code multipart/form-data} body delimited by {@link MultipartFile#BOUNDARY}, with the file
     *        as part {@code file}
     * @return how many numbers the server took
     */
    @POST
    @Path("/v1/admin/accounts/{accountId}/gateGroups/{gateGroupId}/gates/{gateId}/specialAnis/upload")
    @Consumes(MultipartFile.MULTIPART_FORM_DATA)
    @Produces({ MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON })
    int upload(@PathParam("accountId") String accountId, @PathParam("gateGroupId") int gateGroupId,
            @PathParam("gateId") int gateId, @QueryParam("operation") String operation,
            @QueryParam("type") SpecialAniType type, byte[] multipartBody);

    /**
     * {@code uploadSpecialAniList}: uploads a file of numbers of kind {@code type}, sent as the multipart part
     * {@code file} named {@code fileName}.
     *
     * @param operation {@code APPEND}, or {@code null} for the server's default ({@code APPEND})
     * @return how many numbers the server took
     * @throws IllegalArgumentException when the file holds {@link MultipartFile#BOUNDARY} (nothing is sent)
     */
    default int upload(String accountId, int gateGroupId, int gateId, SpecialAniType type, String operation,
            String fileName, byte[] file) {
        return upload(accountId, gateGroupId, gateId, operation, type,
                MultipartFile.body(fileName == null ? "anis.csv" : fileName, file));
    }
}
