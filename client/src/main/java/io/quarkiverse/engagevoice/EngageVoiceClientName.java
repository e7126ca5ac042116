package io.quarkiverse.engagevoice;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;

/**
 * Selects a named client, configured under {@code quarkus.engage-voice."<name>".*} in Quarkus, or under
 * {@code engage-voice."<name>".*} with the portable CDI extension ({@code engage-voice-cdi}) on Jakarta EE servers:
 *
 * <pre>{@code
 * @Inject
 * @EngageVoiceClientName("tenant-a")
 * AgentGroupsApi tenantAGroups;
 * }</pre>
 *
 * Without it, the default client ({@code quarkus.engage-voice.*}, or {@code engage-voice.*}) is injected. It lives in
 * the portable client, under the package name it always had, so that both integrations share it; the CDI API it
 * needs is provided by whichever container runs it.
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({ FIELD, PARAMETER, METHOD, TYPE })
public @interface EngageVoiceClientName {

    /** The client's name. */
    String value();

    /** For programmatic lookup: {@code CDI.current().select(AgentGroupsApi.class, EngageVoiceClientName.Literal.of("x"))}. */
    final class Literal extends AnnotationLiteral<EngageVoiceClientName> implements EngageVoiceClientName {
        private static final long serialVersionUID = 1L;
        private final String value;

        private Literal(String value) {
            this.value = value;
        }

        public static Literal of(String value) {
            return new Literal(value);
        }

        @Override
        public String value() {
            return value;
        }
    }
}
