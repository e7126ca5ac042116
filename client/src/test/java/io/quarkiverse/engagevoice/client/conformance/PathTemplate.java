package io.quarkiverse.engagevoice.client.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** URI templates of both worlds: JAX-RS {@code {name}} or {@code {name: regex}}, OpenAPI {@code {name}}. */
final class PathTemplate {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\s*([^}:\\s]+)\\s*(?::[^}]*)?}");

    private PathTemplate() {
    }

    /** Joins {@code @Path} values with exactly one slash between them and none at the end. */
    static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                path.append('/').append(trimmed);
            }
        }
        return path.length() == 0 ? "/" : path.toString();
    }

    /** The variable names, in order of appearance. */
    static List<String> variables(String path) {
        List<String> names = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The path with every variable written {@code {}}: paths that differ only in variable names look alike. */
    static String shape(String path) {
        return VARIABLE.matcher(path).replaceAll("{}");
    }

    static String shapeKey(String method, String path) {
        return method + " " + shape(path);
    }

    /** As {@link #shapeKey(String, String)}, of a request written {@code METHOD /path}. */
    static String shapeKey(String request) {
        String[] methodAndPath = request.split(" ", 2);
        return shapeKey(methodAndPath[0], methodAndPath[1]);
    }
}
