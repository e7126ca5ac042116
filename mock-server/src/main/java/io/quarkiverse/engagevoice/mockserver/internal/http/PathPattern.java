package io.quarkiverse.engagevoice.mockserver.internal.http;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The path matcher of a fault: a glob ({@code *} any run of characters including {@code /}, {@code ?} one
 * character), or with the prefix {@code regex:} a Java regular expression; both must match the whole raw path.
 */
public final class PathPattern {

    public static final String REGEX_PREFIX = "regex:";

    private PathPattern() {
    }

    public static Pattern compile(String pattern) {
        if (pattern.startsWith(REGEX_PREFIX)) {
            try {
                return Pattern.compile(pattern.substring(REGEX_PREFIX.length()));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("invalid regex in pathPattern: " + e.getDescription(), e);
            }
        }
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '*' || c == '?') {
                regex.append(Pattern.quote(literal.toString()));
                literal.setLength(0);
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        regex.append(Pattern.quote(literal.toString()));
        return Pattern.compile(regex.toString());
    }
}
