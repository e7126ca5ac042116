package io.quarkiverse.engagevoice.client.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.client.EngageVoiceApis;
import io.quarkiverse.engagevoice.client.api.auth.AuthApis;
import io.quarkiverse.engagevoice.client.conformance.KnownSpecDefects.Duplicate;
import io.quarkiverse.engagevoice.client.conformance.KnownSpecDefects.Entry;
import io.quarkiverse.engagevoice.client.conformance.OpenApiSpec.Operation;

/**
 * Every request method of every client interface ({@link EngageVoiceApis#all()}, {@link AuthApis#all()}) against
 * the official OpenAPI files, through the operations tables the project's generator derives from them (committed
 * under {@code src/test/resources/operations}, so this runs in every clone). The documented operation must exist
 * with the same method and path; path variables must carry the documented names; query parameters, headers and
 * cookies must be documented (required ones sent); a body is sent iff one is documented, in a documented media type;
 * the accepted media types must overlap the documented success answers; and every operation of the current file must
 * have a client method. Exceptions are in {@link KnownSpecDefects}.
 */
class OpenApiConformanceTest {

    private static final String CURRENT_SPEC = "ringcx-openapi3.json";
    private static final String FULL_SPEC = "engage-voice-openapi3-all.json";
    private static final String LEGACY_SPEC = "engage-voice-openapi3-legacy.json";
    /** Where the API interfaces' paths start on current servers, and in every file. */
    private static final String API_ROOT = "/voice/api";

    private static List<Lookup> lookups;
    private static OpenApiSpec currentSpec;
    private static List<Mismatch> mismatches;
    /** {@link PathTemplate#shapeKey} of every request some client method sends. */
    private static Set<String> sent;
    /** Operations of the current file that some client method sends. */
    private static Set<Operation> covered;

    /**
     * Where a request is looked up, in order: the current file; the older full file, which has what the current
     * one lacks (queue group list and create, token refresh, Engage login); the legacy file, which lists the legacy
     * {@code /api/...} paths under {@code /voice/api}.
     */
    private record Lookup(OpenApiSpec spec, UnaryOperator<String> pathInFile) {
    }

    @BeforeAll
    static void compareEveryClientMethod() {
        currentSpec = OpenApiSpec.read(CURRENT_SPEC);
        lookups = List.of(new Lookup(currentSpec, UnaryOperator.identity()),
                new Lookup(OpenApiSpec.read(FULL_SPEC), UnaryOperator.identity()),
                new Lookup(OpenApiSpec.read(LEGACY_SPEC), path -> path.replaceFirst("^/api/", API_ROOT + "/")));
        mismatches = new ArrayList<>();
        sent = new LinkedHashSet<>();
        for (Class<?> api : EngageVoiceApis.all()) {
            ClientMethod.of(api).forEach(m -> compare(m, PathTemplate.join(API_ROOT, m.path())));
        }
        for (Class<?> api : AuthApis.all()) { // at the host root, not under the API root
            ClientMethod.of(api).forEach(m -> compare(m, m.path()));
        }
        covered = new LinkedHashSet<>();
        for (Operation operation : currentSpec.operations()) {
            Optional<Duplicate> duplicate = KnownSpecDefects.duplicateOf(operation);
            String request = duplicate.map(Duplicate::sentAs).orElse(operation.method() + " " + operation.path());
            if (sent.contains(PathTemplate.shapeKey(request))) {
                covered.add(operation);
            }
        }
    }

    @Test
    void everyClientMethodSendsWhatItsOperationDocuments() {
        List<Mismatch> unexcused = mismatches.stream()
                .filter(m -> KnownSpecDefects.ENTRIES.stream().noneMatch(e -> e.excuses(m))).toList();

        assertThat(covered).as("client methods found in " + CURRENT_SPEC).isNotEmpty();
        assertThat(unexcused)
                .withFailMessage(() -> unexcused.size() + " differences from the OpenAPI files (fix the interface, or"
                        + " add a KnownSpecDefects entry when the documentation says otherwise):\n  "
                        + unexcused.stream().map(Mismatch::toString).collect(Collectors.joining("\n  ")))
                .isEmpty();
    }

    @Test
    void everyAllowListEntryStillExcusesAMismatch() {
        List<Entry> stale = KnownSpecDefects.ENTRIES.stream()
                .filter(e -> mismatches.stream().noneMatch(e::excuses)).toList();

        assertThat(stale)
                .withFailMessage(() -> "KnownSpecDefects entries that excuse nothing any more (remove them):\n  "
                        + stale.stream().map(e -> e.operation() + ": " + e.problemFragment())
                                .collect(Collectors.joining("\n  ")))
                .isEmpty();
    }

