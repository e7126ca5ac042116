package io.quarkiverse.engagevoice.mockserver.internal.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The operations the simulator serves, found by effective method and raw path. */
public final class RouteTable {

    private final List<Route> routes = new ArrayList<>();

    public RouteTable authenticated(String method, String template, String operationId, Endpoint endpoint) {
        routes.add(new Route(method, new PathTemplate(template), operationId, true, endpoint));
        return this;
    }

    public RouteTable open(String method, String template, String operationId, Endpoint endpoint) {
        routes.add(new Route(method, new PathTemplate(template), operationId, false, endpoint));
        return this;
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** The outcome of looking a request up. */
    public sealed interface Lookup {
    }

    public record Found(Route route, Map<String, String> pathParams) implements Lookup {
        /** Hands the path parameters to the request before the endpoint runs. */
        public void bind(ApiRequest request) {
            request.pathParams(pathParams);
        }
    }

    public record WrongMethod() implements Lookup {
    }

    public record NotFound() implements Lookup {
    }

    public Lookup find(String method, String rawPath) {
        boolean pathKnown = false;
        for (Route route : routes) {
            Optional<Map<String, String>> params = route.template().match(rawPath);
            if (params.isPresent()) {
                if (route.method().equals(method)) {
                    return new Found(route, params.get());
                }
                pathKnown = true;
            }
        }
        return pathKnown ? new WrongMethod() : new NotFound();
    }
}
