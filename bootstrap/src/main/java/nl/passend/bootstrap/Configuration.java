package nl.passend.bootstrap;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.passend.adapters.web.Tls;
import nl.passend.adapters.web.WebServer;

/**
 * The server's settings, read from the environment (or any map of the same variables) and checked
 * before anything starts: a bad value stops the start with the variable named.
 *
 * @param web how the HTTP adapter listens
 * @param demo whether to seed the demo data and accept the demo tokens
 * @param tokensFile the file of real tokens, if any
 * @param policyFolder the folder of custom policy documents, if any
 * @param calendarFile the school-holiday file, if any
 * @param letterTemplates the folder of letter templates per policy ({@code <policyId>.html}), if any
 */
record Configuration(WebServer.Settings web, boolean demo, Optional<Path> tokensFile, Optional<Path> policyFolder, Optional<Path> calendarFile,
    Optional<Path> letterTemplates) {

  /**
   * Reads the settings.
   *
   * @throws IllegalStateException naming the variable whose value is wrong
   */
  static Configuration of(Map<String, String> env) {
    String host = value(env, "PASSEND_HOST").orElse("0.0.0.0");
    int port = (int) number(env, "PASSEND_PORT", 8080, 0, 65_535);
    long maxBytes = number(env, "PASSEND_MAX_REQUEST_BYTES", 20L * 1024 * 1024, 1024, Integer.MAX_VALUE);
    Set<String> corsOrigins = Arrays.stream(env.getOrDefault("PASSEND_CORS_ORIGINS", "").split(",")).map(String::strip)
        .filter(o -> !o.isEmpty()).collect(Collectors.toUnmodifiableSet());
    Optional<String> url = value(env, "PASSEND_API_CONTACT_URL");
    Optional<String> email = value(env, "PASSEND_API_CONTACT_EMAIL");
    Optional<WebServer.Contact> contact = url.isEmpty() && email.isEmpty() ? Optional.empty()
        : Optional.of(new WebServer.Contact(value(env, "PASSEND_API_CONTACT_NAME").orElse("Passend"), url.orElse(""), email.orElse("")));
    WebServer.Settings web = new WebServer.Settings(host, port, maxBytes, corsOrigins, tls(env), contact);
    boolean databaseConfigured = value(env, "PASSEND_DB_URL").isPresent();
    String demo = value(env, "PASSEND_DEMO").orElse(String.valueOf(!databaseConfigured));
    if (!demo.equalsIgnoreCase("true") && !demo.equalsIgnoreCase("false")) {
      throw new IllegalStateException("PASSEND_DEMO must be true or false, but was '" + demo + "'");
    }
    return new Configuration(web, Boolean.parseBoolean(demo), value(env, "PASSEND_TOKENS_FILE").map(Path::of),
        value(env, "PASSEND_POLICY_DIR").map(Path::of), value(env, "PASSEND_CALENDAR_FILE").map(Path::of),
        value(env, "PASSEND_LETTER_TEMPLATE_DIR").map(Path::of));
  }

  /** HTTPS with {@code PASSEND_TLS_KEYSTORE} (PKCS#12) and {@code PASSEND_TLS_KEYSTORE_PASSWORD}, if set. */
  private static Optional<Tls> tls(Map<String, String> env) {
    Optional<String> file = value(env, "PASSEND_TLS_KEYSTORE");
    if (file.isEmpty()) {
      return Optional.empty();
    }
    String password = env.get("PASSEND_TLS_KEYSTORE_PASSWORD");
    if (password == null) {
      throw new IllegalStateException("PASSEND_TLS_KEYSTORE_PASSWORD must be set with PASSEND_TLS_KEYSTORE");
    }
    try {
      return Optional.of(new Tls(Path.of(file.get()), password));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("PASSEND_TLS_KEYSTORE: cannot read " + file.get());
    }
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(s -> !s.isEmpty());
  }

  private static long number(Map<String, String> env, String name, long fallback, long min, long max) {
    Optional<String> value = value(env, name);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      long n = Long.parseLong(value.get());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalStateException(name + " must be a whole number from " + min + " to " + max + ", but was '" + value.get() + "'");
  }
}
