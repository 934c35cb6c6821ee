package nl.passend.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real headless Chromium (Debian's chromium and chromium-driver, as .ci/run installs
 * them): a school submits, the partnership acknowledges, assesses and completes the dossier, the
 * committee decides, a stale change shows the conflict, the dashboard draws its charts, an auditor reads
 * the audit trail, and a school cannot open another school's student. axe-core checks every page against
 * WCAG 2.1 AA, and every page is photographed at 1280×800 into {@code target/console-screenshots}.
 */
@EnabledIf(value = "browserAvailable", disabledReason = "the browser tests need /usr/bin/chromium and /usr/bin/chromedriver "
    + "(apt-get install -y chromium chromium-driver, as .ci/run does)")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target/console-screenshots");
  private static PassendServer server;
  private static WebDriver browser;
  private static String base;
  private static String submittedId;

  static boolean browserAvailable() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!present && Boolean.getBoolean("passend.browser")) {
      throw new IllegalStateException("-Dpassend.browser=true but Chromium or chromedriver is missing");
    }
    return present;
  }

  @BeforeAll
  static void start() throws IOException {
    // The demo, plus staff of the VO partnership vo-22-01 for the LWOO register.
    Path tokens = Files.createTempFile("tokens", ".csv");
    Files.writeString(tokens, "vo-staff-token,PARTNERSHIP_STAFF,PARTNERSHIP,vo-22-01\n");
    java.util.Map<String, String> env = TestDatabases.serverEnv();
    env.put("PASSEND_STORAGE", "memory");
    env.put("PASSEND_TOKENS_FILE", tokens.toString());
    server = PassendServer.create(env).start();
    base = "http://127.0.0.1:" + server.port();
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new", "--no-sandbox",
        "--disable-dev-shm-usage", "--lang=nl-NL", "--window-size=1280,800", "--force-device-scale-factor=1");
    browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build(), options);
    browser.manage().window().setSize(new Dimension(1280, 800));
    // The page itself is 1280×800, whatever the headless window's frame takes.
    ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", 1280, "height", 800,
        "deviceScaleFactor", 1, "mobile", false));
    browser.manage().timeouts().implicitlyWait(Duration.ZERO);
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private static WebDriverWait await() {
    return new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  private static WebElement heading(String text) {
    return await().until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//h1[normalize-space()='" + text + "']")));
  }

  private static void signIn(String token) {
    browser.get(base + "/");
    if (!browser.findElements(By.xpath("//button[normalize-space()='Afmelden']")).isEmpty()) {
      browser.findElement(By.xpath("//button[normalize-space()='Afmelden']")).click();
    }
    heading("Aanmelden");
    WebElement field = browser.findElement(By.id("token"));
    field.clear();
    field.sendKeys(token);
    browser.findElement(By.xpath("//button[normalize-space()='Aanmelden']")).click();
    await().until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//button[normalize-space()='Afmelden']")));
  }

  /** axe-core: no violation of WCAG 2.1 A or AA on the page as it is now; the picture of it is kept. */
  private static void accessibleAndPhotographed(String name) throws IOException {
    Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
    List<Rule> violations = results.getViolations();
    assertThat(violations).as(name + ": " + violations.stream().map(v -> v.getId() + " " + v.getNodes().stream().map(n -> n.getTarget().toString())
        .collect(Collectors.joining(", "))).collect(Collectors.joining("; "))).isEmpty();
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
    Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static void act(String action, String buttonText) {
    WebElement form = await().until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//form[.//legend[normalize-space()='" + action + "']]")));
    form.findElement(By.xpath(".//button[normalize-space()='" + buttonText + "']")).click();
  }

  private static void awaitText(String text) {
    await().until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(normalize-space(), \"" + text + "\")]")));
  }

  @Test
  @Order(1)
  void aSchoolSubmitsAndCannotOpenAnotherSchoolsStudent() throws IOException {
    browser.get(base + "/");
    heading("Aanmelden");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
    accessibleAndPhotographed("01-aanmelden");
    signIn("demo-school");
    heading("Werkvoorraad");
    browser.findElement(By.linkText("Nieuwe aanvraag")).click();
    heading("Nieuwe aanvraag");
    browser.findElement(By.id("s-student")).sendKeys("demo-0025");
    browser.findElement(By.xpath("//button[normalize-space()='Leerling controleren']")).click();
    awaitText("U heeft geen toegang tot deze gegevens.");
    browser.findElement(By.id("s-student")).clear();
    browser.findElement(By.id("s-student")).sendKeys("demo-0014");
    browser.findElement(By.xpath("//button[normalize-space()='Leerling controleren']")).click();
    awaitText("ingeschreven bij 99PE00");
    accessibleAndPhotographed("02-nieuwe-aanvraag");
    new Select(browser.findElement(By.id("s-type"))).selectByValue("SBO");
    browser.findElement(By.xpath("//button[normalize-space()='Aanvraag indienen']")).click();
    WebElement title = await().until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//h1[starts-with(normalize-space(), 'Aanvraag app-')]")));
    submittedId = title.getText().substring("Aanvraag ".length());
    awaitText("Ingediend");
    accessibleAndPhotographed("03-aanvraag-ingediend");
  }

  @Test
  @Order(2)
  void thePartnershipAcknowledgesAssessesAndCompletesTheDossier() throws IOException {
    signIn("demo-partnership");
    heading("Werkvoorraad");
    awaitText(submittedId);
    accessibleAndPhotographed("04-werkvoorraad");
    browser.findElement(By.linkText(submittedId)).click();
    heading("Aanvraag " + submittedId);
    act("Ontvangst bevestigen", "Ontvangst bevestigen");
    awaitText("De aanvraag is nu: Ontvangst bevestigd.");
    act("Beoordeling starten", "Beoordeling starten");
    awaitText("De aanvraag is nu: In beoordeling.");
    browser.findElement(By.xpath("//summary[normalize-space()='Dossier bijwerken']")).click();
    for (WebElement box : browser.findElements(By.cssSelector("input[type=checkbox]"))) {
      if (!box.isSelected()) {
        box.click();
      }
    }
    browser.findElement(By.id("e1-ref")).sendKeys("deskundige-a");
    new Select(browser.findElement(By.id("e1-profession"))).selectByValue("ORTHOPEDAGOGUE");
    browser.findElement(By.id("e1-employer")).sendKeys("99PE00");
    setDate("e1-given", LocalDate.now().minusDays(5));
    browser.findElement(By.id("e2-ref")).sendKeys("deskundige-b");
    new Select(browser.findElement(By.id("e2-profession"))).selectByValue("PSYCHOLOGIST");
    setDate("e2-given", LocalDate.now().minusDays(4));
    browser.findElement(By.xpath("//button[normalize-space()='Dossier opslaan']")).click();
    awaitText("Het dossier is bijgewerkt.");
    awaitText("Het dossier is compleet.");
    accessibleAndPhotographed("05-aanvraag-in-beoordeling");
  }

  @Test
  @Order(3)
  void theCommitteeDecidesAndAStaleChangeShowsTheConflict() throws IOException {
    signIn("demo-committee");
    heading("Werkvoorraad");
    browser.findElement(By.linkText(submittedId)).click();
    heading("Aanvraag " + submittedId);
    // Someone else changes the application after this page was opened.
    Client client = new Client(server.port());
    Client.Reply current = client.get("demo-partnership", "/api/v1/applications/" + submittedId);
    Client.Reply hearing = client.post("demo-partnership", "/api/v1/applications/" + submittedId + "/schedule-hearing", "{}", current.etag());
    assertThat(hearing.status()).as(hearing.body()).isEqualTo(200);
    fillGrant();
    awaitText("Iemand anders heeft deze aanvraag gewijzigd nadat u haar opende.");
    accessibleAndPhotographed("06-conflict");
    browser.findElement(By.xpath("//button[normalize-space()='Opnieuw laden']")).click();
    awaitText("Hoorzitting");
    // po-22-01 has no advice step (R-DL-3: the committee decides), so the page offers none.
    assertThat(browser.findElements(By.xpath("//form[.//legend[normalize-space()='Advies van de commissie']]"))).isEmpty();
    WebElement grantForm = browser.findElement(By.xpath("//form[.//legend[normalize-space()='Toekennen']]"));
    grantForm.findElement(By.xpath(".//summary[normalize-space()='Beschikking per e-mail versturen']")).click();
    browser.findElement(By.id("a-grant-GUARDIANS-name")).sendKeys("Fam. Voorbeeld");
    browser.findElement(By.id("a-grant-GUARDIANS-email")).sendKeys("ouders@example.org");
    fillGrant();
    awaitText("De aanvraag is nu: Toegekend.");
    awaitText("Toelaatbaarheidsverklaring");
    // No mail server in this test: the letter waits in the outbox, and the page says so without the address.
    awaitText("wacht op verzending");
    assertThat(browser.getPageSource()).doesNotContain("ouders@example.org");
    accessibleAndPhotographed("07-aanvraag-toegekend");
    // The demo application, ready for the committee from the start, is decided the same way.
    browser.findElement(By.linkText("Werkvoorraad")).click();
    heading("Werkvoorraad");
    browser.findElement(By.xpath("//tr[.//td[normalize-space()='" + DemoData.DEMO_APPLICANT + "']]//a")).click();
    await().until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//h1[starts-with(normalize-space(), 'Aanvraag app-')]")));
    fillGrant();
    awaitText("De aanvraag is nu: Toegekend.");
  }

  private static void fillGrant() {
    WebElement form = await().until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//form[.//legend[normalize-space()='Toekennen']]")));
    String prefix = "a-grant-";
    setDate(prefix + "startDate", LocalDate.now().plusDays(14));
    LocalDate july31 = LocalDate.of(LocalDate.now().getYear() + 1, 7, 31);
    setDate(prefix + "endDate", july31);
    form.findElement(By.id(prefix + "reason")).sendKeys("Aangewezen op speciaal basisonderwijs.");
    form.findElement(By.xpath(".//button[normalize-space()='Toekennen']")).click();
  }

  /** Date inputs take the value through the DOM: typing dates is locale-dependent in Chromium. */
  private static void setDate(String id, LocalDate date) {
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
        "const e = document.getElementById(arguments[0]); e.value = arguments[1]; e.dispatchEvent(new Event('change'));", id, date.toString());
  }

  @Test
  @Order(4)
  void theVoPartnershipDecidesAnLwooDesignationFromItsInbox() throws IOException {
    Client client = new Client(server.port());
    Client.Reply submitted = client.lwooRequest("vo-staff-token", "b-vo-console", "99VX00", "vo-console-1");
    String id = submitted.json().get("id").asText();
    signIn("vo-staff-token");
    heading("Werkvoorraad");
    awaitText("LWOO-aanwijzingen in behandeling");
    browser.findElement(By.linkText(id)).click();
    heading("LWOO-aanwijzing " + id);
    awaitText("Komt in aanmerking");
    accessibleAndPhotographed("10-lwoo-aanwijzing");
    act("Toekennen", "Toekennen");
    awaitText("De aanwijzing is nu: Toegekend.");
  }

  @Test
  @Order(5)
  void theDashboardDrawsItsChartsAndTheAuditorReadsTheTrail() throws IOException {
    signIn("demo-partnership");
    browser.findElement(By.linkText("Dashboard")).click();
    heading("Dashboard");
    await().until(d -> d.findElements(By.cssSelector(".chart canvas")).size() >= 3);
    assertThat(browser.findElements(By.cssSelector("figure [role=img]"))).hasSizeGreaterThanOrEqualTo(4);
    awaitText("Streefcijfers");
    accessibleAndPhotographed("08-dashboard");
    // The policy simulation: the policy in force as its own candidate changes nothing.
    Path candidate = Files.createTempFile("kandidaat", ".json");
    Files.writeString(candidate, new Client(server.port()).get("demo-partnership", "/api/v1/policies/po-22-01").body());
    browser.findElement(By.id("sim-file")).sendKeys(candidate.toAbsolutePath().toString());
    browser.findElement(By.xpath("//button[normalize-space()='Doorrekenen']")).click();
    awaitText("besluiten doorgerekend; 0 zouden anders uitvallen.");
    Files.deleteIfExists(candidate);
    signIn("demo-auditor");
    heading("Dashboard");
    // An auditor reads reports and audit trails, not the applications themselves (R-PRIV-1): the server says so, the console shows it.
    browser.get(base + "/#/applications/" + submittedId);
    heading("Aanvraag " + submittedId);
    awaitText("U heeft geen toegang tot deze gegevens.");
    browser.findElement(By.linkText("Dashboard")).click();
    heading("Dashboard");
    browser.findElement(By.id("audit-subject")).sendKeys(submittedId);
    browser.findElement(By.xpath("//button[normalize-space()='Audittrail tonen']")).click();
    heading("Audittrail " + submittedId);
    awaitText("application.grant");
    accessibleAndPhotographed("09-audittrail");
    browser.findElement(By.xpath("//button[normalize-space()='Afmelden']")).click();
    heading("Aanmelden");
    awaitText("U bent afgemeld.");
    Object token = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return sessionStorage.getItem('passend.token');");
    assertThat(token).as("signing out forgets the token").isNull();
    assertThat(browser.getCurrentUrl()).doesNotContain("demo-");
  }
}
