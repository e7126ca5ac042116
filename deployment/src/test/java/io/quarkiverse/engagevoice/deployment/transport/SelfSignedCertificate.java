package io.quarkiverse.engagevoice.deployment.transport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A fresh self-signed certificate for 127.0.0.1, made with the JDK's keytool: a PKCS#12 key store and its certificate
 * as PEM. Made once per key and JVM, so that both copies of a Quarkus unit test class see the same certificate.
 */
record SelfSignedCertificate(Path keyStore, String password, Path certificatePem) {

    static SelfSignedCertificate generate(String key) {
        String property = "self-signed-certificate." + key;
        String existing = System.getProperty(property);
        String password = "changeit-" + ProcessHandle.current().pid();
        if (existing != null) {
            Path dir = Path.of(existing);
            return new SelfSignedCertificate(dir.resolve("server.p12"), password, dir.resolve("server.pem"));
        }
        try {
            Path dir = Files.createTempDirectory("engage-voice-tls");
            Path keyStore = dir.resolve("server.p12");
            Path pem = dir.resolve("server.pem");
            String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            run(List.of(keytool, "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                    "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                    "-keystore", keyStore.toString(), "-storepass", password, "-keypass", password));
            run(List.of(keytool, "-exportcert", "-rfc", "-alias", "server", "-keystore", keyStore.toString(),
                    "-storepass", password, "-file", pem.toString()));
            System.setProperty(property, dir.toString());
            return new SelfSignedCertificate(keyStore, password, pem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
