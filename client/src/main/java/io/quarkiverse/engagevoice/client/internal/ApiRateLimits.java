package io.quarkiverse.engagevoice.client.internal;

import java.time.Duration;
import java.util.List;

import io.quarkiverse.engagevoice.client.internal.Operations.Operation;

/**
 * The API's documented rate limits, the one table of them in the code. Source: the RingCX developer guide's rate
 * limit table: 120 a minute for each of active calls, audit logs, call summaries, transcripts, real-time data,
 * subscriptions, routing and numbers; aggregated and interaction-metadata reports 3 per 60 s and 9 per 15 min per
 * sub-account; lead search 15 per 10 s and 60 per 30 s, with {@code count} 90 per 10 s and 180 per 30 s, by phone
 * list 30 per 10 s and 120 per 60 s; lead actions and direct lead loads 30 per 10 s and 120 per 60 s; lead loader
 * preview 12 per 30 s and 18 per 60 s, process 9 per 3 s and 30 per 30 s. The login and token exchange limit
 * (5 a minute) is kept by the token lifecycle, not here. The guide names no limit for the other areas
 * (administration of groups, campaigns, users...), so none is applied to them.
 * <p>
 * Each area is limited on its own, per client; the first rule that matches an operation's path template (and its
 * name, when the rule gives one) names its area.
 */
final class ApiRateLimits {

    /** At most {@code limit} calls in any {@code window}. */
    record Window(int limit, Duration window) {
        @Override
        public String toString() {
            return limit + " per " + Durations.text(window);
        }
    }

    /**
     * An area of the API, its documented (rolling) windows, and the one fixed window the client enforces. SmallRye's
     * rolling limit records rejected attempts too, so a call that waits and tries again would keep the window full
     * for ever; a fixed window starts afresh at each period, so a call that waits for the next one gets in. Any
     * interval of length {@code w} meets at most {@code ceil(w / enforced.window) + 1} fixed windows, so the enforced
     * window keeps a documented one when {@code enforced.limit * (ceil(w.window / enforced.window) + 1) <= w.limit};
     * each is chosen for the best rate that keeps all of its area's.
     */
    record Area(String name, List<Window> windows, Window enforced) {
        @Override
        public String toString() {
            return name + " (" + String.join(" and ", windows.stream().map(Window::toString).toList()) + ")";
        }
    }

    /** Operations without a documented limit. */
    static final Area UNLIMITED = new Area("no documented limit", List.of(), null);

    private record Rule(String pathPart, boolean suffix, String operationName, Area area) {
        boolean matches(Operation op) {
            String path = op.pathTemplate();
            return (suffix ? path.endsWith(pathPart) : path.contains(pathPart))
                    && (operationName == null || operationName.equals(op.name()));
        }
    }

    private static final List<Rule> RULES = List.of(
            suffix("/campaignLeads/leadSearch", "CampaignLeadsApi.count",
                    area("lead search with count", w(45, 10), w(90, 10), w(180, 30))),
            suffix("/campaignLeads/leadSearch", null, area("lead search", w(5, 5), w(15, 10), w(60, 30))),
            suffix("/campaignLeads/leadSearchByPhoneList", null,
                    area("lead search by phone list", w(15, 10), w(30, 10), w(120, 60))),
            suffix("/campaignLeads/actions", null, area("lead actions", w(15, 10), w(30, 10), w(120, 60))),
            suffix("/leadLoader/direct", null, area("direct lead loads", w(15, 10), w(30, 10), w(120, 60))),
            suffix("/leadLoader/preview", null, area("lead loader preview", w(6, 30), w(12, 30), w(18, 60))),
            suffix("/leadLoader/process", null, area("lead loader process", w(4, 5), w(9, 3), w(30, 30))),
            suffix("/interaction-metadata", null, area("interaction metadata reports", w(1, 120), w(3, 60), w(9, 900))),
            suffix("/agg-queue-stats", null, area("aggregated queue stats", w(1, 120), w(3, 60), w(9, 900))),
            suffix("/agg-agent-stats", null, area("aggregated agent stats", w(1, 120), w(3, 60), w(9, 900))),
            suffix("/agg-agent-extended-stats", null,
                    area("aggregated agent extended stats", w(1, 120), w(3, 60), w(9, 900))),
            part("/activeCalls", area("active calls", w(40, 30), w(120, 60))),
            part("/auditLogs", area("audit logs", w(40, 30), w(120, 60))),
            part("/v1/summary/", area("call summaries", w(40, 30), w(120, 60))),
            part("/transcripts/", area("transcripts", w(40, 30), w(120, 60))),
            part("/realTimeData", area("real-time data", w(40, 30), w(120, 60))),
            part("/subscriptions", area("subscriptions", w(40, 30), w(120, 60))),
            part("/cloudRoute", area("routing", w(40, 30), w(120, 60))),
            part("/tnManager", area("numbers", w(40, 30), w(120, 60))),
            part("/tracGroups", area("numbers", w(40, 30), w(120, 60))));

    private ApiRateLimits() {
    }

    /** The area whose limits the operation counts against; {@link #UNLIMITED} when none is documented. */
    static Area of(Operation operation) {
        for (Rule rule : RULES) {
            if (rule.matches(operation)) {
                return rule.area;
            }
        }
        return UNLIMITED;
    }

    private static Rule suffix(String pathSuffix, String operationName, Area area) {
        return new Rule(pathSuffix, true, operationName, area);
    }

    private static Rule part(String pathPart, Area area) {
        return new Rule(pathPart, false, null, area);
    }

    /** Every area the table names. */
    static List<Area> areas() {
        return RULES.stream().map(Rule::area).distinct().toList();
    }

    /** An area: the window the client enforces, then the documented ones. */
    private static Area area(String name, Window enforced, Window... documented) {
        return new Area(name, List.of(documented), enforced);
    }

    private static Window w(int limit, int seconds) {
        return new Window(limit, Duration.ofSeconds(seconds));
    }
}
