package io.quarkiverse.engagevoice.client.conformance;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.quarkiverse.engagevoice.client.conformance.OpenApiSpec.Operation;

/**
 * The allow-list: places where the client follows the documentation and the official SDKs rather than an OpenAPI
 * file that is known to be wrong (see the project's API facts). Each entry names the operation as the client sends
 * it and a fragment of the one mismatch it excuses; an entry that excuses nothing fails the test, so that the list
 * shrinks when the client or the files change.
 */
final class KnownSpecDefects {

    /**
     * @param operation {@code METHOD /full/path}, as in {@link Mismatch#operation()}
     * @param problemFragment a part of {@link Mismatch#problem()} that identifies the excused mismatch
     * @param reason why the client is right and the file is not
     */
    record Entry(String operation, String problemFragment, String reason) {

        boolean excuses(Mismatch mismatch) {
            return mismatch.operation().equals(operation) && mismatch.problem().contains(problemFragment);
        }
    }

    private static final List<Entry> DEFECTS = List.of(
            // Token exchange: the files put rcAccessToken and rcTokenType in the query (optional there, hence no
            // "required" mismatch); the documentation and the SDKs POST them as a form, without authorization.
            new Entry("POST /api/auth/login/rc/accesstoken", "sends a request body",
                    "the token exchange sends rcAccessToken/rcTokenType as a form body, as documented"),

            // Refresh: only in engage-voice-openapi3-all.json, which models refresh_token as a required query
            // parameter; the documentation and the SDKs POST it as a form (a token in a URL ends up in logs).
            new Entry("POST /api/auth/token/refresh", "required query parameter 'refresh_token'",
                    "refresh_token travels in the form body, as documented"),
            new Entry("POST /api/auth/token/refresh", "sends a request body",
                    "the refresh sends refresh_token as a form body, as documented"),

            // Legacy login: the legacy file lists it under /voice/api (legacy servers serve {host}/api/v1/auth/login)
            // with the credentials as query parameters; the legacy documentation POSTs a form.
            new Entry("POST /api/v1/auth/login", "required query parameter 'username'",
                    "the legacy login sends username in the form body, as documented"),
            new Entry("POST /api/v1/auth/login", "required query parameter 'password'",
                    "the legacy login sends password in the form body, as documented"),
            new Entry("POST /api/v1/auth/login", "sends a request body",
                    "the legacy login sends username/password/stayLoggedIn as a form body, as documented"),

            // Call summaries: the files declare a required header parameter literally named "cookie"; the client
            // sends the cookie access_token=<access token> itself (@AccessTokenCookie), so callers pass nothing.
            new Entry("GET /voice/api/v1/summary/accounts/{subAccountId}/segments/{segmentId}/agent",
                    "required header 'cookie'", "the client sends the access_token cookie itself"),
            new Entry("GET /voice/api/v1/summary/accounts/{subAccountId}/segments/{segmentId}/auto",
                    "required header 'cookie'", "the client sends the access_token cookie itself"),

            // Lead search by phone list: the files declare a multipart upload of a file; the guide documents a JSON
            // body {phoneList, campaignIds}. The client offers both (searchByPhoneFile is the file's form).
            new Entry("POST /voice/api/v1/admin/accounts/{accountId}/campaignLeads/leadSearchByPhoneList",
                    "@Consumes application/json is not among the request media types [multipart/form-data]",
                    "the guide documents the search by phone list as JSON {phoneList, campaignIds}"),

            // The RingCentral platform's own token endpoint (JWT grant): part of the RingCentral platform API,
            // which none of the Engage Voice files describes.
            new Entry("POST /restapi/oauth/token", "in no OpenAPI file",
                    "RingCentral platform API (JWT grant), outside the Engage Voice files"));

    /**
     * An operation the RingCX developer guide documents and no OpenAPI file lists: the client sends it as the guide
     * gives it, and it has nothing to be compared with but the guide.
     *
     * @param operation {@code METHOD /full/path}, as in {@link Mismatch#operation()}
     * @param guidePage the page of the developer guide that documents it
     */
    record DocumentedOnly(String operation, String guidePage) {

        Entry excuse() {
            return new Entry(operation, "in no OpenAPI file",
                    "documented by the developer guide (" + guidePage + "), in no OpenAPI file");
        }
    }

    private static final String ACCOUNT = "/voice/api/v1/admin/accounts/{accountId}";
    private static final String ACTIVE_CALLS_PAGE = "analytics/active-calls: additional control endpoints";
    private static final String SUPERVISOR_PAGE = "analytics/reports/realtime-supervisor-view";
    private static final String CAMPAIGN_OPS_PAGE = "analytics/reports/realtime-campaign-ops";
    private static final String DNC_PAGE = "dialing/dnc/dnc-list";
    private static final String SKILL_PROFILE_PAGE = "users/agents/skill-profile";
    private static final String DNC_TAGGED = ACCOUNT + "/dncLists/tags/{dncTagId}";
    private static final String SKILL_PROFILES = ACCOUNT + "/agentGroups/{agentGroupId}/agents/{agentId}/skillProfiles";

