package io.quarkiverse.engagevoice.deployment.beans;

import java.lang.reflect.Proxy;
import java.util.List;

import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.model.AgentGroup;

/** An {@code AgentGroupsApi} whose {@code list} answers one group from memory, as an application's test double would. */
final class FixedAgentGroups {

    private FixedAgentGroups() {
    }

    static AgentGroupsApi named(String groupName) {
        return (AgentGroupsApi) Proxy.newProxyInstance(AgentGroupsApi.class.getClassLoader(),
                new Class<?>[] { AgentGroupsApi.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "list" -> List.of(AgentGroup.named(groupName));
                    case "toString" -> "FixedAgentGroups[" + groupName + "]";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
