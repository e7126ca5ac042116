package io.quarkiverse.engagevoice.mockserver.internal.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkiverse.engagevoice.mockserver.internal.data.ContactCentre;
import io.quarkiverse.engagevoice.mockserver.internal.data.ResourceTemplates;
import io.quarkiverse.engagevoice.mockserver.internal.data.Table;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiRequest;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The six admin resource kinds with their validation rules, nesting and representation. */
public final class ResourceKinds {

    private static final Set<String> PERMISSIONS = Set.of("CREATE", "READ", "UPDATE", "DELETE", "REPORT");

    public static final ResourceKind AGENT_GROUP = new ResourceKind(
            "Agent group", "agentGroupId", data -> data.agentGroups, null,
            now -> ResourceTemplates.agentGroup(), List.of("groupName"), Map.of(), null,
            (data, row) -> deleteChildren(data.agents, row),
            ResourceKinds::agentGroupView,
            true);

    public static final ResourceKind AGENT = new ResourceKind(
            "Agent", "agentId", data -> data.agents, AGENT_GROUP,
            ResourceTemplates::agent, List.of("username", "firstName", "lastName"),
            Map.of("agentType", Set.of("AGENT", "SUPERVISOR", "MULTI_USER", "MULTI_SUPERVISOR")),
            "username", ResourceKind.NO_CASCADE, ResourceKind.View.COPY,
            false); // getAgentList has no paging parameters

    public static final ResourceKind GATE_GROUP = new ResourceKind(
            "Gate group", "gateGroupId", data -> data.gateGroups, null,
            ResourceTemplates::gateGroup, List.of("groupName"), Map.of(), null,
            (data, row) -> deleteChildren(data.gates, row), ResourceKind.View.COPY,
            true);

    public static final ResourceKind GATE = new ResourceKind(
            "Gate", "gateId", data -> data.gates, GATE_GROUP,
            ResourceTemplates::gate, List.of("gateName"),
            Map.of("requeueType", Set.of("ADVANCED", "RESTRICTED")), null,
            ResourceKind.NO_CASCADE, ResourceKinds::gateView,
            true);

    public static final ResourceKind DIAL_GROUP = new ResourceKind(
            "Dial group", "dialGroupId", data -> data.dialGroups, null,
            now -> ResourceTemplates.dialGroup(), List.of("dialGroupName", "dialMode"),
            Map.of("dialMode", Set.of("PREVIEW", "CLICK_TO_TALK", "PREDICTIVE", "POWER", "TCPA_SAFE_MODE"),
                    "hciEnabled", Set.of("DISABLED", "HCI_FETCH", "HCI_PACING")),
            null, ResourceKinds::deleteCampaignsOf, ResourceKind.View.COPY,
            true);

    public static final ResourceKind CAMPAIGN = new ResourceKind(
            "Campaign", "campaignId", data -> data.campaigns, DIAL_GROUP,
            ResourceTemplates::campaign, List.of("campaignName"),
            Map.of("dncScrubOption", Set.of("DO_NOT_SCRUB", "INTERNAL_AND_NATIONAL", "INTERNAL_ONLY",
                    "CELLULAR_AND_INTERNAL", "CELLULAR_ONLY")),
            null, (data, row) -> data.leads.deleteCampaign(row.id()), ResourceKind.View.COPY,
            true);

    private ResourceKinds() {
    }

    private static void deleteChildren(Table children, Table.Row parent) {
        for (Table.Row child : children.list(parent.accountId(), parent.id())) {
            children.delete(child.id());
        }
    }

    private static void deleteCampaignsOf(ContactCentre data, Table.Row dialGroup) {
        for (Table.Row campaign : data.campaigns.list(dialGroup.accountId(), dialGroup.id())) {
            data.leads.deleteCampaign(campaign.id());
            data.campaigns.delete(campaign.id());
        }
    }

    /** {@code includePermissions=true} lists what the caller may do with the group (an admin: everything). */
    private static ObjectNode agentGroupView(ContactCentre data, Table.Row row,
            ApiRequest request) {
        ObjectNode view = row.body().deepCopy();
        if (request.boolQueryParam("includePermissions", false)) {
            ArrayNode permissions = view.putArray("permissions");
            PERMISSIONS.stream().sorted().forEach(permissions::add);
        }
        return view;
    }

    /** A gate names its group as {@code {"id", "description"}}, as in the official queue samples. */
    private static ObjectNode gateView(ContactCentre data, Table.Row row,
            ApiRequest request) {
        ObjectNode view = row.body().deepCopy();
        ObjectNode group = view.putObject("gateGroup");
        group.put("id", row.parentId());
        data.gateGroups.find(row.accountId(), row.parentId())
                .ifPresent(parent -> group.set("description", parent.body().get("groupName")));
        return view;
    }
}