    @Test
    void everyDuplicateNamesAnOperationOfTheCurrentFile() {
        for (Duplicate duplicate : KnownSpecDefects.DUPLICATES) {
            assertThat(currentSpec.operations()).as(duplicate.operation())
                    .anyMatch(o -> (o.method() + " " + o.path()).equals(duplicate.operation()));
        }
    }

    @Test
    void everyOperationOfTheCurrentFileHasAClientMethod() throws IOException {
        int total = currentSpec.operations().size();
        long throughDuplicates = covered.stream().filter(o -> KnownSpecDefects.duplicateOf(o).isPresent()).count();
        String summary = String.format(Locale.ROOT, "OpenAPI coverage: %d of %d operations of %s have a client method"
                + " (%.1f%%; %d of them are documented duplicates sent as another operation)", covered.size(), total,
                CURRENT_SPEC, 100.0 * covered.size() / total, throughDuplicates);
        Path report = Path.of(System.getProperty("basedir", "."), "target", "openapi-coverage.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, summary + "\n\nWithout a client method, by tag:\n" + uncoveredByTag()
                + "\nDocumented duplicates:\n" + duplicates()
                + "\nDifferences excused by KnownSpecDefects:\n" + excused());
        System.out.println(summary);

        assertThat(report).content().startsWith(summary);
        assertThat(uncoveredByTag()).as("operations of " + CURRENT_SPEC + " without a client method").isEmpty();
        assertThat(covered).hasSize(total);
    }

    private static void compare(ClientMethod method, String path) {
        if (method.httpMethod() == null) {
            mismatches.add(new Mismatch(method.label(), "? " + path, "has no HTTP method annotation"));
            return;
        }
        String request = method.httpMethod() + " " + path;
        sent.add(PathTemplate.shapeKey(method.httpMethod(), path));
        Optional<Operation> operation = find(method.httpMethod(), path);
        if (operation.isEmpty()) {
            mismatches.add(new Mismatch(method.label(), request, "is in no OpenAPI file" + otherMethods(path)));
            return;
        }
        ConformanceCheck.problems(method, path, operation.get())
                .forEach(problem -> mismatches.add(new Mismatch(method.label(), request, problem)));
    }

    private static Optional<Operation> find(String method, String path) {
        return lookups.stream().map(l -> l.spec().find(method, l.pathInFile().apply(path)))
                .flatMap(Optional::stream).findFirst();
    }

    /** " (ringcx-openapi3.json has GET, PUT there)", to tell a wrong method from a wrong path. */
    private static String otherMethods(String path) {
        for (Lookup lookup : lookups) {
            List<String> methods = lookup.spec().methodsAt(lookup.pathInFile().apply(path));
            if (!methods.isEmpty()) {
                return " (" + lookup.spec().fileName() + " has " + String.join(", ", methods) + " there)";
            }
        }
        return "";
    }

    private static String uncoveredByTag() {
        Map<String, List<String>> byTag = new TreeMap<>();
        for (Operation operation : currentSpec.operations()) {
            if (!covered.contains(operation)) {
                String tag = operation.tags().isEmpty() ? "(no tag)" : operation.tags().get(0);
                byTag.computeIfAbsent(tag, t -> new ArrayList<>())
                        .add(operation.operationId() + "  " + operation.method() + " " + operation.path());
            }
        }
        StringBuilder text = new StringBuilder();
        byTag.forEach((tag, operations) -> {
            text.append('\n').append(tag).append(" (").append(operations.size()).append(")\n");
            operations.forEach(o -> text.append("  ").append(o).append('\n'));
        });
        return text.toString();
    }

    private static String duplicates() {
        return KnownSpecDefects.DUPLICATES.stream()
                .map(d -> "  " + d.operation() + " is sent as " + d.sentAs() + "\n    because " + d.reason() + "\n")
                .collect(Collectors.joining());
    }

    private static String excused() {
        StringBuilder text = new StringBuilder();
        for (Mismatch mismatch : mismatches) {
            KnownSpecDefects.ENTRIES.stream().filter(e -> e.excuses(mismatch)).findFirst()
                    .ifPresent(e -> text.append("  ").append(mismatch).append("\n    because ").append(e.reason())
                            .append('\n'));
        }
        return text.toString();
    }
}
