package io.quarkiverse.engagevoice.client.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The {@code multipart/form-data} body of the API's file uploads (lead files, special-ANI lists, DNIS overrides,
 * allocation hours): one part, {@code file}, delimited by the fixed {@link #BOUNDARY}, so that the interfaces need no
 * multipart provider on any runtime.
 */
public final class MultipartFile {

    /** The boundary of every upload; a file that holds it is refused before anything is sent. */
    public static final String BOUNDARY = "EngageVoiceClient-7d3f0c5e1a9b4b62";

    /** {@code multipart/form-data} with {@link #BOUNDARY}: the {@code @Consumes} of the uploads. */
    public static final String MULTIPART_FORM_DATA = "multipart/form-data; boundary=" + BOUNDARY;

    private MultipartFile() {
    }

    /**
     * A body holding {@code file} as the part {@code file} named {@code fileName} ({@code upload.csv} when
     * {@code null}); quotes, backslashes and line breaks in the name are replaced by {@code _}.
     *
     * @throws IllegalArgumentException when the file holds {@link #BOUNDARY}
     */
    public static byte[] body(String fileName, byte[] file) {
        byte[] boundary = BOUNDARY.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + boundary.length <= file.length; i++) {
            if (Arrays.equals(file, i, i + boundary.length, boundary, 0, boundary.length)) {
                throw new IllegalArgumentException("the file holds the multipart boundary " + BOUNDARY);
            }
        }
        String name = fileName == null ? "upload.csv" : fileName.replaceAll("[\"\\r\\n\\\\]", "_");
        ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + 256);
        out.writeBytes(("--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
