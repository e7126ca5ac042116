package io.quarkiverse.engagevoice.client.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The JSON reader and writer of every Rest Client the library builds, registered explicitly on each of them, so
 * that the models are read and written by the library's own Jackson {@link ObjectMapper} whatever the server's
 * default JSON provider is: JSON-B on Payara (Jersey) or on WildFly with {@code resteasy.preferJacksonOverJsonB=false}
 * would drop undeclared properties and fail on the Engage date formats, and the application's own
 * {@code ObjectMapper} on Quarkus could carry settings the models do not expect.
 * <p>
 * It is deliberately not annotated {@code @Provider}: it must never be discovered by a server's scanning, and so
 * never touch the JSON of the application's own endpoints or clients. Texts, bytes, streams and responses are left
 * to the runtime's built-in providers. The media types are declared as precisely as the runtimes' JSON providers
 * declare theirs: a provider for {@code *}{@code /*} would lose to them whatever its priority.
 */
@Consumes({ MediaType.APPLICATION_JSON, "application/*+json", "text/json" })
@Produces({ MediaType.APPLICATION_JSON, "application/*+json", "text/json" })
public final class ModelJson implements MessageBodyReader<Object>, MessageBodyWriter<Object>, ContextResolver<ObjectMapper> {

    /**
     * The priority of each contract, for {@code register(provider(), contracts())}. The runtimes order providers of one
     * media type differently: RESTEasy and Jersey put the providers registered on a client ahead of their built-in ones,
     * then take the lowest priority value first; Quarkus REST takes the lowest value first for readers but the highest
     * first for writers, its own Jackson writer being an application provider of the default priority. So the reader
     * has a low value and the writer a high one. As a {@code ContextResolver<ObjectMapper>} on the client, it also hands
     * the library's mapper to any Jackson provider the runtime does pick (Quarkus REST's own Jackson writer among them),
     * never the application's.
     */
    private static final Map<Class<?>, Integer> CONTRACTS = Map.of(MessageBodyReader.class, Priorities.USER - 1000,
            MessageBodyWriter.class, Priorities.USER + 1_000_000, ContextResolver.class, Priorities.USER - 1000);

    private static final Map<Class<?>, Integer> MAPPER_CONTRACT = Map.of(ContextResolver.class, Priorities.USER - 1000);

    private static final ModelJson INSTANCE = new ModelJson();

    /** Types the runtime's own providers read and write as they are, never as JSON. */
    private static final List<Class<?>> UNTOUCHABLE = List.of(String.class, byte[].class, char[].class, InputStream.class,
            Reader.class, OutputStream.class, Writer.class, StreamingOutput.class, Response.class);

    private final ObjectMapper mapper = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private ModelJson() {
    }

    /** The one, stateless and thread-safe, instance shared by every Rest Client. */
    public static ModelJson provider() {
        return INSTANCE;
    }

    /** The reader and writer contracts, each with the priority that puts it ahead of the runtime's JSON providers. */
    public static Map<Class<?>, Integer> contracts() {
        return CONTRACTS;
    }

    /**
     * The resolver contract alone, for runtimes whose Jackson providers take the client's mapper from it, see
     * {@code RuntimeHooks.withRuntimeJson()}.
     */
    public static Map<Class<?>, Integer> mapperContract() {
        return MAPPER_CONTRACT;
    }

    /** The library's mapper, for the runtime's Jackson providers serving this client. */
    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return handles(type, mediaType);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        PushbackInputStream in = new PushbackInputStream(entityStream);
        int first = in.read();
        if (first < 0) {
            return null; // an empty 2xx body, as the servers send for some updates
        }
        in.unread(first);
        return mapper.readerFor(mapper.constructType(genericType != null ? genericType : type)).readValue(in);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return handles(type, mediaType);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        mapper.writerFor(mapper.constructType(genericType != null ? genericType : type)).writeValue(entityStream, value);
    }

    private static boolean handles(Class<?> type, MediaType mediaType) {
        if (mediaType == null) {
            return false;
        }
        String subtype = mediaType.getSubtype().toLowerCase(Locale.ROOT);
        if (!subtype.equals("json") && !subtype.endsWith("+json")) {
            return false;
        }
        for (Class<?> untouchable : UNTOUCHABLE) {
            if (untouchable.isAssignableFrom(type)) {
                return false;
            }
        }
        return true;
    }
}
