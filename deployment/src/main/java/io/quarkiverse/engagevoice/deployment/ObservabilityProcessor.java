package io.quarkiverse.engagevoice.deployment;

import io.quarkiverse.engagevoice.runtime.metrics.MicrometerClientObserver;
import io.quarkiverse.engagevoice.runtime.tracing.OpenTelemetryClientObserver;
import io.quarkiverse.engagevoice.runtime.tracing.SecretRedactingSpanProcessor;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.bootstrap.classloading.QuarkusClassLoader;
import io.quarkus.deployment.Capabilities;
import io.quarkus.deployment.Capability;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;

/**
 * Meters when the application has quarkus-micrometer, spans when it has quarkus-opentelemetry: the observer beans
 * exist only then, so that the runtime needs neither library.
 */
class ObservabilityProcessor {

    @BuildStep
    void observers(Capabilities capabilities, BuildProducer<AdditionalBeanBuildItem> beans) {
        // the metrics capability is Micrometer's in Quarkus 3; the class check keeps another provider out
        if (capabilities.isPresent(Capability.METRICS)
                && QuarkusClassLoader.isClassPresentAtRuntime("io.micrometer.core.instrument.MeterRegistry")) {
            beans.produce(AdditionalBeanBuildItem.unremovableOf(MicrometerClientObserver.class));
        }
        if (capabilities.isPresent(Capability.OPENTELEMETRY_TRACER)) {
            beans.produce(AdditionalBeanBuildItem.unremovableOf(OpenTelemetryClientObserver.class));
            beans.produce(AdditionalBeanBuildItem.unremovableOf(SecretRedactingSpanProcessor.class));
        }
    }
}
