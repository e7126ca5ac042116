package io.quarkiverse.engagevoice.client.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

import io.quarkiverse.engagevoice.client.error.TransportException;
import io.quarkiverse.engagevoice.client.error.TransportException.Failure;
import io.quarkiverse.engagevoice.client.internal.Operations.Operation;

/**
 * Tells what an exception of a Rest Client implementation (RESTEasy classic over Apache HttpClient, Quarkus REST
 * over Vert.x, Jersey...) means for the transport, from the exception types in its cause chain; the messages of
 * those exceptions are not used, as they may hold the request URI.
 */
public final class TransportFailures {

    private TransportFailures() {
    }

    /** The transport failure {@code t} stands for, named after the operation; empty when it is none. */
    public static Optional<TransportException> of(Throwable t, Operation operation) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SSLException) {
                return Optional.empty(); // a TLS failure is a configuration matter: thrown as it is, with its causes
            }
            Optional<Failure> failure = classify(c);
            if (failure.isPresent()) {
                return Optional.of(new TransportException(failure.get(), operation.name(), operation.request(),
                        describe(failure.get()) + " (" + c.getClass().getSimpleName() + ")"));
            }
        }
        return Optional.empty();
    }

    private static Optional<Failure> classify(Throwable c) {
        String type = c.getClass().getSimpleName();
        if (c instanceof ConnectException || c instanceof UnknownHostException || c instanceof NoRouteToHostException
                || type.equals("ConnectTimeoutException")) {
            return Optional.of(Failure.CONNECT_FAILED);
        }
        if (c instanceof SocketTimeoutException) {
            return Optional.of(isConnectTimeout(c) ? Failure.CONNECT_FAILED : Failure.READ_TIMED_OUT);
        }
        if (c instanceof TimeoutException || type.endsWith("TimeoutException")) {
            return Optional.of(Failure.READ_TIMED_OUT);
        }
        if (c instanceof SocketException || c instanceof EOFException || type.equals("HttpClosedException")
                || type.equals("NoHttpResponseException") || type.equals("ConnectionClosedException")
                || type.equals("ClosedChannelException") || type.equals("NativeIoException")
                || ((type.equals("VertxException") || c.getClass() == IOException.class) && mentionsClosed(c))) {
            // Quarkus REST reports a connection closed by the server as an IOException "Connection was closed"
            return Optional.of(Failure.CONNECTION_LOST);
        }
        if (c instanceof IOException && !(c instanceof InterruptedIOException)) {
            return Optional.of(Failure.OTHER);
        }
        return Optional.empty();
    }

    private static boolean mentionsClosed(Throwable c) {
        String message = c.getMessage() == null ? "" : c.getMessage().toLowerCase(java.util.Locale.ROOT);
        return message.contains("closed") || message.contains("reset");
    }

    private static boolean isConnectTimeout(Throwable c) {
        String message = c.getMessage();
        return message != null && message.toLowerCase(java.util.Locale.ROOT).startsWith("connect timed out");
    }

    private static String describe(Failure failure) {
        return switch (failure) {
            case CONNECT_FAILED -> "no connection could be made";
            case CONNECTION_LOST -> "the connection was lost before the whole answer";
            case READ_TIMED_OUT -> "the read timed out";
            case DEADLINE_EXCEEDED -> "the deadline passed";
            case CIRCUIT_OPEN -> "the circuit breaker is open";
            case OTHER -> "an input/output failure";
        };
    }
}
