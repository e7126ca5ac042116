package io.quarkiverse.engagevoice.client.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

import io.quarkiverse.engagevoice.client.auth.AccessCredential;

/**
 * Finishes the request path, whatever Rest Client implementation built it.
 * <ol>
 * <li>Slashes in parameter values: some implementations leave a {@code /} of a path parameter unencoded, which
 * would split the value into two segments. The path is matched against the operation's template and such slashes
 * are sent as {@code %2F}; where the match is ambiguous the request is refused.</li>
 * <li>Dot segments: templates never contain {@code .} or {@code ..}, so such a segment can only be a parameter
 * value, which servers and proxies would resolve to another path: refused, and so is {@code ..;x}, which servers
 * that drop a segment's {@code ;} parameters read as {@code ..}.</li>
 * <li>The account alias: a segment {@code ~} right after a segment {@code accounts} stands for the account the
 * client works on, the configured account id, else the account of the credential in use; an alias that cannot be
 * resolved is an error, never sent. The {@code /cx/integration} paths, whose {@code accounts} segment is a
 * RingCentral account id, are left alone.</li>
 * </ol>
 */
public final class RequestPathFilter implements ClientRequestFilter {

    public static final String ALIAS = "~";

    private final String basePath;
    private final boolean legacyServer;
    private final Supplier<String> configuredAccountId;

    /**
     * @param basePath the raw path of the client's base URI, which the operation templates are relative to
     * @param legacyServer whether the client talks to a legacy server
     * @param configuredAccountId the account id set by configuration, may supply {@code null}
     */
    public RequestPathFilter(String basePath, boolean legacyServer, Supplier<String> configuredAccountId) {
        this.basePath = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
        this.legacyServer = legacyServer;
        this.configuredAccountId = configuredAccountId;
    }

    @Override
    public void filter(ClientRequestContext request) {
        URI uri = request.getUri();
        String path = uri.getRawPath();
        if (!path.startsWith(basePath)) {
            return;
        }
        int from = basePath.length();
        Operations.Operation operation = Operations.of(request);
        if (legacyServer && path.startsWith("/cx/", from)) {
            throw new UnsupportedOperationException(operation.name() + " (" + operation.request()
                    + ") is a RingCX integration operation, which legacy servers do not serve; use a current server");
        }
        if (isPlain(path, from, operation)) {
            return; // the common case, without allocation: nothing to repair, refuse or replace
        }
        String relative = path.substring(from);
        List<String> segments = new ArrayList<>(Arrays.asList(relative.split("/", -1)));
        String template = operation.request();
        List<String> repaired = repairSlashes(segments, template.substring(template.indexOf(' ') + 1), template);
        boolean changed = repaired != segments;
        segments = repaired;
        boolean cx = path.contains("/cx/");
        for (int i = 0; i < segments.size(); i++) {
            String decoded = segments.get(i).replace("%2E", ".").replace("%2e", ".").replace("%3B", ";")
                    .replace("%3b", ";");
            // servers that drop ";" parameters from a segment read "..;x" as ".."
            String head = decoded.indexOf(';') < 0 ? decoded : decoded.substring(0, decoded.indexOf(';'));
            if (head.equals(".") || head.equals("..")) {
                throw new IllegalArgumentException("a path parameter value '" + decoded + "' would change the request path "
                        + template);
            }
            if (i > 0 && !cx && segments.get(i).equals(ALIAS) && segments.get(i - 1).equals("accounts")) {
                segments.set(i, accountId(request, template));
                changed = true;
            }
        }
        if (changed) {
            request.setUri(replacePath(uri, basePath + String.join("/", segments)));
        }
    }

    /**
     * No alias, no dot segment, and as many segments as the template: no parameter value held a slash. Reads the
     * path from {@code from} on, so that the common case allocates nothing.
     */
    private static boolean isPlain(String path, int from, Operations.Operation operation) {
        return path.indexOf('~', from) < 0 && path.indexOf("/.", from) < 0 && path.indexOf("%2E", from) < 0
                && path.indexOf("%2e", from) < 0
                && (operation.segments() < 0 || operation.segments() == count(path, from, '/'));
    }

    private static int count(String s, int from, char c) {
        int n = 0;
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** Returns {@code segments} itself when they match the template one to one, else the repaired list. */
    private static List<String> repairSlashes(List<String> segments, String templatePath, String operation) {
        if (!templatePath.startsWith("/")) {
            return segments;
        }
        List<String> template = Arrays.asList(templatePath.split("/", -1));
        if (template.size() >= segments.size()) {
            return segments;
        }
        List<List<String>> matches = new ArrayList<>();
        match(template, 0, segments, 0, new ArrayList<>(), matches);
        if (matches.size() != 1) {
            throw new IllegalArgumentException("a path parameter value of " + operation
                    + " contains '/' in a way that cannot be told apart from the path; encode or avoid it");
        }
        return matches.get(0);
    }

    /** Assigns one or more segments to each {@code {variable}} of the template, literals matching exactly. */
    private static void match(List<String> template, int t, List<String> segments, int s, List<String> built,
            List<List<String>> matches) {
        if (matches.size() > 1) {
            return;
        }
        if (t == template.size()) {
            if (s == segments.size()) {
                matches.add(new ArrayList<>(built));
            }
            return;
        }
        String part = template.get(t);
        if (!part.startsWith("{")) {
            if (s < segments.size() && segments.get(s).equals(part)) {
                built.add(part);
                match(template, t + 1, segments, s + 1, built, matches);
                built.remove(built.size() - 1);
            }
            return;
        }
        int remainingTemplate = template.size() - t - 1;
        for (int end = s + 1; end <= segments.size() - remainingTemplate; end++) {
            built.add(String.join("%2F", segments.subList(s, end)));
            match(template, t + 1, segments, end, built, matches);
            built.remove(built.size() - 1);
        }
    }

    private String accountId(ClientRequestContext request, String template) {
        String configured = configuredAccountId.get();
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        Object credential = request.getProperty(AuthenticationFilter.CREDENTIAL_PROPERTY);
        if (credential instanceof AccessCredential c && c.accountId().isPresent()) {
            return c.accountId().get();
        }
        throw new IllegalStateException("the account alias '~' in " + template
                + " cannot be resolved: set the client's account-id, or use credentials that name their account");
    }

    private static URI replacePath(URI uri, String rawPath) {
        StringBuilder b = new StringBuilder();
        b.append(uri.getScheme()).append("://").append(uri.getRawAuthority()).append(rawPath);
        if (uri.getRawQuery() != null) {
            b.append('?').append(uri.getRawQuery());
        }
        return URI.create(b.toString());
    }
}
