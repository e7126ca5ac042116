package io.quarkiverse.engagevoice.client.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;

import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkiverse.engagevoice.client.Credentials;
import io.quarkiverse.engagevoice.client.EngageVoiceClient;
import io.quarkiverse.engagevoice.client.Transport;
import io.quarkiverse.engagevoice.client.api.ActiveCallsApi;
import io.quarkiverse.engagevoice.client.api.AgentGroupsApi;
import io.quarkiverse.engagevoice.client.model.ActiveCall;
import io.quarkiverse.engagevoice.client.model.AgentGroup;
import io.quarkiverse.engagevoice.client.testing.RecordingServer;
import io.quarkiverse.engagevoice.client.testing.RecordingServer.Answer;

/**
 * The models are read by the library's own Jackson provider even when another JSON reader for the same media type is
 * registered on every Rest Client builder, ahead of RESTEasy's built-in ones (as JSON-B is on Payara, or on WildFly
 * with Jackson not preferred): the rival is never asked. The writer's precedence over the servers' and Quarkus' JSON
 * writers is shown where those run: {@code jakarta-ee-tests} (a PUT keeps the undeclared properties on Payara, whose
 * JSON-B would drop them) and {@code ApplicationJsonUntouchedTest} in the deployment module.
 */
class ModelJsonWireTest {

    private static final RecordingServer SERVER = RecordingServer.start();
    private static final AtomicInteger RIVAL_USES = new AtomicInteger();
    private static final EngageVoiceClient CLIENT = EngageVoiceClient.builder()
            .server(SERVER.url())
            .credentials(Credentials.accessToken("token-1"))
            .accountId("100")
            .transport(Transport.defaults()
                    .withRestClientBuilders(() -> RestClientBuilder.newBuilder().register(new RivalJson())))
            .build();

    @AfterAll
    static void stop() {
        CLIENT.close();
        SERVER.close();
    }

    @BeforeEach
    void reset() {
        SERVER.reset();
        RIVAL_USES.set(0);
    }

    @Test
    void undeclaredPropertiesSurviveGetModifyPut() {
        SERVER.enqueue(Answer.json(200, """
                {"agentGroupId":7,"groupName":"Sales","isDefault":false,\
                "futureSetting":{"level":3}}"""));
        SERVER.enqueue(Answer.json(200, "{\"agentGroupId\":7,\"groupName\":\"Sales 2\"}"));
        AgentGroupsApi groups = CLIENT.api(AgentGroupsApi.class);

        AgentGroup group = groups.get("~", 7);
        group.setGroupName("Sales 2");
        groups.update("~", 7, group);

        assertThat(group.otherProperties()).containsKey("futureSetting");
        RecordingServer.Request put = SERVER.requests().get(1);
        assertThat(put.method()).isEqualTo("PUT");
        assertThat(put.rawPath()).isEqualTo("/voice/api/v1/admin/accounts/100/agentGroups/7");
        assertThat(put.body()).contains("\"groupName\":\"Sales 2\"").contains("\"futureSetting\":{\"level\":3}")
                .contains("\"isDefault\":false");
        assertThat(RIVAL_USES).hasValue(0);
    }

    @Test
    void engageDatesAreRead() {
        SERVER.enqueue(Answer.json(200, "[{\"uii\":\"u-1\",\"enqueueTime\":\"2024-01-15T09:00:00.000+0000\"}]"));

        List<ActiveCall> calls = CLIENT.api(ActiveCallsApi.class).list("~");

        assertThat(calls).singleElement().extracting(ActiveCall::getEnqueueTime)
                .isEqualTo(OffsetDateTime.parse("2024-01-15T09:00:00Z"));
        assertThat(RIVAL_USES).hasValue(0);
    }

    /** A JSON reader of the runtime's, for the same media type, at the default priority: using it fails the call. */
    @Consumes(MediaType.APPLICATION_JSON)
    public static final class RivalJson implements MessageBodyReader<Object> {

        @Override
        public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return MediaType.APPLICATION_JSON_TYPE.isCompatible(mediaType);
        }

        @Override
        public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                MultivaluedMap<String, String> httpHeaders, InputStream entityStream) {
            RIVAL_USES.incrementAndGet();
            throw new IllegalStateException("the runtime's JSON provider read a model");
        }
    }
}
