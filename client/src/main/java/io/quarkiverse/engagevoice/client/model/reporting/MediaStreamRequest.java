package io.quarkiverse.engagevoice.client.model.reporting;

import io.quarkiverse.engagevoice.client.model.ApiObject;

/**
 * Where to stream the audio of a dialog or segment (the API's {@code StartStreamRequestDTO}): a WebSocket
 * {@code url}, the {@code token} the receiver expects, and the audio format. {@link #toString()} never shows the
 * token.
 */
public class MediaStreamRequest extends ApiObject {

    private String streamId;
    private String url;
    private String token;
    private AudioStreamProperties properties;

    public MediaStreamRequest() {
    }

    /** A stream {@code streamId} to {@code url}, authenticated by {@code token}, in the server's default format. */
    public static MediaStreamRequest to(String streamId, String url, String token) {
        MediaStreamRequest r = new MediaStreamRequest();
        r.setStreamId(streamId);
        r.setUrl(url);
        r.setToken(token);
        return r;
    }

    /** Sets the audio format and returns this request. */
    public MediaStreamRequest audio(AudioStreamProperties format) {
        setProperties(format);
        return this;
    }

    /** The stream's id, chosen by the caller; the stop operations name it. */
    public String getStreamId() {
        return streamId;
    }

    public void setStreamId(String streamId) {
        this.streamId = streamId;
    }

    /** The receiver ({@code wss://...}). */
    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    /** A secret for the receiver: never logged. */
    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    /** The audio format (the API names this property {@code properties}). */
    public AudioStreamProperties getProperties() {
        return properties;
    }

    public void setProperties(AudioStreamProperties properties) {
        this.properties = properties;
    }

    @Override
    public String toString() {
        return "MediaStreamRequest[" + streamId + ", " + url + "]";
    }
}