    static final List<DocumentedOnly> DOCUMENTED_ONLY = List.of(
            new DocumentedOnly("POST " + ACCOUNT + "/activeCalls/{uii}/pingCall", ACTIVE_CALLS_PAGE),
            new DocumentedOnly("POST " + ACCOUNT + "/activeCalls/{uii}/toggleCallHold", ACTIVE_CALLS_PAGE),
            new DocumentedOnly("POST " + ACCOUNT + "/activeCalls/{uii}/requeueCall", ACTIVE_CALLS_PAGE),
            new DocumentedOnly("POST " + ACCOUNT + "/activeCalls/{uii}/hangupSessionById", ACTIVE_CALLS_PAGE),
            new DocumentedOnly("GET " + ACCOUNT + "/realTimeData/agent", SUPERVISOR_PAGE),
            new DocumentedOnly("GET " + ACCOUNT + "/realTimeData/inbound", SUPERVISOR_PAGE),
            new DocumentedOnly("GET " + ACCOUNT + "/realTimeData/chat", SUPERVISOR_PAGE),
            new DocumentedOnly("GET " + ACCOUNT + "/realTimeData/outbound", CAMPAIGN_OPS_PAGE),
            new DocumentedOnly("GET " + ACCOUNT + "/realTimeData/ivr", CAMPAIGN_OPS_PAGE),
            new DocumentedOnly("GET " + ACCOUNT + "/dncLists", DNC_PAGE),
            new DocumentedOnly("POST " + ACCOUNT + "/dncLists", DNC_PAGE),
            new DocumentedOnly("DELETE " + DNC_TAGGED, DNC_PAGE),
            new DocumentedOnly("DELETE " + DNC_TAGGED + "/countries/{countryId}", DNC_PAGE),
            new DocumentedOnly("DELETE " + DNC_TAGGED + "/phones/{phone}/countries/{country}", DNC_PAGE),
            new DocumentedOnly("GET " + ACCOUNT + "/dncTags", DNC_PAGE),
            new DocumentedOnly("POST " + ACCOUNT + "/dncTags", DNC_PAGE),
            new DocumentedOnly("DELETE " + ACCOUNT + "/dncTags/{dncTagId}", DNC_PAGE),
            new DocumentedOnly("GET " + ACCOUNT + "/auxStates", "users/agents/agents: initial state values"),
            new DocumentedOnly("GET " + ACCOUNT + "/dialGroups/{dialGroupId}/campaigns/{campaignId}/lists",
                    "dialing/leads/actions: move leads to an existing list"),
            new DocumentedOnly("GET " + SKILL_PROFILES, SKILL_PROFILE_PAGE),
            new DocumentedOnly("POST " + SKILL_PROFILES, SKILL_PROFILE_PAGE),
            new DocumentedOnly("GET " + SKILL_PROFILES + "/{skillProfileId}", SKILL_PROFILE_PAGE),
            new DocumentedOnly("PUT " + SKILL_PROFILES + "/{skillProfileId}", SKILL_PROFILE_PAGE),
            new DocumentedOnly("DELETE " + SKILL_PROFILES + "/{skillProfileId}", SKILL_PROFILE_PAGE),
            new DocumentedOnly("PUT " + SKILL_PROFILES + "/{skillProfileId}/skills/{skillId}", SKILL_PROFILE_PAGE),
            new DocumentedOnly("DELETE " + SKILL_PROFILES + "/{skillProfileId}/skills/{skillId}",
                    SKILL_PROFILE_PAGE));

    /** The defects of the files, then the documented-only operations. */
    static final List<Entry> ENTRIES = Stream.concat(DEFECTS.stream(),
            DOCUMENTED_ONLY.stream().map(DocumentedOnly::excuse)).toList();

    /**
     * An operation of the current file that the client sends as another one: the same request, listed twice or at
     * a place where no server answers it.
     *
     * @param operation {@code METHOD /path} as the current file lists it (the API root put back where it lacks it)
     * @param sentAs {@code METHOD /path} of the request the client sends instead
     * @param reason why the two are one
     */
    record Duplicate(String operation, String sentAs, String reason) {
    }

    static final List<Duplicate> DUPLICATES = List.of(
            new Duplicate("POST /voice/api/v1/auth/login", "POST /api/v1/auth/login",
                    "the legacy login, listed under the current API root; legacy servers serve it at the host root"));

    static Optional<Duplicate> duplicateOf(Operation operation) {
        String key = operation.method() + " " + operation.path();
        return DUPLICATES.stream().filter(d -> d.operation().equals(key)).findFirst();
    }

    private KnownSpecDefects() {
    }
}
