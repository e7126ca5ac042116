package io.quarkiverse.engagevoice.jakartaee;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The usual empty {@code Application}: the server scans the whole WAR, {@code WEB-INF/lib} included. The library's
 * interfaces must not be taken for resources (Jersey refused such a deployment when they carried a type-level
 * {@code @Path}).
 */
@ApplicationPath("/api")
public class ChecksApplication extends Application {
}
