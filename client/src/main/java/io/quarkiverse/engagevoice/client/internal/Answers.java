package io.quarkiverse.engagevoice.client.internal;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Map;

import io.quarkiverse.engagevoice.client.error.ErrorDetails;
import io.quarkiverse.engagevoice.client.error.UnexpectedResponseException;
import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * Checks a success answer against what the operation declares: a model or collection must come with a body, and a
 * model must not be the API's error shape ({@code {errorCode, errorMessage}}), which some servers send with 200.
 */
final class Answers {

    private Answers() {
    }

    static void check(Object result, Method method, Operations.Operation op) {
        if (result == null) {
            if (declaresBody(method.getReturnType())) {
                throw new UnexpectedResponseException(ErrorDetails.builder(204, op.name(), op.request()).build(),
                        "or an empty 200: no body, where " + method.getReturnType().getSimpleName() + " was expected");
            }
            return;
        }
        if (result instanceof ApiObject model) {
            Map<String, Object> other = model.otherProperties();
            if (other.containsKey("errorCode") && (other.containsKey("errorMessage") || other.containsKey("message"))) {
                Object message = other.containsKey("errorMessage") ? other.get("errorMessage") : other.get("message");
                ErrorDetails details = ErrorDetails.builder(200, op.name(), op.request())
                        .errorCode(String.valueOf(other.get("errorCode")))
                        .serverMessage(message == null ? null : String.valueOf(message)).build();
                throw new UnexpectedResponseException(details, "with the error shape [" + details.errorCode() + "]: "
                        + details.serverMessage());
            }
        }
    }

    private static boolean declaresBody(Class<?> type) {
        return ApiObject.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)
                || Map.class.isAssignableFrom(type) || type.isArray();
    }
}
