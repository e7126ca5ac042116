package io.quarkiverse.engagevoice.client.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code POST} operation that only reads (a search, a count, a report query): sending it twice changes
 * nothing on the server, so the client's resilience policy may retry it like a {@code GET}. Every other {@code POST}
 * is sent at most once. {@code GET}, {@code PUT} and {@code DELETE} are idempotent by HTTP and need no mark.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Idempotent {
}
