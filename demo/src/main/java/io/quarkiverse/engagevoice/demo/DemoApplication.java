package io.quarkiverse.engagevoice.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.api.AccountsApi;
import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.api.AgentsApi;
import io.quarkiverse.engagevoice.client.api.CampaignLeadsApi;
import io.quarkiverse.engagevoice.client.api.CampaignsApi;
import io.quarkiverse.engagevoice.client.api.DialGroupsApi;
import io.quarkiverse.engagevoice.client.auth.AccessCredential;
import io.quarkiverse.engagevoice.client.error.EngageVoiceException;
import io.quarkiverse.engagevoice.client.model.Account;
import io.quarkiverse.engagevoice.client.model.Agent;
import io.quarkiverse.engagevoice.client.model.AgentGroup;
import io.quarkiverse.engagevoice.client.model.Campaign;
import io.quarkiverse.engagevoice.client.model.CampaignLead;
import io.quarkiverse.engagevoice.client.model.DialGroup;
import io.quarkiverse.engagevoice.client.model.LeadLoadRequest;
import io.quarkiverse.engagevoice.client.model.LeadLoadResult;
import io.quarkiverse.engagevoice.client.model.LeadSearchCriteria;
import io.quarkiverse.engagevoice.client.model.LeadSearchResult;
import io.quarkus.runtime.QuarkusApplication;

/**
 * The tour: log in, list the accounts, create an agent group with an agent, load a few leads into a campaign, search
 * them back, print a summary. Exits 0 on success, 1 when the API answers an error.
 */
public class DemoApplication implements QuarkusApplication {

    @Inject
    EngageVoiceClient client;
    @Inject
    AccountsApi accounts;
    @Inject
    AgentGroupsApi agentGroups;
    @Inject
    AgentsApi agents;
    @Inject
    DialGroupsApi dialGroups;
    @Inject
    CampaignsApi campaigns;
    @Inject
    CampaignLeadsApi leads;

    @Override
    public int run(String... args) {
        try {
            tour();
            return 0;
        } catch (EngageVoiceException e) {
            System.out.println("The Engage Voice API answered an error: " + e.getMessage());
            return 1;
        }
    }

    private void tour() {
        Summary summary = new Summary();
        summary.line("Server", client.server().toString());
        AccessCredential credential = client.tokenProvider().credential().toCompletableFuture().join();
        summary.line("Logged in", credential.scheme() + " credential for account "
                + credential.accountId().orElse("(not named)") + credential.expiresAt().map(e -> ", expires " + e).orElse(""));

        List<Account> all = accounts.list();
        summary.line("Accounts",
                all.size() + ": " + all.stream().map(a -> a.getAccountId() + " " + a.getAccountName()).toList());

        Target target = findCampaign(all).orElseThrow(() -> new IllegalStateException(
                "no account has a dial group with a campaign to load leads into"));
        String accountId = target.account().getAccountId();
        summary.line("Working account", accountId + " " + target.account().getAccountName());

        String stamp = Long.toString(System.currentTimeMillis(), 36);
        AgentGroup group = agentGroups.create(accountId, AgentGroup.named("Demo group " + stamp));
        summary.line("Agent group created", group.getAgentGroupId() + " " + group.getGroupName());

        Agent agent = new Agent();
        agent.setUsername("demo.agent." + stamp + "@example.com");
        agent.setFirstName("Dee");
        agent.setLastName("Moe");
        agent.setAgentType("AGENT");
        Agent created = agents.create(accountId, group.getAgentGroupId(), agent);
        summary.line("Agent created", created.getAgentId() + " " + created.getUsername());

        List<CampaignLead> toLoad = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            toLoad.add(CampaignLead.of("demo-" + stamp + "-" + i, "555010" + String.format("%04d", i), "Lead" + i,
                    "Demo"));
        }
        int campaignId = target.campaign().getCampaignId();
        LeadLoadResult loaded = leads.loadDirect(accountId, campaignId,
                LeadLoadRequest.of("Demo list " + stamp, toLoad));
        summary.line("Leads loaded", "campaign " + campaignId + " " + target.campaign().getCampaignName() + ": supplied "
                + loaded.getLeadsSupplied() + ", inserted " + loaded.getLeadsInserted());

        LeadSearchCriteria criteria = LeadSearchCriteria.campaigns(campaignId);
        criteria.setExternIds(toLoad.stream().map(CampaignLead::getExternId).toList());
        List<LeadSearchResult> found = leads.search(accountId, 0, 50, criteria);
        long count = leads.count(accountId, criteria);
        summary.line("Leads found", count + " by count, " + found.size() + " on the first page: "
                + found.stream().map(r -> r.getExternId() + " " + r.getLeadState()).toList());

        summary.print();
        if (found.size() != toLoad.size() || count != toLoad.size()) {
            throw new IllegalStateException("searched back " + found.size() + " of " + toLoad.size() + " loaded leads");
        }
    }

    private Optional<Target> findCampaign(List<Account> all) {
        for (Account account : all) {
            for (DialGroup dialGroup : dialGroups.list(account.getAccountId())) {
                List<Campaign> found = campaigns.list(account.getAccountId(), dialGroup.getDialGroupId());
                if (!found.isEmpty()) {
                    return Optional.of(new Target(account, found.get(0)));
                }
            }
        }
        return Optional.empty();
    }

    private record Target(Account account, Campaign campaign) {
    }

    /** The readable report the demo ends with. */
    private static final class Summary {
        private final List<String[]> lines = new ArrayList<>();

        void line(String what, String value) {
            lines.add(new String[] { what, value });
        }

        void print() {
            System.out.println();
            System.out.println("Engage Voice demo summary");
            System.out.println("-------------------------");
            for (String[] l : lines) {
                System.out.printf("%-20s %s%n", l[0], l[1]);
            }
            System.out.println("Demo completed");
        }
    }
}
