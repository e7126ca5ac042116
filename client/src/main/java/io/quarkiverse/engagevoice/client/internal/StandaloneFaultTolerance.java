package io.quarkiverse.engagevoice.client.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import io.smallrye.faulttolerance.standalone.Configuration;

/**
 * Gives SmallRye Fault Tolerance's standalone implementation (plain Java, Jakarta EE servers without MicroProfile
 * Fault Tolerance) daemon threads for its timer and asynchronous work: its default pool's threads are not daemons,
 * so an application whose last client was closed would never exit. An application that configured the standalone
 * implementation itself, before its first client, keeps its own configuration; where a container's implementation
 * is in use (Quarkus with quarkus-smallrye-fault-tolerance), the standalone one is never asked.
 */
final class StandaloneFaultTolerance {

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
            try {
                io.smallrye.faulttolerance.standalone.StandaloneFaultTolerance.configure(new DaemonThreads());
            } catch (IllegalStateException alreadyConfigured) {
                return; // the application's own configuration, or one finalised by its own use: left as it is
            } catch (LinkageError noStandalone) {
                return; // the standalone implementation is not on the class path: a container provides Fault Tolerance
            }
            // its timer makes a thread of its own, which inherits whether it is a daemon from the thread that first
            // asks for the timer: ask from a daemon thread
            Thread starter = new Thread(io.smallrye.faulttolerance.standalone.StandaloneFaultTolerance::timerAccess,
                    "engage-voice-fault-tolerance-start");
            starter.setDaemon(true);
            starter.start();
            try {
                starter.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static final class DaemonThreads implements Configuration {
        private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "engage-voice-fault-tolerance-" + COUNT.incrementAndGet());
            t.setDaemon(true);
            return t;
        });

        @Override
        public ExecutorService executor() {
            return executor;
        }

        @Override
        public void onShutdown() {
            executor.shutdownNow();
        }
    }

    private static final AtomicInteger COUNT = new AtomicInteger();
}
