package io.quarkiverse.engagevoice.client.conformance;

import java.io.Closeable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;

import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;

/**
 * What one abstract method of a Rest Client interface sends, read from its JAX-RS annotations.
 *
 * @param label {@code Interface.method}, for failure messages
 * @param httpMethod {@code GET}, {@code POST}, ...; {@code null} when the method has no HTTP method annotation
 * @param path the class and method {@code @Path} joined, relative to the interface's root
 * @param bodies how many parameters are sent as the entity (unannotated ones)
 * @param consumes the {@code @Consumes} of the method, else of the interface; empty when neither has one
 * @param produces the {@code @Produces} of the method, else of the interface; empty when neither has one
 * @param unsupported parameters bound in a way this test cannot compare, described for the failure message
 */
record ClientMethod(String label, String httpMethod, String path, List<String> pathParams, List<String> queryParams,
        List<String> headerParams, List<String> cookieParams, List<String> formParams, int bodies,
        List<String> consumes, List<String> produces, List<String> unsupported) {

    /** Bindings this test does not take apart: reported, so that nothing slips through unchecked. */
    private static final List<Class<? extends Annotation>> UNCOMPARED_BINDINGS = List.of(BeanParam.class,
            MatrixParam.class, Context.class);

    /** The methods that send requests: default methods delegate to them, {@code close()} sends nothing. */
    static List<ClientMethod> of(Class<?> api) {
        return Arrays.stream(api.getMethods())
                .filter(m -> !m.isDefault() && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getDeclaringClass() != AutoCloseable.class
                        && m.getDeclaringClass() != Closeable.class)
                .sorted(Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount))
                .map(m -> read(api, m))
                .toList();
    }

    boolean sendsBody() {
        return bodies > 0 || !formParams.isEmpty();
    }

    private static ClientMethod read(Class<?> api, Method method) {
        List<String> pathParams = new ArrayList<>();
        List<String> queryParams = new ArrayList<>();
        List<String> headerParams = new ArrayList<>(clientHeaderParams(api, method));
        List<String> cookieParams = new ArrayList<>();
        List<String> formParams = new ArrayList<>();
        List<String> unsupported = new ArrayList<>();
        int bodies = 0;
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(PathParam.class)) {
                pathParams.add(parameter.getAnnotation(PathParam.class).value());
            } else if (parameter.isAnnotationPresent(QueryParam.class)) {
                queryParams.add(parameter.getAnnotation(QueryParam.class).value());
            } else if (parameter.isAnnotationPresent(HeaderParam.class)) {
                headerParams.add(parameter.getAnnotation(HeaderParam.class).value());
            } else if (parameter.isAnnotationPresent(CookieParam.class)) {
                cookieParams.add(parameter.getAnnotation(CookieParam.class).value());
            } else if (parameter.isAnnotationPresent(FormParam.class)) {
                formParams.add(parameter.getAnnotation(FormParam.class).value());
            } else if (UNCOMPARED_BINDINGS.stream().anyMatch(parameter::isAnnotationPresent)) {
                unsupported.add(parameter.getType().getSimpleName() + " " + parameter.getName());
            } else {
                bodies++;
            }
        }
        return new ClientMethod(api.getSimpleName() + "." + method.getName(), httpMethod(method),
                PathTemplate.join(pathOf(api.getAnnotation(Path.class)), pathOf(method.getAnnotation(Path.class))),
                pathParams, queryParams, headerParams, cookieParams, formParams, bodies,
                mediaTypes(method.getAnnotation(Consumes.class), api.getAnnotation(Consumes.class)),
                mediaTypes(method.getAnnotation(Produces.class), api.getAnnotation(Produces.class)), unsupported);
    }

    /** Any annotation meta-annotated with {@code @HttpMethod}: {@code @GET}, {@code @PATCH}, ... */
    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return httpMethod.value();
            }
        }
        return null;
    }

    /** Headers the MicroProfile {@code @ClientHeaderParam} adds, on the interface and on the method. */
    private static List<String> clientHeaderParams(Class<?> api, Method method) {
        List<String> names = new ArrayList<>();
        Arrays.stream(api.getAnnotationsByType(ClientHeaderParam.class)).forEach(h -> names.add(h.name()));
        Arrays.stream(method.getAnnotationsByType(ClientHeaderParam.class)).forEach(h -> names.add(h.name()));
        return names;
    }

    private static String pathOf(Path path) {
        return path == null ? "" : path.value();
    }

    private static List<String> mediaTypes(Consumes onMethod, Consumes onInterface) {
        return split(onMethod != null ? onMethod.value() : onInterface != null ? onInterface.value() : new String[0]);
    }

    private static List<String> mediaTypes(Produces onMethod, Produces onInterface) {
        return split(onMethod != null ? onMethod.value() : onInterface != null ? onInterface.value() : new String[0]);
    }

    /** {@code @Produces({"a, b"})} is legal JAX-RS: one value may list several types. */
    private static List<String> split(String[] values) {
        return Arrays.stream(values).flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(v -> !v.isEmpty()).toList();
    }
}
