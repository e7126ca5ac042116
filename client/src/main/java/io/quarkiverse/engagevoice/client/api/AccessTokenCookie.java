package io.quarkiverse.engagevoice.client.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation authenticates with the cookie {@code access_token=<access token>} (the call summaries do), which the
 * client's authentication filter sends in addition to the usual header; callers pass nothing.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AccessTokenCookie {
}
