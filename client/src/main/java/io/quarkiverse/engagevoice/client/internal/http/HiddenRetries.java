package io.quarkiverse.engagevoice.client.internal.http;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Turns off the retries an HTTP library makes on its own, so that a request is sent exactly as many times as the
 * client's resilience policy decides. RESTEasy classic's Apache HttpClient resends a request up to three times after a
 * reset connection (GETs, PUTs and DELETEs alike); its MicroProfile builder has no setting for it, so the flag is
 * set on the RESTEasy builder it wraps. Quarkus REST (Vert.x) and Jersey make no such retries.
 */
public final class HiddenRetries {

    private static final Logger LOG = Logger.getLogger(HiddenRetries.class.getName());
    private static final String RESTEASY_MP_BUILDER = "org.jboss.resteasy.microprofile.client.RestClientBuilderImpl";

    private HiddenRetries() {
    }

    /** The builder, with its library's own retries off where it has any. */
    public static RestClientBuilder disable(RestClientBuilder builder) {
        if (builder.getClass().getName().equals(RESTEASY_MP_BUILDER)) {
            try {
                Field delegate = builder.getClass().getDeclaredField("builderDelegate");
                delegate.setAccessible(true);
                Object resteasyBuilder = delegate.get(builder);
                Method disable = resteasyBuilder.getClass().getMethod("disableAutomaticRetries");
                disable.invoke(resteasyBuilder);
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.log(Level.WARNING, "could not turn off RESTEasy's automatic retries; a reset connection may be"
                        + " retried by Apache HttpClient on its own: " + e);
            }
        }
        return builder;
    }
}
