package nl.passend.adapters.web;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * HTTPS for the server (NL API Design Rules, {@code /core/transport/tls}): with a PKCS#12 keystore
 * the server listens with TLS 1.2 or 1.3 only, on the same host and port, and every answer carries
 * {@code Strict-Transport-Security}. Without one it serves plain HTTP and says at start-up that it
 * must run behind a TLS-terminating proxy.
 *
 * @param keystore the PKCS#12 keystore with the server's key and certificate
 * @param password its password
 */
public record Tls(Path keystore, String password) {
  /** One year, as the Design Rules' examples use. */
  static final long HSTS_SECONDS = 31_536_000L;

  /**
   * Checks that the keystore can be read.
   *
   * @throws IllegalArgumentException when it cannot, or the password is missing
   */
  public Tls {
    if (keystore == null || !Files.isReadable(keystore)) {
      throw new IllegalArgumentException("cannot read the TLS keystore " + keystore);
    }
    if (password == null) {
      throw new IllegalArgumentException("the TLS keystore needs its password");
    }
  }

  /** The HTTPS connector, in place of the plain one. */
  Connector connector(Server server, HttpConfiguration http, String host, int port) {
    SslContextFactory.Server ssl = new SslContextFactory.Server();
    ssl.setKeyStorePath(keystore.toAbsolutePath().toString());
    ssl.setKeyStorePassword(password);
    ssl.setKeyStoreType("PKCS12");
    ssl.setIncludeProtocols("TLSv1.2", "TLSv1.3");
    HttpConfiguration https = new HttpConfiguration(http);
    SecureRequestCustomizer secure = new SecureRequestCustomizer();
    // Clients reach the server by IP address as often as by name; the certificate is the operator's concern.
    secure.setSniHostCheck(false);
    secure.setStsMaxAge(HSTS_SECONDS);
    https.addCustomizer(secure);
    ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(https));
    connector.setHost(host);
    connector.setPort(port);
    return connector;
  }
}
