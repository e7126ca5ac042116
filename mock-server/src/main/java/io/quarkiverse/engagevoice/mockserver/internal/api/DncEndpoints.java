package io.quarkiverse.engagevoice.mockserver.internal.api;

import java.util.function.Predicate;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkiverse.engagevoice.mockserver.internal.data.ContactCentre;
import io.quarkiverse.engagevoice.mockserver.internal.data.Table;
import io.quarkiverse.engagevoice.mockserver.internal.json.Json;
import io.quarkiverse.engagevoice.mockserver.internal.json.WireDates;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiException;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiRequest;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiResponse;
import io.quarkiverse.engagevoice.mockserver.internal.routing.Endpoint;

/**
 * The do-not-call list and its tags, as the developer guide documents them (no OpenAPI file lists them). An entry
 * needs {@code phone} and {@code countryId}; its {@code dncTagId}, when given, must be a tag of the account, else it
 * is filed under {@code GLOBAL}. Deleting a tag leaves its entries; deleting by tag removes them.
 */
public final class DncEndpoints {

    private static final String UNTAGGED = "GLOBAL";

    private final Supplier<ContactCentre> data;

    public DncEndpoints(Supplier<ContactCentre> data) {
        this.data = data;
    }

    public Endpoint list() {
        return request -> {
            ContactCentre centre = data.get();
            ArrayNode result = Json.array();
            centre.dnc.of(AccountGuard.accessibleAccount(request, centre)).forEach(e -> result.add(e.deepCopy()));
            return ApiResponse.ok(result);
        };
    }

    public Endpoint add() {
        return request -> {
            ContactCentre centre = data.get();
            String accountId = AccountGuard.accessibleAccount(request, centre);
            ObjectNode body = request.jsonObjectBody();
            String phone = BodyFields.requiredText(body, "phone");
            String countryId = BodyFields.requiredText(body, "countryId");
            ObjectNode entry = Json.object();
            entry.put("phone", phone);
            if (body.hasNonNull("dncTagId")) {
                Table.Row tag = tag(centre, accountId, body.get("dncTagId").asInt());
                entry.set("tag", tag.body().get("dncTagLabel"));
                entry.put("dncTagId", tag.id());
            } else {
                entry.put("tag", UNTAGGED);
                entry.putNull("dncTagId");
            }
            ObjectNode country = entry.putObject("countryCode");
            country.put("id", countryId);
            country.putNull("description");
            entry.put("addedDate", WireDates.format(request.now()));
            entry.put("addedBy", "user " + request.principal().userId());
            entry.put("reason", "Do not call");
            centre.dnc.add(accountId, entry);
            return ApiResponse.ok(entry.deepCopy());
        };
    }

    /** {@code dncLists/tags/{dncTagId}}: every entry of the tag. */
    public Endpoint removeTagged() {
        return request -> removeTagged(request, entry -> true);
    }

    /** {@code dncLists/tags/{dncTagId}/countries/{countryId}}: the tag's entries in one country. */
    public Endpoint removeTaggedInCountry() {
        return request -> {
            String country = request.pathParam("countryId");
            return removeTagged(request, entry -> countryOf(entry).equals(country));
        };
    }

    /** {@code dncLists/tags/{dncTagId}/phones/{phone}/countries/{country}}: one number. */
    public Endpoint removeNumber() {
        return request -> {
            String phone = request.pathParam("phone");
            String country = request.pathParam("country");
            return removeTagged(request,
                    entry -> entry.path("phone").asText().equals(phone) && countryOf(entry).equals(country));
        };
    }

    private ApiResponse removeTagged(ApiRequest request, Predicate<ObjectNode> which) {
        ContactCentre centre = data.get();
        String accountId = AccountGuard.accessibleAccount(request, centre);
        int tagId = tag(centre, accountId, request.intPathParam("dncTagId")).id();
        centre.dnc.remove(accountId, which.and(entry -> entry.path("dncTagId").asInt(-1) == tagId));
        return ApiResponse.textTrue();
    }

    private static String countryOf(ObjectNode entry) {
        return entry.path("countryCode").path("id").asText();
    }

    public Endpoint listTags() {
        return request -> {
            ContactCentre centre = data.get();
            String accountId = AccountGuard.accessibleAccount(request, centre);
            ArrayNode result = Json.array();
            centre.dncTags.all().stream().filter(row -> row.accountId().equals(accountId))
                    .forEach(row -> result.add(row.body().deepCopy()));
            return ApiResponse.ok(result);
        };
    }

    public Endpoint createTag() {
        return request -> {
            ContactCentre centre = data.get();
            String accountId = AccountGuard.accessibleAccount(request, centre);
            String label = BodyFields.requiredText(request.jsonObjectBody(), "dncTagLabel");
            ObjectNode tag = Json.object();
            tag.put("dncTagLabel", label);
            tag.put("accountId", accountId);
            return ApiResponse.ok(centre.dncTags.insert(centre.dncTags.nextId(), accountId, 0, tag).body()
                    .deepCopy());
        };
    }

    public Endpoint deleteTag() {
        return request -> {
            ContactCentre centre = data.get();
            String accountId = AccountGuard.accessibleAccount(request, centre);
            centre.dncTags.delete(tag(centre, accountId, request.intPathParam("dncTagId")).id());
            return ApiResponse.textTrue();
        };
    }

    private static Table.Row tag(ContactCentre centre, String accountId, int tagId) {
        return centre.dncTags.find(accountId, tagId)
                .orElseThrow(() -> ApiException.notFound("DNC tag " + tagId + " does not exist"));
    }
}
