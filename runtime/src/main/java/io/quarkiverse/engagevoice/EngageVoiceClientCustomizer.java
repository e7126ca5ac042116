package io.quarkiverse.engagevoice;

import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Adjusts the Rest Client builders of the Engage Voice clients before they build: headers, providers, options.
 * Declare it as a bean; without a qualifier it sees every client, with {@link EngageVoiceClientName} only the named
 * one. Customizers run in the order of their {@code @Priority}, lowest first, and before the extension registers its
 * own filters (authentication, paths, User-Agent), which therefore keep the last word.
 *
 * <pre>{@code
 * @ApplicationScoped
 * @EngageVoiceClientName("tenant-a")
 * class TenantHeader implements EngageVoiceClientCustomizer {
 *     public void customize(String clientName, RestClientBuilder builder) {
 *         builder.header("X-Tenant", "a");
 *     }
 * }
 * }</pre>
 */
public interface EngageVoiceClientCustomizer {

    /**
     * Called for every Rest Client the client builds: one per API interface and one per authentication endpoint.
     *
     * @param clientName the client's name, {@link EngageVoiceClients#DEFAULT} for the default client
     * @param builder the builder, with the server, timeouts, TLS and proxy already set
     */
    void customize(String clientName, RestClientBuilder builder);
}
