package io.quarkiverse.engagevoice.runtime;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.inject.Any;

import io.quarkiverse.engagevoice.EngageVoiceClientCustomizer;
import io.quarkiverse.engagevoice.EngageVoiceClientName;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;

/** The customizer beans that apply to a client: unqualified ones and those naming it, lowest priority first. */
final class ClientCustomizers {

    private ClientCustomizers() {
    }

    static List<EngageVoiceClientCustomizer> forClient(String name) {
        return Arc.container().select(EngageVoiceClientCustomizer.class, Any.Literal.INSTANCE).handlesStream()
                .filter(h -> appliesTo(h, name))
                .sorted(Comparator.comparingInt(h -> h.getBean().getPriority()))
                .map(InstanceHandle::get)
                .toList();
    }

    private static boolean appliesTo(InstanceHandle<EngageVoiceClientCustomizer> handle, String name) {
        return handle.getBean().getQualifiers().stream()
                .filter(EngageVoiceClientName.class::isInstance)
                .map(q -> ((EngageVoiceClientName) q).value())
                .allMatch(name::equals);
    }
}
