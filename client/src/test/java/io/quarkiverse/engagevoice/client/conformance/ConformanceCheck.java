package io.quarkiverse.engagevoice.client.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.quarkiverse.engagevoice.client.conformance.OpenApiSpec.Operation;
import io.quarkiverse.engagevoice.client.conformance.OpenApiSpec.Parameter;

/** Compares what one client method sends with the operation the OpenAPI file documents at the same place. */
final class ConformanceCheck {

    /**
     * Credentials: the client's authentication filters send them, and the files describe them as security schemes
     * (one file also as an {@code Authorization} header parameter), so an interface need not bind them.
     */
    private static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "x-auth-token");

    private final ClientMethod client;
    private final String path;
    private final Operation operation;
    private final List<String> problems = new ArrayList<>();

    private ConformanceCheck(ClientMethod client, String path, Operation operation) {
        this.client = client;
        this.path = path;
        this.operation = operation;
    }

    /**
     * @param path the client's full path, as the file writes it (API root included)
     * @return the problems, each a short sentence; empty when the method conforms
     */
    static List<String> problems(ClientMethod client, String path, Operation operation) {
        ConformanceCheck check = new ConformanceCheck(client, path, operation);
        check.pathVariables();
        check.queryParameters();
        check.headers();
        check.cookies();
        check.requestBody();
        check.responseMediaTypes();
        client.unsupported().forEach(p -> check.problems.add("parameter '" + p + "' is bound in a way this test"
                + " cannot compare (@BeanParam, @MatrixParam or @Context)"));
        return check.problems;
    }

    /** Same variables in the same places, each bound by a {@code @PathParam} and no {@code @PathParam} left over. */
    private void pathVariables() {
        List<String> ours = PathTemplate.variables(path);
        List<String> theirs = PathTemplate.variables(operation.path());
        for (int i = 0; i < ours.size(); i++) { // same shape, hence same count
            if (!ours.get(i).equals(theirs.get(i))) {
                problems.add("path variable {" + ours.get(i) + "} is {" + theirs.get(i) + "} in " + source());
            }
        }
        ours.stream().filter(v -> !client.pathParams().contains(v))
                .forEach(v -> problems.add("path variable {" + v + "} is not bound by a @PathParam"));
        client.pathParams().stream().filter(p -> !ours.contains(p))
                .forEach(p -> problems.add("@PathParam '" + p + "' is not a variable of the path"));
    }

    /** Optional query parameters may be left out; required ones may not, and nothing undocumented may be sent. */
    private void queryParameters() {
        for (String name : client.queryParams()) {
            if (find("query", name) == null) {
                problems.add("query parameter '" + name + "' is not in " + source() + elsewhere(name));
            }
        }
        for (Parameter required : requiredIn("query")) {
            if (!client.queryParams().contains(required.name())) {
                problems.add("required query parameter '" + required.name() + "' of " + source() + " is not sent");
            }
        }
    }

    /** Header names are case-insensitive. */
    private void headers() {
        for (String name : client.headerParams()) {
            if (!isCredential(name) && findIgnoringCase("header", name) == null) {
                problems.add("header '" + name + "' is not in " + source());
            }
        }
        for (Parameter required : requiredIn("header")) {
            boolean sent = client.headerParams().stream().anyMatch(h -> h.equalsIgnoreCase(required.name()))
                    || isCredential(required.name())
                    || required.name().equalsIgnoreCase("cookie") && !client.cookieParams().isEmpty();
            if (!sent) {
                problems.add("required header '" + required.name() + "' of " + source() + " is not sent");
            }
        }
    }

    /** A file may describe a cookie as a {@code Cookie} header parameter: any {@code @CookieParam} fills it. */
    private void cookies() {
        boolean cookieHeader = findIgnoringCase("header", "cookie") != null;
        for (String name : client.cookieParams()) {
            if (!cookieHeader && find("cookie", name) == null) {
                problems.add("cookie '" + name + "' is not in " + source());
            }
        }
        for (Parameter required : requiredIn("cookie")) {
            if (!client.cookieParams().contains(required.name())) {
                problems.add("required cookie '" + required.name() + "' of " + source() + " is not sent");
            }
        }
    }

    /** A body iff the file has one, in a media type the file lists. */
    private void requestBody() {
        if (client.bodies() > 1) {
            problems.add(client.bodies() + " parameters have no binding annotation: only one can be the body");
        }
        if (client.sendsBody() && operation.requestBody().isEmpty()) {
            problems.add("sends a request body, " + source() + " has none");
        } else if (!client.sendsBody() && operation.requestBody().isPresent()) {
            problems.add("sends no request body, " + source() + " has one ("
                    + operation.requestBody().get().mediaTypes() + ")");
        } else if (client.sendsBody()) {
            Set<String> documented = operation.requestBody().get().mediaTypes();
            for (String mediaType : orDefault(client.consumes())) {
                if (!documented.isEmpty() && !MediaTypes.anyCompatible(List.of(mediaType), documented)) {
                    problems.add("@Consumes " + mediaType + " is not among the request media types " + documented
                            + " of " + source());
                }
            }
        }
    }

    /** At least one accepted type must be one the file answers with; nothing to compare when it documents none. */
    private void responseMediaTypes() {
        Set<String> documented = operation.successMediaTypes();
        List<String> accepted = orDefault(client.produces());
        if (!documented.isEmpty() && !MediaTypes.anyCompatible(accepted, documented)) {
            problems.add("@Produces " + accepted + " does not overlap the success media types " + documented
                    + " of " + source());
        }
    }

    private static List<String> orDefault(List<String> mediaTypes) {
        return mediaTypes.isEmpty() ? List.of(MediaTypes.REST_CLIENT_DEFAULT) : mediaTypes;
    }

    private static boolean isCredential(String header) {
        return CREDENTIAL_HEADERS.contains(header.toLowerCase(Locale.ROOT));
    }

    private Parameter find(String location, String name) {
        return operation.parametersIn(location).stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    private Parameter findIgnoringCase(String location, String name) {
        return operation.parametersIn(location).stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst()
                .orElse(null);
    }

    private List<Parameter> requiredIn(String location) {
        return operation.parametersIn(location).stream().filter(Parameter::required).toList();
    }

    /** " (it is a header parameter there)" when the name exists elsewhere, to tell a typo from a wrong place. */
    private String elsewhere(String name) {
        return operation.parameters().stream().filter(p -> p.name().equals(name)).findFirst()
                .map(p -> " (it is a " + p.in() + " parameter there)").orElse("");
    }

    private String source() {
        return operation.source();
    }
}
