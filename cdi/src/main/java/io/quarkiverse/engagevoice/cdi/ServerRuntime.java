package io.quarkiverse.engagevoice.cdi;

import java.lang.management.ManagementFactory;
import java.util.Optional;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * The application server the client runs on, for the runtime part of the default User-Agent
 * ({@code WildFly/38.0.1.Final}, {@code Payara-Micro/6.2025.10}: a product token holds no space). Read from the
 * server's own product information; none of it is needed to run, so any failure just means "not detected".
 */
record ServerRuntime(String name, String version) {

    /** WildFly and JBoss EAP publish their management model, product included, in the platform MBean server. */
    private static final String WILDFLY_ROOT = "jboss.as:management-root=server";
    /** GlassFish and Payara (Server and Micro) keep their branding in this class of their common utilities. */
    private static final String GLASSFISH_VERSION = "com.sun.appserv.server.util.Version";

    static Optional<ServerRuntime> detect() {
        return wildFly().or(ServerRuntime::glassFish);
    }

    private static Optional<ServerRuntime> wildFly() {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName root = new ObjectName(WILDFLY_ROOT);
            if (!server.isRegistered(root)) {
                return Optional.empty();
            }
            return of(server.getAttribute(root, "productName"), server.getAttribute(root, "productVersion"));
        } catch (JMException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<ServerRuntime> glassFish() {
        for (ClassLoader loader : new ClassLoader[] { Thread.currentThread().getContextClassLoader(),
                ServerRuntime.class.getClassLoader(), ClassLoader.getSystemClassLoader() }) {
            try {
                Class<?> version = Class.forName(GLASSFISH_VERSION, true, loader);
                return of(version.getMethod("getBriefProductName").invoke(null),
                        version.getMethod("getVersionNumber").invoke(null));
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                // not visible from this loader: try the next
            }
        }
        return Optional.empty();
    }

    private static Optional<ServerRuntime> of(Object name, Object version) {
        return name instanceof String n && !n.isBlank() && version instanceof String v && !v.isBlank()
                ? Optional.of(new ServerRuntime(n.strip(), v.strip()))
                : Optional.empty();
    }
}
