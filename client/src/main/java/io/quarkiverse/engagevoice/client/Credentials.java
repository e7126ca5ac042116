package io.quarkiverse.engagevoice.client;

import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import io.quarkiverse.engagevoice.client.auth.TokenProvider;

/**
 * The one source of credentials of a client, given to {@link EngageVoiceClient.Builder#credentials}. The login
 * flows ({@link #ringCentralJwt}, {@link #ringCentralToken}, {@link #engageLogin}, {@link #legacyLogin}) obtain and
 * renew tokens themselves; {@link #apiToken} and {@link #accessToken} are sent as they are; {@link #provider} is any
 * other source.
 * <p>
 * The factories only hold their arguments: {@link EngageVoiceClient.Builder#build()} checks them against the server,
 * so that its errors name the setting. No {@code toString()} ever shows a secret.
 */
public sealed interface Credentials {

    /** The name of this kind of credentials, as the factory method is called: {@code apiToken}, {@code engageLogin}... */
    String kind();

    /** A permanent API token, sent as {@code X-Auth-Token} on every generation. */
    static Credentials apiToken(String token) {
        return new ApiToken(token);
    }

    /**
     * An access token obtained elsewhere: {@code Authorization: Bearer} on current servers, {@code X-Auth-Token} on
     * legacy ones. It cannot be renewed: prefer a login flow.
     */
    static Credentials accessToken(String token) {
        return new AccessToken(token);
    }

    /**
     * RingCentral JWT credentials (current servers) against {@link EngageVoiceClient#DEFAULT_RINGCENTRAL_SERVER}: the
     * client gets a RingCentral access token by the JWT grant ({@code POST /restapi/oauth/token}, HTTP Basic
     * {@code clientId:clientSecret}), exchanges it for an Engage access token and keeps that fresh.
     */
    static Credentials ringCentralJwt(String clientId, String clientSecret, String jwt) {
        return new RingCentralJwt(clientId, clientSecret, jwt, null);
    }

    /**
     * RingCentral JWT credentials against another RingCentral platform: a URL, {@code http://} only for loopback
     * hosts; {@code null} or blank stands for the default platform.
     */
    static Credentials ringCentralJwt(String clientId, String clientSecret, String jwt, String ringCentralServer) {
        return new RingCentralJwt(clientId, clientSecret, jwt, ringCentralServer);
    }

    /**
     * RingCentral access tokens the application supplies (current servers): the client asks for one whenever it must
     * exchange it for an Engage access token (at the start, and when a refresh fails).
     */
    static Credentials ringCentralToken(Supplier<? extends CompletionStage<String>> ringCentralAccessTokens) {
        return new RingCentralToken(Objects.requireNonNull(ringCentralAccessTokens, "ringCentralAccessTokens"));
    }

    /** The direct Engage login (current servers); {@code platformId} may be {@code null}. */
    static Credentials engageLogin(String username, String password, String platformId) {
        return new EngageLogin(username, password, platformId);
    }

    /**
     * The login of legacy servers: the auth token is sent as {@code X-Auth-Token} and replaced by a new login when the
     * server rejects it. With {@code stayLoggedIn} the token lives two weeks instead of one hour from its last use.
     */
    static Credentials legacyLogin(String username, String password, boolean stayLoggedIn) {
        return new LegacyLogin(username, password, stayLoggedIn);
    }

    /** Any other source of credentials. */
    static Credentials provider(TokenProvider provider) {
        return new Provider(Objects.requireNonNull(provider, "provider"));
    }

    /** A permanent API token. */
    record ApiToken(String token) implements Credentials {
        @Override
        public String kind() {
            return "apiToken";
        }

        @Override
        public String toString() {
            return "Credentials.apiToken(****)";
        }
    }

    /** An access token obtained elsewhere. */
    record AccessToken(String token) implements Credentials {
        @Override
        public String kind() {
            return "accessToken";
        }

        @Override
        public String toString() {
            return "Credentials.accessToken(****)";
        }
    }

    /** RingCentral JWT credentials; {@code ringCentralServer} is {@code null} for the default platform. */
    record RingCentralJwt(String clientId, String clientSecret, String jwt, String ringCentralServer)
            implements
                Credentials {
        @Override
        public String kind() {
            return "ringCentralJwt";
        }

        @Override
        public String toString() {
            return "Credentials.ringCentralJwt(clientId=" + clientId + ", clientSecret=****, jwt=****"
                    + (ringCentralServer == null ? "" : ", ringCentralServer=" + ringCentralServer) + ")";
        }
    }

    /** RingCentral access tokens the application supplies. */
    record RingCentralToken(Supplier<? extends CompletionStage<String>> ringCentralAccessTokens) implements Credentials {
        @Override
        public String kind() {
            return "ringCentralToken";
        }

        @Override
        public String toString() {
            return "Credentials.ringCentralToken(supplied)";
        }
    }

    /** The direct Engage login. */
    record EngageLogin(String username, String password, String platformId) implements Credentials {
        @Override
        public String kind() {
            return "engageLogin";
        }

        @Override
        public String toString() {
            return "Credentials.engageLogin(username=" + username + ", password=****"
                    + (platformId == null ? "" : ", platformId=" + platformId) + ")";
        }
    }

    /** The login of legacy servers. */
    record LegacyLogin(String username, String password, boolean stayLoggedIn) implements Credentials {
        @Override
        public String kind() {
            return "legacyLogin";
        }

        @Override
        public String toString() {
            return "Credentials.legacyLogin(username=" + username + ", password=****, stayLoggedIn=" + stayLoggedIn + ")";
        }
    }

    /** Any other source of credentials; its own {@code toString()} is not shown. */
    record Provider(TokenProvider provider) implements Credentials {
        @Override
        public String kind() {
            return "provider";
        }

        @Override
        public String toString() {
            return "Credentials.provider(" + provider.getClass().getSimpleName() + ")";
        }
    }
}
