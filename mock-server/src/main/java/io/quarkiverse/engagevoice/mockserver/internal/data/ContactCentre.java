package io.quarkiverse.engagevoice.mockserver.internal.data;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The whole mutable data set of one simulator: accounts, users, routing and dialing configuration, leads, calls,
 * API tokens and do-not-call lists. {@code reset()} replaces it with a fresh seed. Not thread-safe: the simulator serialises
 * access.
 */
public final class ContactCentre {

    /** Accounts by id ({@code Account} shape), main account first. */
    public final Map<String, ObjectNode> accounts = new LinkedHashMap<>();
    public final UserDirectory users = new UserDirectory();
    public final Table agentGroups = new Table("agentGroupId", 1300);
    public final Table agents = new Table("agentId", 2300);
    public final Table gateGroups = new Table("gateGroupId", 3300);
    public final Table gates = new Table("gateId", 4300);
    public final Table dialGroups = new Table("dialGroupId", 5300);
    public final Table campaigns = new Table("campaignId", 6300);
    public final LeadStore leads = new LeadStore(7100, 8100);
    /** Calls by UII, in arrival order; ended calls stay so that a late disposition still finds them. */
    public final Map<String, ActiveCall> calls = new LinkedHashMap<>();
    public final ApiTokenStore apiTokens = new ApiTokenStore();
    public final Table dncTags = new Table("dncTagId", 9300);
    public final DncList dnc = new DncList();
    /** Agents' skill profiles, each under its agent. */
    public final Table skillProfiles = new Table("profileId", 9500);

    public Optional<ObjectNode> account(String accountId) {
        return Optional.ofNullable(accounts.get(accountId));
    }

    /** The campaign of an account, looked up across its dial groups. */
    public Optional<Table.Row> campaignOfAccount(String accountId, int campaignId) {
        return campaigns.find(accountId, campaignId);
    }
}
