package io.quarkiverse.engagevoice.client.internal.http;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the secrets of Engage Voice requests and responses for logging: credential headers, secret query and form
 * parameters, secret JSON properties, and the API token in {@code /admin/token/{token}} paths.
 */
public final class Redaction {

    public static final String MASK = "***";

    /** Headers whose value is a credential. */
    public static final Set<String> SECRET_HEADERS = Set.of("authorization", "x-auth-token", "cookie", "set-cookie",
            "proxy-authorization");

    /** Query, form and JSON names whose value is a secret, compared without case. */
    private static final Set<String> SECRET_NAMES = Set.of("password", "accesstoken", "access_token", "refreshtoken",
            "refresh_token", "rcaccesstoken", "assertion", "authtoken", "token", "client_secret", "sippassword",
            "phoneloginpin", "apitoken", "jwt", "securitykey", "crmpwd", "ftppwd", "currentpassword", "newpassword",
            "oldpassword", "apikey", "secret");

    private static final Pattern PAIR = Pattern.compile("([^&=?]+)=([^&]*)");
    private static final Pattern JSON_STRING = Pattern.compile("\"([^\"]+)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TOKEN_PATH = Pattern.compile("(/admin/token/)[^/?#]+");

    private Redaction() {
    }

    public static boolean isSecretHeader(String name) {
        return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    public static boolean isSecretName(String name) {
        return SECRET_NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    /** A URI or path with the API token segment and secret query values masked. */
    public static String uri(String uri) {
        if (uri == null) {
            return null;
        }
        String masked = TOKEN_PATH.matcher(uri).replaceAll("$1" + MASK);
        int q = masked.indexOf('?');
        return q < 0 ? masked : masked.substring(0, q + 1) + pairs(masked.substring(q + 1));
    }

    /** A body with secret form values and secret JSON string properties masked; other text unchanged. */
    public static String body(String body) {
        if (body == null || body.isEmpty()) {
            return body;
        }
        String trimmed = body.stripLeading();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            Matcher m = JSON_STRING.matcher(body);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String replacement = isSecretName(m.group(1)) ? "\"" + m.group(1) + "\":\"" + MASK + "\"" : m.group();
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            return out.toString();
        }
        return body.contains("=") && !body.contains(" ") ? pairs(body) : body;
    }

    private static String pairs(String encoded) {
        Matcher m = PAIR.matcher(encoded);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
            m.appendReplacement(out, Matcher.quoteReplacement(isSecretName(name) ? m.group(1) + "=" + MASK : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
