package io.quarkiverse.engagevoice.deployment;

import java.time.Duration;
import java.util.OptionalInt;

import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Build-time settings of the Engage Voice extension. */
@ConfigMapping(prefix = "quarkus.engage-voice")
@ConfigRoot(phase = ConfigPhase.BUILD_TIME)
public interface EngageVoiceBuildConfig {

    /**
     * Dev Services: the embedded Engage Voice simulator for dev and test mode.
     */
    DevServicesConfig devservices();

    /**
     * Whether to publish a readiness check that every configured client can obtain its credential, when the
     * application has SmallRye Health.
     */
    @WithName("health.enabled")
    @WithDefault("true")
    boolean healthEnabled();

    interface DevServicesConfig {

        /**
         * Whether to start the embedded Engage Voice simulator in dev and test mode. It starts only when the default
         * client has neither a server nor credentials configured; named clients are never affected.
         */
        @WithDefault("true")
        boolean enabled();

        /**
         * The simulator's port; a free port by default.
         */
        OptionalInt port();

        /**
         * Whether the simulator serves the legacy layout (API root `/api`, legacy login) instead of the current one.
         */
        @WithDefault("false")
        boolean legacy();

        /**
         * The lifetime of the access tokens the simulator issues.
         */
        @WithDefault("5m")
        Duration tokenTtl();
    }
}
