package io.quarkiverse.engagevoice.runtime;

import io.quarkiverse.engagevoice.client.api.auth.EngageAuthApi;
import io.quarkiverse.engagevoice.client.api.auth.LegacyAuthApi;
import io.quarkiverse.engagevoice.client.api.auth.RingCentralOAuthApi;
import io.quarkiverse.engagevoice.client.spi.RequestOperations.Operation;

/** What a request of a client is for, from its operation: an API call, a login, or the renewal of a token. */
public enum CallKind {
    API,
    LOGIN,
    RENEWAL;

    private static final String RENEWAL_OPERATION = EngageAuthApi.class.getSimpleName() + ".refresh";

    public static CallKind of(Operation operation) {
        String name = operation.name();
        if (name.equals(RENEWAL_OPERATION)) {
            return RENEWAL;
        }
        String type = name.substring(0, Math.max(name.indexOf('.'), 0));
        if (type.equals(EngageAuthApi.class.getSimpleName()) || type.equals(LegacyAuthApi.class.getSimpleName())
                || type.equals(RingCentralOAuthApi.class.getSimpleName())) {
            return LOGIN;
        }
        return API;
    }

    /** {@code SUCCESS}, {@code CLIENT_ERROR}... as Micrometer names the classes of HTTP status. */
    public static String outcome(int status) {
        if (status >= 100 && status < 200) {
            return "INFORMATIONAL";
        } else if (status < 300) {
            return "SUCCESS";
        } else if (status < 400) {
            return "REDIRECTION";
        } else if (status < 500) {
            return "CLIENT_ERROR";
        } else if (status < 600) {
            return "SERVER_ERROR";
        }
        return "UNKNOWN";
    }

    /** The HTTP method the operation declares (a tunnelled request still names its real method). */
    public static String method(Operation operation) {
        String request = operation.request();
        int space = request.indexOf(' ');
        return space < 0 ? request : request.substring(0, space);
    }

    /** The operation's path template, such as {@code /v1/admin/accounts/{accountId}/agentGroups}: no values. */
    public static String pathTemplate(Operation operation) {
        String request = operation.request();
        int space = request.indexOf(' ');
        return space < 0 ? "" : request.substring(space + 1);
    }
}
