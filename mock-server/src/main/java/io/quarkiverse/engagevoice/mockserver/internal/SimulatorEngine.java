package io.quarkiverse.engagevoice.mockserver.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.quarkiverse.engagevoice.mockserver.internal.admin.AdminControls;
import io.quarkiverse.engagevoice.mockserver.internal.admin.AdminEndpoints;
import io.quarkiverse.engagevoice.mockserver.internal.auth.AccessTokens;
import io.quarkiverse.engagevoice.mockserver.internal.auth.Authenticator;
import io.quarkiverse.engagevoice.mockserver.internal.auth.EngageAuthEndpoints;
import io.quarkiverse.engagevoice.mockserver.internal.auth.LegacyAuthEndpoints;
import io.quarkiverse.engagevoice.mockserver.internal.auth.LoginAnswers;
import io.quarkiverse.engagevoice.mockserver.internal.auth.RcPlatformEndpoints;
import io.quarkiverse.engagevoice.mockserver.internal.auth.Sessions;
import io.quarkiverse.engagevoice.mockserver.internal.data.ContactCentre;
import io.quarkiverse.engagevoice.mockserver.internal.data.SeedData;
import io.quarkiverse.engagevoice.mockserver.internal.http.FaultList;
import io.quarkiverse.engagevoice.mockserver.internal.http.Journal;
import io.quarkiverse.engagevoice.mockserver.internal.http.RequestHandling;
import io.quarkiverse.engagevoice.mockserver.internal.model.Layout;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiException;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiRequest;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ApiResponse;
import io.quarkiverse.engagevoice.mockserver.internal.routing.ErrorRendering;
import io.quarkiverse.engagevoice.mockserver.internal.routing.Route;
import io.quarkiverse.engagevoice.mockserver.internal.routing.RouteTable;
import io.quarkiverse.engagevoice.mockserver.wire.Fault;
import io.quarkiverse.engagevoice.mockserver.wire.RecordedRequest;

/**
 * The simulator without its HTTP server: state, sessions, routes, journal and faults. Requests are handled one at
 * a time (the data is small and in memory, so a single lock is simplest and fast enough).
 */
public final class SimulatorEngine implements RequestHandling, AdminControls {

    private static final Logger LOG = Logger.getLogger(SimulatorEngine.class.getName());

    private final Layout layout;
    private final Duration tokenTtl;
    private final Clock clock;
    private final Journal journal;
    private final FaultList faults = new FaultList();
    private final EngageAuthEndpoints engageAuth;
    private final Authenticator authenticator;
    private final RouteTable routes;
    private final RouteTable adminRoutes;
    private volatile ContactCentre data = SeedData.create();

    public SimulatorEngine(Layout layout, Duration tokenTtl, Clock clock, int journalLimit) {
        this.layout = layout;
        this.tokenTtl = tokenTtl;
        this.clock = clock;
        this.journal = new Journal(journalLimit);
        Sessions sessions = new Sessions();
        AccessTokens accessTokens = new AccessTokens(tokenTtl);
        this.engageAuth = new EngageAuthEndpoints(sessions, new LoginAnswers(this::data, accessTokens, sessions));
        this.authenticator = new Authenticator(layout, this::data, accessTokens, sessions);
        this.routes = SimulatorRoutes.build(layout, this::data, engageAuth, new RcPlatformEndpoints(sessions),
                new LegacyAuthEndpoints(this::data, sessions));
        this.adminRoutes = AdminEndpoints.routes(this);
    }

    @Override
    public Layout layout() {
        return layout;
    }

    @Override
    public Duration tokenTtl() {
        return tokenTtl;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Journal journal() {
        return journal;
    }

    @Override
    public FaultList faults() {
        return faults;
    }

    public List<Route> routes() {
        return routes.routes();
    }

    private ContactCentre data() {
        return data;
    }

    /** Data back to the seed; journal, faults and rate-limit windows cleared. Issued sessions stay valid. */
    @Override
    public synchronized void reset() {
        data = SeedData.create();
        engageAuth.clearRateLimits();
        journal.clear();
        faults.clear();
    }

    @Override
    public void addFault(Fault fault) {
        faults.add(fault);
    }

    @Override
    public void record(RecordedRequest request) {
        journal.add(request);
    }

    /** Handles an API request: authentication, routing, the endpoint, errors in the API's shapes. */
    @Override
    public synchronized ApiResponse handle(ApiRequest request) {
        try {
            RouteTable.Lookup lookup = routes.find(request.method(), request.rawPath());
            if (lookup instanceof RouteTable.Found found) {
                if (found.route().authenticated()) {
                    request.principal(authenticator.authenticate(request));
                }
                found.bind(request);
                return found.route().endpoint().handle(request);
            }
            if (request.rawPath().startsWith(layout.apiRoot() + "/")) {
                // like the real servers, authenticate before telling whether a path exists
                request.principal(authenticator.authenticate(request));
            }
            throw lookup instanceof RouteTable.WrongMethod ? ApiException.methodNotAllowed(request.method())
                    : ApiException.notFound("No operation at " + request.method() + " " + request.rawPath());
        } catch (ApiException error) {
            return render(error, request);
        } catch (RuntimeException bug) {
            LOG.log(Level.SEVERE, "simulator failure on " + request.method() + " " + request.rawPath(), bug);
            return ApiResponse.text(500, "Simulator failure: " + bug);
        }
    }

    /** Handles a {@code /__admin} request (not journaled, never faulted, no authentication). */
    @Override
    public ApiResponse handleAdmin(ApiRequest request) {
        try {
            RouteTable.Lookup lookup = adminRoutes.find(request.method(), request.rawPath());
            if (lookup instanceof RouteTable.Found found) {
                found.bind(request);
                return found.route().endpoint().handle(request);
            }
            throw lookup instanceof RouteTable.WrongMethod ? ApiException.methodNotAllowed(request.method())
                    : ApiException.notFound("No admin operation at " + request.rawPath());
        } catch (ApiException error) {
            return render(error, request);
        }
    }

    @Override
    public ApiResponse render(ApiException error, ApiRequest request) {
        return ErrorRendering.render(error, request.method(), request.rawPath(), request.now());
    }
}
