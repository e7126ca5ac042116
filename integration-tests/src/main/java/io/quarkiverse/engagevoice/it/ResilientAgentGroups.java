package io.quarkiverse.engagevoice.it;

import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.Retry;

import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.error.RateLimitedException;
import io.quarkiverse.engagevoice.client.error.ServiceErrorException;
import io.quarkiverse.engagevoice.client.model.AgentGroup;

/**
 * SmallRye Fault Tolerance on top of the client: the typed exceptions say what is worth retrying (a rate limit, a
 * server error) and what is not (a bad request, a missing resource).
 */
@ApplicationScoped
public class ResilientAgentGroups {

    @Inject
    AgentGroupsApi agentGroups;

    @Retry(maxRetries = 2, delay = 50, delayUnit = ChronoUnit.MILLIS, jitter = 0, retryOn = { RateLimitedException.class,
            ServiceErrorException.class })
    public List<String> names() {
        return agentGroups.list("~").stream().map(AgentGroup::getGroupName).toList();
    }
}
