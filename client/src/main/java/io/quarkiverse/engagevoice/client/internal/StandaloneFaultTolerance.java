package io.quarkiverse.engagevoice.client.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gives SmallRye Fault Tolerance's standalone implementation (plain Java, Jakarta EE servers without MicroProfile
 * Fault Tolerance) daemon threads: its default pool's threads are not daemons, and its timer makes a thread of its own
 * that inherits whether it is a daemon from the thread that first asks for the timer, so an application whose last
 * client was closed would never exit. An application that configured the standalone implementation itself, before
 * its first client, keeps its own configuration. Reached by reflection only: where the standalone implementation is
 * not there (a Quarkus application with quarkus-smallrye-fault-tolerance, a native image) nothing refers to it.
 */
final class StandaloneFaultTolerance {

    private static final String STANDALONE = "io.smallrye.faulttolerance.standalone.StandaloneFaultTolerance";
    private static final String CONFIGURATION = "io.smallrye.faulttolerance.standalone.Configuration";
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static volatile boolean done;

    private StandaloneFaultTolerance() {
    }

    static void useDaemonThreads() {
        if (done) {
            return;
        }
        synchronized (StandaloneFaultTolerance.class) {
            if (done) {
                return;
            }
            done = true;
            ClassLoader loader = StandaloneFaultTolerance.class.getClassLoader();
            Class<?> standalone;
            Class<?> configuration;
            try {
                standalone = Class.forName(STANDALONE, false, loader);
                configuration = Class.forName(CONFIGURATION, false, loader);
            } catch (ClassNotFoundException | LinkageError absent) {
                return; // a container provides Fault Tolerance
            }
            try {
                standalone.getMethod("configure", configuration).invoke(null, daemonConfiguration(configuration, loader));
            } catch (InvocationTargetException alreadyConfigured) {
                return; // the application's own configuration, or one finalised by its own use: left as it is
            } catch (ReflectiveOperationException | RuntimeException e) {
                return;
            }
            Thread starter = new Thread(() -> {
                try {
                    standalone.getMethod("timerAccess").invoke(null);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // the timer then starts on first use, from the caller's thread
                }
            }, "engage-voice-fault-tolerance-start");
            starter.setDaemon(true);
            starter.start();
            try {
                starter.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Object daemonConfiguration(Class<?> configuration, ClassLoader loader) {
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "engage-voice-fault-tolerance-" + COUNT.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
            case "executor" -> executor;
            case "onShutdown" -> {
                executor.shutdownNow();
                yield null;
            }
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            case "toString" -> "daemon threads for SmallRye Fault Tolerance";
            default -> InvocationHandler.invokeDefault(proxy, method, args);
        };
        return Proxy.newProxyInstance(loader, new Class<?>[] { configuration }, handler);
    }
}
