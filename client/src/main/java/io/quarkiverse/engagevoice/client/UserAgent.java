package io.quarkiverse.engagevoice.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The {@code User-Agent} value of one client: {@code AppName/version (details)}, validated against the product and
 * comment grammar of RFC 9110 section 10.1.5 and computed once per client instance.
 */
public final class UserAgent {

    private static final String CLIENT_VERSION = readClientVersion();

    private UserAgent() {
    }

    /** The version of this client library. */
    public static String clientVersion() {
        return CLIENT_VERSION;
    }

    /**
     * The default value: {@code <app>/<version> (engage-voice-client/<v>; <runtime>/<v>; Java/<v>; <os>/<v>)}.
     * Characters that a product token cannot hold are replaced by {@code -}; a missing application name or version
     * becomes {@code engage-voice-app} or {@code 0}, and a missing runtime is left out.
     */
    public static String defaultValue(String applicationName, String applicationVersion, String runtimeName,
            String runtimeVersion) {
        List<String> details = new ArrayList<>();
        details.add("engage-voice-client/" + CLIENT_VERSION);
        if (runtimeName != null && !runtimeName.isBlank()) {
            details.add(product(runtimeName, runtimeVersion));
        }
        details.add(product("Java", System.getProperty("java.version")));
        details.add(product(System.getProperty("os.name"), System.getProperty("os.version")));
        String value = product(orElse(applicationName, "engage-voice-app"), orElse(applicationVersion, "0"))
                + " (" + String.join("; ", details) + ")";
        return validate("user-agent", value);
    }

    /**
     * Checks an explicit value.
     *
     * @param setting the name of the setting, for the error message
     * @return the value, stripped of surrounding spaces
     * @throws InvalidSettingException when the value does not start with {@code name/version}, holds a control
     *         character (CR and LF included), or has unbalanced parentheses or an otherwise invalid product or comment
     */
    public static String validate(String setting, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidSettingException(setting, "must not be empty; use the form AppName/version (details)");
        }
        String v = value.strip();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7f) {
                throw new InvalidSettingException(setting, "contains the control character U+"
                        + String.format("%04X", (int) c) + " at index " + i + "; CR, LF and other controls are not allowed");
            }
        }
        String problem = new Parser(v).problem();
        if (problem != null) {
            throw new InvalidSettingException(setting, "'" + v + "' is not a valid User-Agent: " + problem
                    + "; use the form AppName/version (details)");
        }
        return v;
    }

    private static String product(String name, String version) {
        return token(name) + "/" + token(orElse(version, "0"));
    }

    private static String token(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.strip().toCharArray()) {
            b.append(isTchar(c) ? c : '-');
        }
        return b.length() == 0 ? "-" : b.toString();
    }

    private static String orElse(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }

    static boolean isTchar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }

    private static String readClientVersion() {
        try (InputStream in = UserAgent.class.getResourceAsStream("/META-INF/engage-voice-client.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "0");
        } catch (IOException e) {
            return "0";
        }
    }

    /** {@code User-Agent = product *( RWS ( product / comment ) )}, the first product with a version. */
    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        String problem() {
            if (!product(true)) {
                return "it must start with a product name/version";
            }
            while (i < s.length()) {
                int ws = i;
                while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                    i++;
                }
                if (i == ws) {
                    return s.charAt(i) == ')' ? "unbalanced ')' at index " + i
                            : "unexpected '" + s.charAt(i) + "' at index " + i;
                }
                if (i == s.length()) {
                    return null;
                }
                if (s.charAt(i) == '(') {
                    String p = comment();
                    if (p != null) {
                        return p;
                    }
                } else if (s.charAt(i) == ')') {
                    return "unbalanced ')' at index " + i;
                } else if (!product(false)) {
                    return "invalid product at index " + i;
                }
            }
            return null;
        }

        private boolean product(boolean versionRequired) {
            int start = i;
            while (i < s.length() && isTchar(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                return false;
            }
            if (i < s.length() && s.charAt(i) == '/') {
                int v = ++i;
                while (i < s.length() && isTchar(s.charAt(i))) {
                    i++;
                }
                return i > v;
            }
            return !versionRequired;
        }

        private String comment() {
            int open = i;
            int depth = 0;
            while (i < s.length()) {
                char c = s.charAt(i++);
                if (c == '\\') {
                    if (i == s.length()) {
                        return "dangling escape at the end";
                    }
                    i++;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    if (--depth == 0) {
                        return null;
                    }
                }
            }
            return "unbalanced '(' at index " + open;
        }
    }
}
