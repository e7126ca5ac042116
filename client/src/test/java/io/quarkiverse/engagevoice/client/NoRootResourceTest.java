package io.quarkiverse.engagevoice.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

/**
 * Servers that scan {@code WEB-INF/lib} (Jersey on Payara and GlassFish, RESTEasy with scanning on) take every type
 * annotated {@code @Path} for a root resource: with two operations on one path and method (a search and its count)
 * Jersey refuses the whole deployment. So no API interface carries a type-level {@code @Path}: each method holds its
 * whole template. Every interface compiled under {@code api/} is checked, registered or not.
 */
class NoRootResourceTest {

    private static final String CLASSES = "target/classes";

    @Test
    void noApiInterfaceIsARootResource() throws Exception {
        List<Class<?>> interfaces = apiInterfaces();
        assertThat(interfaces).hasSizeGreaterThan(60);
        assertThat(interfaces).filteredOn(type -> type.isAnnotationPresent(Path.class))
                .as("interfaces with a type-level @Path").isEmpty();
    }

    @Test
    void everyRequestMethodHoldsItsWholeTemplate() throws Exception {
        List<String> offenders = new ArrayList<>();
        int requests = 0;
        for (Class<?> type : apiInterfaces()) {
            for (Method method : type.getDeclaredMethods()) {
                if (Stream.of(method.getAnnotations())
                        .noneMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class))) {
                    continue;
                }
                requests++;
                Path path = method.getAnnotation(Path.class);
                if (path == null || !path.value().startsWith("/")) {
                    offenders.add(
                            type.getSimpleName() + "." + method.getName() + " " + (path == null ? "no @Path" : path.value()));
                }
            }
        }
        assertThat(requests).isGreaterThan(300);
        assertThat(offenders).isEmpty();
    }

    private static List<Class<?>> apiInterfaces() throws IOException, ClassNotFoundException {
        List<Class<?>> result = new ArrayList<>();
        try (var files = Files.walk(Paths.get(CLASSES, "io/quarkiverse/engagevoice/client/api"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = Paths.get(CLASSES).relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name);
                if (type.isInterface() && !type.isAnnotation()) {
                    result.add(type);
                }
            }
        }
        return result;
    }
}
