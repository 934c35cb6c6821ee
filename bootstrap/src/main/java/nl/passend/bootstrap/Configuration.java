package nl.passend.bootstrap;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.passend.adapters.mail.SmtpLetterMailer;
import nl.passend.adapters.web.Tls;
import nl.passend.adapters.web.WebServer;
import nl.passend.application.letters.LetterDispatchService;

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
 * @param smtp the mail server the outbox sends letters through; without it letters stay in the outbox
 * @param outbox how often the outbox is looked at and how sending is retried
 */
record Configuration(WebServer.Settings web, boolean demo, Optional<Path> tokensFile, Optional<Path> policyFolder, Optional<Path> calendarFile,
    Optional<Path> letterTemplates, Optional<SmtpLetterMailer.Settings> smtp, Outbox outbox) {

  /**
   * The outbox's dispatcher.
   *
   * @param interval the pause between two looks at the outbox ({@code PASSEND_OUTBOX_INTERVAL_MS}, default 5 s)
   * @param dispatch the retry settings ({@code PASSEND_OUTBOX_RETRY_SECONDS}, default 30, doubling to an hour;
   *     {@code PASSEND_OUTBOX_MAX_ATTEMPTS}, default 12)
   */
  record Outbox(Duration interval, LetterDispatchService.Settings dispatch) {}

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
        value(env, "PASSEND_LETTER_TEMPLATE_DIR").map(Path::of), smtp(env), new Outbox(Duration.ofMillis(number(env, "PASSEND_OUTBOX_INTERVAL_MS",
            5_000, 50, 3_600_000)), new LetterDispatchService.Settings(Duration.ofSeconds(number(env, "PASSEND_OUTBOX_RETRY_SECONDS", 30, 1, 3_600)),
            (int) number(env, "PASSEND_OUTBOX_MAX_ATTEMPTS", 12, 1, 100), Duration.ofMinutes(5))));
  }

  /** The SMTP server of {@code PASSEND_SMTP_*}, when {@code PASSEND_SMTP_HOST} is set. */
  private static Optional<SmtpLetterMailer.Settings> smtp(Map<String, String> env) {
    Optional<String> host = value(env, "PASSEND_SMTP_HOST");
    if (host.isEmpty()) {
      return Optional.empty();
    }
    String from = value(env, "PASSEND_SMTP_FROM").orElseThrow(() -> new IllegalStateException("PASSEND_SMTP_FROM must be set with PASSEND_SMTP_HOST"));
    String startTls = value(env, "PASSEND_SMTP_STARTTLS").orElse("true");
    if (!startTls.equalsIgnoreCase("true") && !startTls.equalsIgnoreCase("false")) {
      throw new IllegalStateException("PASSEND_SMTP_STARTTLS must be true or false, but was '" + startTls + "'");
    }
    try {
      return Optional.of(new SmtpLetterMailer.Settings(host.get(), (int) number(env, "PASSEND_SMTP_PORT", 587, 1, 65_535),
          value(env, "PASSEND_SMTP_USER"), Optional.ofNullable(env.get("PASSEND_SMTP_PASSWORD")).filter(p -> !p.isEmpty()), from,
          Boolean.parseBoolean(startTls), 10_000));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
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
