package io.quarkiverse.engagevoice.client.internal.http;

/** Closes Rest Clients, which implement {@link AutoCloseable} on every MicroProfile Rest Client implementation. */
public final class Closing {

    private Closing() {
    }

    /** Closes {@code restClient} if it can be closed; a failure to close leaves nothing for the caller to do. */
    public static void quietly(Object restClient) {
        if (restClient instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // the connections are released as far as the implementation can
            }
        }
    }
}
