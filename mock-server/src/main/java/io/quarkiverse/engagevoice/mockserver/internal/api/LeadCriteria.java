package io.quarkiverse.engagevoice.mockserver.internal.api;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import io.quarkiverse.engagevoice.mockserver.internal.data.LeadStore;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiException;

/**
 * The subset of {@code CampaignLeadSearchCriteria} the simulator filters by: {@code campaignIds}, {@code leadIds},
 * {@code listIds}, {@code externIds}, {@code leadStates}, {@code leadPhoneNum}, {@code leadPhoneNumbers},
 * {@code firstName}, {@code lastName}, {@code emailAddress}, {@code city}, {@code zip} and {@code suppressed}.
 * Other criteria are accepted and ignored. Names compare case-insensitively, phone numbers by their digits.
 */
public final class LeadCriteria {

    private final JsonNode criteria;
    private final Set<Integer> campaignIds;
    private final Set<Integer> leadIds;
    private final Set<Integer> listIds;
    private final Set<String> externIds;
    private final Set<String> leadStates;
    private final Set<String> phones;

    private LeadCriteria(JsonNode criteria) {
        this.criteria = criteria;
        this.campaignIds = ints(criteria, "campaignIds");
        this.leadIds = ints(criteria, "leadIds");
        this.listIds = ints(criteria, "listIds");
        this.externIds = strings(criteria, "externIds");
        this.leadStates = strings(criteria, "leadStates");
        Set<String> phoneNumbers = new HashSet<>();
        strings(criteria, "leadPhoneNumbers").forEach(phone -> phoneNumbers.add(digits(phone)));
        if (criteria.path("leadPhoneNum").isTextual()) {
            phoneNumbers.add(digits(criteria.get("leadPhoneNum").asText()));
        }
        this.phones = phoneNumbers;
        String suppressed = criteria.path("suppressed").asText("ALL");
        if (!Set.of("ALL", "ONLY_SUPPRESSED", "ONLY_UNSUPPRESSED").contains(suppressed)) {
            throw ApiException.invalidField("suppressed", "must be one of [ALL, ONLY_SUPPRESSED, ONLY_UNSUPPRESSED]",
                    suppressed);
        }
    }

    public static LeadCriteria from(JsonNode criteria) {
        if (criteria == null || !criteria.isObject()) {
            throw ApiException.badRequest("The search criteria must be a JSON object");
        }
        return new LeadCriteria(criteria);
    }

    public boolean matches(LeadStore.Lead lead) {
        JsonNode body = lead.body();
        return (campaignIds.isEmpty() || campaignIds.contains(lead.campaignId()))
                && (leadIds.isEmpty() || leadIds.contains(lead.leadId()))
                && (listIds.isEmpty() || listIds.contains(lead.listId()))
                && (externIds.isEmpty() || externIds.contains(body.path("externId").asText(null)))
                && (leadStates.isEmpty() || leadStates.contains(body.path("leadState").asText(null)))
                && (phones.isEmpty() || phones.contains(digits(body.path("leadPhone").asText(""))))
                && sameText(body, "firstName", "firstName")
                && sameText(body, "lastName", "lastName")
                && sameText(body, "email", "emailAddress")
                && sameText(body, "city", "city")
                && sameText(body, "zip", "zip")
                && suppressionMatches(body.path("suppressed").asBoolean(false));
    }

    private boolean sameText(JsonNode lead, String leadProperty, String criterion) {
        JsonNode wanted = criteria.get(criterion);
        if (wanted == null || wanted.isNull() || wanted.asText().isEmpty()) {
            return true;
        }
        return wanted.asText().toLowerCase(Locale.ROOT).equals(lead.path(leadProperty).asText("").toLowerCase(
                Locale.ROOT));
    }

    private boolean suppressionMatches(boolean suppressed) {
        return switch (criteria.path("suppressed").asText("ALL")) {
            case "ONLY_SUPPRESSED" -> suppressed;
            case "ONLY_UNSUPPRESSED" -> !suppressed;
            default -> true;
        };
    }

    static String digits(String phone) {
        return phone.replaceAll("\\D", "");
    }

    private static Set<Integer> ints(JsonNode criteria, String name) {
        Set<Integer> values = new HashSet<>();
        for (JsonNode value : array(criteria, name)) {
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw ApiException.invalidField(name, "must be a list of integers", value.asText());
            }
            values.add(value.asInt());
        }
        return values;
    }

    private static Set<String> strings(JsonNode criteria, String name) {
        Set<String> values = new HashSet<>();
        array(criteria, name).forEach(value -> values.add(value.asText()));
        return values;
    }

    private static JsonNode array(JsonNode criteria, String name) {
        JsonNode value = criteria.path(name);
        if (value.isMissingNode() || value.isNull()) {
            return MissingNode.getInstance();
        }
        if (!value.isArray()) {
            throw ApiException.invalidField(name, "must be a list", value.asText());
        }
        return value;
    }
}
