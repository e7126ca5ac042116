package io.quarkiverse.engagevoice.client.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * JDK HTTP servers bound once per key for the whole JVM, on a port the system picks when binding (port 0): nothing
 * else (another test server, the Dev Service's simulator, another build) can take the port between choosing it and
 * binding it, because there is no such moment.
 * <p>
 * Quarkus unit tests load a test class twice: JUnit's copy configures the application, so it needs the URL; the copy
 * in Quarkus's class loader runs the tests, so it serves and reads what was received. This class is loaded again
 * beside each copy, so the registry lives in the copy the application class loader holds and the other copies reach
 * it by reflection. A server is a JDK type, the same for every copy; the copy that asks last answers its requests.
 */
public final class SharedHttpServers {

    /** Makes an unstarted server listening on the given address (127.0.0.1, port 0). */
    @FunctionalInterface
    public interface Binder {
        HttpServer bind(InetSocketAddress address) throws IOException;
    }

    private static final ConcurrentMap<String, HttpServer> BOUND = registry();

    private SharedHttpServers() {
    }

    /** The server bound under {@code key}; bound and started now if there is none. */
    public static HttpServer bindOnce(String key, Binder binder) {
        return BOUND.computeIfAbsent(key, k -> bindNow(binder));
    }

    /** A new server, started, on 127.0.0.1 and a port the system picks; not registered under any key. */
    public static HttpServer bindNow(Binder binder) {
        HttpServer server;
        try {
            server = binder.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        } catch (IOException e) {
            throw new UncheckedIOException("could not bind a server on 127.0.0.1", e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return server;
    }

    /** From now on every request {@code server} receives goes to {@code handler}. */
    public static void serveWith(HttpServer server, HttpHandler handler) {
        synchronized (server) {
            try {
                server.removeContext("/");
            } catch (IllegalArgumentException noHandlerYet) {
                // the first copy to serve
            }
            server.createContext("/", handler);
        }
    }

    /** Stops the server bound under {@code key}, if any; the next {@link #bindOnce} binds a new one. */
    public static void stop(String key) {
        HttpServer server = BOUND.remove(key);
        if (server != null) {
            stop(server);
        }
    }

    /** Stops a server and its threads. */
    public static void stop(HttpServer server) {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }

    @SuppressWarnings("unchecked")
    private static ConcurrentMap<String, HttpServer> registry() {
        ClassLoader application = ClassLoader.getSystemClassLoader();
        if (SharedHttpServers.class.getClassLoader() == application) {
            return new ConcurrentHashMap<>();
        }
        Class<?> applicationCopy;
        try {
            applicationCopy = Class.forName(SharedHttpServers.class.getName(), true, application);
        } catch (ClassNotFoundException notOnTheApplicationClassPath) {
            return new ConcurrentHashMap<>(); // no other copy to share with
        }
        try {
            Field bound = applicationCopy.getDeclaredField("BOUND");
            bound.setAccessible(true);
            return (ConcurrentMap<String, HttpServer>) bound.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot reach the servers of " + applicationCopy.getClassLoader(), e);
        }
    }
}
