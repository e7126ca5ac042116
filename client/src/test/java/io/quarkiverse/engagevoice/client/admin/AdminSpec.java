package io.quarkiverse.engagevoice.client.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads enums of the current OpenAPI file, when it is here ({@code engagevoice.shared.dir} or {@code ../shared}). */
final class AdminSpec {

    private AdminSpec() {
    }

    /** The enum of the query parameter {@code name} of {@code method path}, or empty when the file is not here. */
    static Optional<List<String>> queryEnum(String path, String method, String name) {
        String configured = System.getProperty("engagevoice.shared.dir");
        List<Path> dirs = configured != null && !configured.isBlank() ? List.of(Path.of(configured))
                : List.of(Path.of("..", "..", "shared"), Path.of("..", "shared"));
        Optional<Path> file = dirs.stream().map(d -> d.resolve("specs").resolve("ringcx-openapi3.json"))
                .filter(Files::isRegularFile).findFirst();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode operation = new ObjectMapper().readTree(file.get().toFile()).path("paths").path(path).path(method);
            for (JsonNode p : operation.path("parameters")) {
                if (p.path("name").asText().equals(name)) {
                    List<String> values = new ArrayList<>();
                    p.path("schema").path("enum").forEach(v -> values.add(v.asText()));
                    return Optional.of(values);
                }
            }
            throw new IllegalStateException(method + " " + path + " has no parameter " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
