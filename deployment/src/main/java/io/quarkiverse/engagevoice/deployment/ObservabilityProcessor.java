package io.quarkiverse.engagevoice.deployment;

import java.util.Optional;

import io.quarkiverse.engagevoice.runtime.metrics.MicrometerClientObserver;
import io.quarkiverse.engagevoice.runtime.tracing.OpenTelemetryClientObserver;
import io.quarkiverse.engagevoice.runtime.tracing.SecretRedactingSpanProcessor;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.deployment.Capabilities;
import io.quarkus.deployment.Capability;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.metrics.MetricsCapabilityBuildItem;
import io.quarkus.runtime.metrics.MetricsFactory;

/**
 * Meters when the application has quarkus-micrometer, spans when it has quarkus-opentelemetry: the observer beans
 * exist only then, so that the runtime needs neither library.
 */
class ObservabilityProcessor {

    @BuildStep
    void observers(Capabilities capabilities, Optional<MetricsCapabilityBuildItem> metrics,
            BuildProducer<AdditionalBeanBuildItem> beans) {
        if (metrics.isPresent() && metrics.get().metricsSupported(MetricsFactory.MICROMETER)) {
            beans.produce(AdditionalBeanBuildItem.unremovableOf(MicrometerClientObserver.class));
        }
        if (capabilities.isPresent(Capability.OPENTELEMETRY_TRACER)) {
            beans.produce(AdditionalBeanBuildItem.unremovableOf(OpenTelemetryClientObserver.class));
            beans.produce(AdditionalBeanBuildItem.unremovableOf(SecretRedactingSpanProcessor.class));
        }
    }
}
