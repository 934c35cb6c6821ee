package nl.passend.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import nl.passend.adapters.letters.PdfLetterRenderer;
import nl.passend.adapters.mail.SmtpLetterMailer;
import nl.passend.adapters.oso.OsoDossierReader;
import nl.passend.adapters.system.FileSchoolCalendarSource;
import nl.passend.adapters.system.RandomIdGenerator;
import nl.passend.adapters.system.SystemClock;
import nl.passend.adapters.web.Tokens;
import nl.passend.adapters.web.WebServer;
import nl.passend.application.Passend;
import nl.passend.application.common.port.out.Clock;
import nl.passend.application.policy.PolicyCatalogue;
import nl.passend.application.storage.Storage;
import nl.passend.application.storage.StorageProvider;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.policy.PartnershipPolicy;
import nl.passend.formats.PolicyCodec;
import nl.passend.formats.PolicyDocumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Passend server: the composition root that reads the configuration from the environment, opens
 * the storage, loads the policies, wires the use cases to the adapters and starts the HTTP adapter.
 * The settings are listed in the README ("Configuration"): {@code PASSEND_PORT} (8080),
 * {@code PASSEND_HOST} (all interfaces), {@code PASSEND_DB_URL}/{@code _USER}/{@code _PASSWORD} (else
 * the H2 file {@code ./data/passend}), {@code PASSEND_STORAGE=memory}, {@code PASSEND_TOKENS_FILE},
 * {@code PASSEND_DEMO} (default true without a database URL), {@code PASSEND_POLICY_DIR},
 * {@code PASSEND_CALENDAR_FILE}, {@code PASSEND_MAX_REQUEST_BYTES} (20 MB), {@code PASSEND_CORS_ORIGINS},
 * {@code PASSEND_TLS_KEYSTORE}/{@code _PASSWORD}, {@code PASSEND_API_CONTACT_NAME}/{@code _URL}/{@code _EMAIL}.
 */
public final class PassendServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PassendServer.class);

  private final WebServer web;
  private final Storage storage;
  private final Optional<OutboxLoop> outbox;

  private PassendServer(WebServer web, Storage storage, Optional<OutboxLoop> outbox) {
    this.web = web;
    this.storage = storage;
    this.outbox = outbox;
  }

  /**
   * Builds the server from a configuration map (normally the environment).
   *
   * @throws IllegalStateException with a message naming the setting, or the file and field, when a
   *     setting, a policy document, the tokens file or the calendar file is invalid
   */
  public static PassendServer create(Map<String, String> env) {
    Configuration config = Configuration.of(env);
    PolicyCatalogue policies = policies(config.policyFolder());
    Storage storage = openStorage(env, policies);
    try {
      Clock clock = new SystemClock();
      Passend passend = new Passend(storage, clock, new RandomIdGenerator(), calendars(config.calendarFile()),
          new OsoDossierReader(config.web().maxRequestBytes()), new PdfLetterRenderer(config.letterTemplates()));
      Tokens tokens = config.tokensFile().map(TokensFile::read).orElseGet(Tokens::new);
      if (config.demo()) {
        DemoData.addTokens(tokens);
        boolean seeded = DemoData.seed(passend, clock.today());
        LOG.warn("DEMO MODE - NOT FOR PRODUCTION: demo data {}, tokens demo-admin, demo-partnership, demo-committee, demo-board, demo-school, "
            + "demo-auditor accepted", seeded ? "seeded" : "already present");
      }
      Optional<OutboxLoop> outbox = config.smtp().map(smtp -> {
        LOG.info("letters: sent through the mail server at {}:{} from the outbox every {} ms", smtp.host(), smtp.port(),
            config.outbox().interval().toMillis());
        return new OutboxLoop(passend.letterDispatcher(new SmtpLetterMailer(smtp), config.outbox().dispatch()), config.outbox().interval());
      });
      if (outbox.isEmpty()) {
        LOG.warn("letters: no mail server configured (PASSEND_SMTP_HOST); decision letters are kept in the outbox and not sent");
      }
      return new PassendServer(WebServer.create(passend, tokens, config.web()), storage, outbox);
    } catch (RuntimeException e) {
      storage.close();
      throw e;
    }
  }

  /** The built-in policies plus the custom documents of {@code PASSEND_POLICY_DIR}, if set. */
  static PolicyCatalogue policies(Optional<Path> folder) {
    PolicyCatalogue catalogue = new PolicyCatalogue(PolicyCodec.builtIns());
    if (folder.isPresent()) {
      try {
        for (Map.Entry<String, PartnershipPolicy> document : PolicyCodec.readFolder(folder.get()).entrySet()) {
          PartnershipPolicy policy = document.getValue();
          if (catalogue.find(policy.id()).isPresent()) {
            throw new PolicyDocumentException(document.getKey(), "id", "policy " + policy.id() + " exists already (built in)");
          }
          catalogue.add(policy);
          LOG.info("custom policy {} loaded from {}", policy.id(), document.getKey());
        }
      } catch (PolicyDocumentException e) {
        throw new IllegalStateException(e.getMessage(), e);
      } catch (UncheckedIOException e) {
        throw new IllegalStateException("PASSEND_POLICY_DIR " + folder.get() + " cannot be read", e);
      }
    }
    return catalogue;
  }

  private static FileSchoolCalendarSource calendars(Optional<Path> file) {
    try {
      return new FileSchoolCalendarSource(file);
    } catch (IOException e) {
      throw new IllegalStateException("PASSEND_CALENDAR_FILE cannot be read: " + e.getMessage(), e);
    } catch (InvalidValueException e) {
      throw new IllegalStateException("PASSEND_CALENDAR_FILE: " + e.getMessage(), e);
    }
  }

  static Storage openStorage(Map<String, String> env, PolicyCatalogue policies) {
    StorageProvider provider = ServiceLoader.load(StorageProvider.class).stream()
        .map(ServiceLoader.Provider::get)
        .filter(p -> p.accepts(env))
        .max(Comparator.comparingInt(StorageProvider::priority))
        .orElseThrow(() -> new IllegalStateException("no storage adapter on the class path"));
    LOG.info("storage: {}", provider.name());
    return provider.open(env, policies);
  }

  /** The registered routes: path templates (relative to the server root) with their methods. */
  Map<String, Set<String>> routeTable() {
    return web.routeTable();
  }

  /** Starts listening. */
  public PassendServer start() {
    web.start();
    outbox.ifPresent(OutboxLoop::start);
    return this;
  }

  /** The port it listens on. */
  public int port() {
    return web.port();
  }

  /** Stops the server, letting running requests finish, and closes the storage. */
  @Override
  public void close() {
    web.close();
    outbox.ifPresent(OutboxLoop::close);
    storage.close();
  }

  /** Starts the server with the environment's configuration. */
  public static void main(String[] args) {
    PassendServer server;
    try {
      server = create(System.getenv()).start();
    } catch (IllegalStateException | IllegalArgumentException e) {
      LOG.error("Passend cannot start: {}", e.getMessage());
      System.exit(2);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "passend-shutdown"));
    LOG.info("Passend listens on port {} (API at /api/v1, OpenAPI at /api/v1/openapi.json)", server.port());
  }
}
