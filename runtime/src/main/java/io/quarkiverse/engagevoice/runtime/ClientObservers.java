package io.quarkiverse.engagevoice.runtime;

import java.util.List;
import java.util.Optional;

import io.quarkiverse.engagevoice.client.auth.TokenProvider;
import io.quarkiverse.engagevoice.client.spi.ResilienceListener;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;

/** The observer beans present in the application, applied to one client. */
final class ClientObservers {

    private ClientObservers() {
    }

    static List<ClientObserver.Registration> forClient(String name) {
        return observers().stream().map(o -> o.provider(name)).flatMap(Optional::stream).toList();
    }

    static TokenProvider tokens(String name, TokenProvider tokens) {
        TokenProvider watched = tokens;
        for (ClientObserver observer : observers()) {
            watched = observer.tokens(name, watched);
        }
        return watched;
    }

    static ResilienceListener resilience(String name) {
        List<ResilienceListener> listeners = observers().stream().map(o -> o.resilience(name))
                .filter(l -> l != ResilienceListener.NONE).toList();
        if (listeners.isEmpty()) {
            return ResilienceListener.NONE;
        }
        return new ResilienceListener() {
            @Override
            public void retry() {
                listeners.forEach(ResilienceListener::retry);
            }

            @Override
            public void rateLimitWait() {
                listeners.forEach(ResilienceListener::rateLimitWait);
            }

            @Override
            public void rateLimitRejected() {
                listeners.forEach(ResilienceListener::rateLimitRejected);
            }
        };
    }

    private static List<ClientObserver> observers() {
        return Arc.container().select(ClientObserver.class).handlesStream().map(InstanceHandle::get).toList();
    }
}
