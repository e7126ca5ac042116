package io.quarkiverse.engagevoice.client.api.numbers;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkiverse.engagevoice.client.api.Idempotent;
import io.quarkiverse.engagevoice.client.api.MultipartFile;
import io.quarkiverse.engagevoice.client.model.Account;
import io.quarkiverse.engagevoice.client.model.numbers.DnisBulkUpdate;
import io.quarkiverse.engagevoice.client.model.numbers.DnisBulkUpdateResult;
import io.quarkiverse.engagevoice.client.model.numbers.DnisFileType;
import io.quarkiverse.engagevoice.client.model.numbers.DnisListPreview;
import io.quarkiverse.engagevoice.client.model.numbers.DnisMediaValues;
import io.quarkiverse.engagevoice.client.model.numbers.DnisPool;
import io.quarkiverse.engagevoice.client.model.numbers.DnisPoolAssignmentUpdate;

/**
 * The telephone number manager's pool of phone numbers (DNIS): records, bulk changes, file uploads. These operations
 * work across the accounts the caller may manage, so they take no account id; some need the {@code SUPER_USER} role
 * (create, delete). A number in a path is sent as given. Searches are in {@link DnisSearchApi}, assignments in
 * {@link DnisAssignmentsApi}. Documented limit: 120 requests per minute.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface DnisPoolApi {

    /** {@code getAccounts}: the accounts whose numbers the caller may manage. */
    @GET
    @Path("/v1/admin/utilities/tnManager/accounts")
    List<Account> accounts();

    /**
     * {@code getUtilitiesTnManagerDnisPoolDnis}: the pool record of the number {@code dnis}.
     *
     * @param phoneNumbersI18nEnabled whether {@code dnis} is in international form; {@code null} for the server's
     *        default ({@code false}, not sent)
     */
    @GET
    @Path("/v1/admin/utilities/tnManager/dnisPool/{dnis}")
    DnisPool get(@PathParam("dnis") String dnis,
            @QueryParam("phoneNumbersI18nEnabled") Boolean phoneNumbersI18nEnabled);

    /** {@code getUtilitiesTnManagerDnisPoolDnis} of a number in national form. */
    default DnisPool get(String dnis) {
        return get(dnis, null);
    }

    /** {@code createDnisPool}: adds the numbers to the pool ({@code SUPER_USER}); the records made. */
    @POST
    @Path("/v1/admin/utilities/tnManager/dnisPool")
    @Consumes(MediaType.APPLICATION_JSON)
    List<DnisPool> create(List<DnisPool> records);

    /** {@code updateDnisPool}: changes the records named by their {@code dnis}; the records after. */
    @PUT
    @Path("/v1/admin/utilities/tnManager/dnisPool")
    @Consumes(MediaType.APPLICATION_JSON)
    List<DnisPool> update(List<DnisPool> records);

    /** {@code deleteDnis}: removes the number {@code dnis} from the pool ({@code SUPER_USER}); whether it did. */
    @DELETE
    @Path("/v1/admin/utilities/tnManager/dnisPool/{dnis}")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    boolean delete(@PathParam("dnis") String dnis);

    /**
     * {@code deleteDnisList}: removes the numbers from the pool ({@code SUPER_USER}); whether the server did.
     *
     * @param phoneNumbersI18nEnabled whether the numbers are in international form; {@code null}: not sent
     */
    @PUT
    @Path("/v1/admin/utilities/tnManager/dnisPool/bulkDelete")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    boolean deleteAll(@QueryParam("phoneNumbersI18nEnabled") Boolean phoneNumbersI18nEnabled, List<String> dnis);

    /** {@code deleteDnisList} of numbers in national form. */
    default boolean deleteAll(List<String> dnis) {
        return deleteAll(null, dnis);
    }

    /**
     * {@code validateNewDnisList}: checks numbers before they are added to the pool. The answer is the list of
     * numbers the server reports on (the OpenAPI file says no more than "a list of strings").
     *
     * @param phoneNumbersI18nEnabled whether the numbers are in international form; {@code null}: not sent
     */
    @Idempotent
    @POST
    @Path("/v1/admin/utilities/tnManager/checkNewDnisList")
    @Consumes(MediaType.APPLICATION_JSON)
    List<String> checkNew(@QueryParam("phoneNumbersI18nEnabled") Boolean phoneNumbersI18nEnabled, List<String> dnis);

    /** {@code validateNewDnisList} of numbers in national form. */
    default List<String> checkNew(List<String> dnis) {
        return checkNew(null, dnis);
    }

    /**
     * {@code updateCustomerDnisBulk}: sets the same values on every number of {@link DnisBulkUpdate#getDnisPool()};
     * whether the server did. The current file lists the operation twice, with a bare JSON string as the body and
     * with this object; the object is the shape documented.
     */
    @PUT
    @Path("/v1/admin/utilities/tnManager/updateCustomerDnisBulk")
    @Consumes(MediaType.APPLICATION_JSON)
    boolean updateCustomerBulk(DnisBulkUpdate update);

    /** {@code updateBulkDnisPool}: changes many records at once, their assignments too; how many changed. */
    @PUT
    @Path("/v1/admin/utilities/tnManager/updateBulkDnisPool")
    @Consumes(MediaType.APPLICATION_JSON)
    DnisBulkUpdateResult updateBulk(List<DnisPool> records);

    /**
     * {@code UpdateDnisPoolAndAssignments}: changes records and what they are assigned to in one request (see
     * {@link DnisPoolAssignmentUpdate#assign} and {@link DnisPoolAssignmentUpdate#unassign}); whether it did.
     */
    @PUT
    @Path("/v1/admin/utilities/tnManager/updatePoolAndAssignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    boolean updateWithAssignments(List<DnisPoolAssignmentUpdate> updates);

    /** {@code getMediaValues}: the media values the pool's records use. */
    @GET
    @Path("/v1/admin/utilities/tnManager/mediaValues")
    DnisMediaValues mediaValues();

    /**
     * {@code uploadDnisPool}: the raw request. Prefer {@link #upload(DnisFileType, String, String, byte[])}, which
     * builds {@code multipartBody}.
     *
     * @param quoteCharacter the quote character of the file, {@code null} for the server's default (not sent)
     * @param phoneNumbersI18nEnabled whether the numbers are in international form; {@code null}: not sent
     * @param multipartBody a {@code multipart/form-data} body delimited by {@link MultipartFile#BOUNDARY}, with the file
     *        as part {@code file}
     */
    @POST
    @Path("/v1/admin/utilities/tnManager/uploadDnisPool")
    @Consumes(MultipartFile.MULTIPART_FORM_DATA)
    DnisListPreview upload(@QueryParam("fileType") DnisFileType fileType,
            @QueryParam("quoteCharacter") String quoteCharacter,
            @QueryParam("phoneNumbersI18nEnabled") Boolean phoneNumbersI18nEnabled, byte[] multipartBody);

    /**
     * {@code uploadDnisPool}: uploads a file of pool records, sent as the multipart part {@code file} named
     * {@code fileName}; the answer shows the records read and how they were validated.
     *
     * @param quoteCharacter the quote character of the file, {@code null} for the server's default
     * @throws IllegalArgumentException when the file holds {@link MultipartFile#BOUNDARY} (nothing is sent)
     */
    default DnisListPreview upload(DnisFileType fileType, String quoteCharacter, String fileName, byte[] file) {
        return upload(fileType, quoteCharacter, (Boolean) null,
                MultipartFile.body(fileName == null ? "dnis.csv" : fileName, file));
    }
}
