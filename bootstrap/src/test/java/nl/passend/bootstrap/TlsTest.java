package nl.passend.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS (NL API Design Rules {@code /core/transport/tls}): with a PKCS#12 keystore the server speaks
 * TLS 1.2 or 1.3 only and sends {@code Strict-Transport-Security}; plain HTTP on its port gets no
 * answer. The keystore is generated for the test with the JDK's keytool.
 */
class TlsTest {
  @TempDir
  Path dir;

  @Test
  void theServerSpeaksOnlyTlsWithHstsWhenAKeystoreIsGiven() throws Exception {
    Path keystore = dir.resolve("server.p12");
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
        "-alias", "passend", "-keyalg", "RSA", "-keysize", "2048", "-storetype", "PKCS12", "-keystore", keystore.toString(),
        "-storepass", "test-password", "-dname", "CN=localhost", "-validity", "2", "-ext", "SAN=ip:127.0.0.1,dns:localhost")
        .redirectErrorStream(true).start();
    assertThat(keytool.waitFor()).as(new String(keytool.getInputStream().readAllBytes())).isZero();

    Map<String, String> env = TestDatabases.serverEnv();
    env.put("PASSEND_STORAGE", "memory");
    env.put("PASSEND_TLS_KEYSTORE", keystore.toString());
    env.put("PASSEND_TLS_KEYSTORE_PASSWORD", "test-password");
    try (PassendServer server = PassendServer.create(env).start()) {
      SSLContext trusting = trusting(keystore);
      HttpClient https = HttpClient.newBuilder().sslContext(trusting).connectTimeout(Duration.ofSeconds(5)).build();
      HttpResponse<String> health = https.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + server.port() + "/api/v1/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));
      assertThat(health.headers().firstValue("API-Version")).isPresent();

      try (SSLSocket socket = (SSLSocket) trusting.getSocketFactory().createSocket("127.0.0.1", server.port())) {
        socket.startHandshake();
        assertThat(socket.getSession().getProtocol()).isIn("TLSv1.2", "TLSv1.3");
      }
      try (SSLSocket old = (SSLSocket) trusting.getSocketFactory().createSocket("127.0.0.1", server.port())) {
        old.setEnabledProtocols(supported(old, "TLSv1.1"));
        assertThatThrownBy(old::startHandshake).as("TLS 1.1 is refused").isInstanceOf(java.io.IOException.class);
      }
      HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      assertThatThrownBy(() -> {
        HttpResponse<String> r = plain.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/health"))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("plain HTTP on the TLS port").isNotEqualTo(200);
        throw new java.io.IOException("answered " + r.statusCode());
      }).isInstanceOf(java.io.IOException.class);
    }
  }

  private static SSLContext trusting(Path keystore) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      store.load(in, "test-password".toCharArray());
    }
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, tmf.getTrustManagers(), null);
    return context;
  }

  /** The protocol if this JDK still offers it for testing, else an empty list (the handshake then fails as it should). */
  private static String[] supported(SSLSocket socket, String protocol) {
    return List.of(socket.getSupportedProtocols()).contains(protocol) ? new String[] {protocol} : new String[0];
  }
}
