package nl.passend.adapters.letters;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.passend.application.decision.port.out.LetterRenderer;
import nl.passend.domain.decision.DecisionLetter;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.SpecialNeedsType;

/**
 * The decision letter (beschikking) as an accessible PDF: a Dutch HTML template filled with the
 * letter's parts, laid out by openhtmltopdf on PDFBox, tagged for PDF/UA with the DejaVu fonts
 * embedded. A partnership replaces the template per policy with a file {@code <policyId>.html} in a
 * folder; a template must hold every legally required part ({@link #REQUIRED}), or it is refused
 * when the renderer is made.
 */
public final class PdfLetterRenderer implements LetterRenderer {
  /**
   * The parts every template must place: the decision, its reasons with the criteria applied to the
   * facts (Awb 3:46), the legal basis and the objection clause.
   */
  public static final List<String> REQUIRED = List.of("{{besluit}}", "{{motivering}}", "{{toetsing}}", "{{grondslag}}", "{{bezwaar}}",
      "{{datum}}", "{{afzender}}");
  private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
  private final String defaultTemplate;
  private final Map<PolicyId, String> templates;
  private final byte[] regular;
  private final byte[] bold;

  /** A renderer with the default template only. */
  public PdfLetterRenderer() {
    this(Optional.empty());
  }

  /**
   * A renderer whose templates per policy are the files {@code <policyId>.html} of a folder.
   *
   * @throws IllegalArgumentException naming the file and the part it lacks
   */
  public PdfLetterRenderer(Optional<Path> templateFolder) {
    this.defaultTemplate = resource("beschikking.html");
    this.regular = bytes("fonts/DejaVuSans.ttf");
    this.bold = bytes("fonts/DejaVuSans-Bold.ttf");
    this.templates = new LinkedHashMap<>();
    templateFolder.ifPresent(folder -> {
      try (var files = Files.newDirectoryStream(folder, "*.html")) {
        for (Path file : files) {
          String name = file.getFileName().toString();
          String template = Files.readString(file, StandardCharsets.UTF_8);
          check(template, name);
          templates.put(PolicyId.of(name.substring(0, name.length() - ".html".length())), template);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("letter templates in " + folder + " cannot be read", e);
      }
    });
    check(defaultTemplate, "beschikking.html");
  }

  /** Refuses a template that lacks a legally required part. */
  static void check(String template, String name) {
    for (String part : REQUIRED) {
      if (!template.contains(part)) {
        throw new IllegalArgumentException("letter template " + name + ": the required part " + part + " is missing");
      }
    }
  }

  @Override
  public Rendered render(DecisionLetter letter, PolicyId policy) {
    String html = fill(templates.getOrDefault(policy, defaultTemplate), letter);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfUaAccessibility(true);
      builder.useFont(() -> new java.io.ByteArrayInputStream(regular), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
      builder.useFont(() -> new java.io.ByteArrayInputStream(bold), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
      return new Rendered("application/pdf", out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("the letter cannot be rendered", e);
    }
  }

  /** The template with every part filled in, escaped for HTML. */
  static String fill(String template, DecisionLetter l) {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("{{afzender}}", esc(l.partnershipName()));
    parts.put("{{regio}}", esc(l.partnershipRegion()));
    // The sender's postal address, one line each; the region when the partnership gave no address.
    parts.put("{{adres}}", l.partnershipAddress().isEmpty() ? esc(l.partnershipRegion())
        : String.join("<br />", l.partnershipAddress().lines().map(PdfLetterRenderer::esc).toList()));
    parts.put("{{aanvraag}}", esc(l.applicationId()));
    parts.put("{{datum}}", DUTCH.format(l.decidedOn()));
    parts.put("{{besluit-kort}}", switch (l.kind()) {
      case GRANTED -> "toelaatbaarheidsverklaring afgegeven";
      case REFUSED -> "aanvraag afgewezen";
      case NOT_CONSIDERED -> "aanvraag niet in behandeling genomen";
      case OBJECTION_UPHELD -> "bezwaar gegrond";
      case OBJECTION_DISMISSED, LWOO_OBJECTION_DISMISSED -> "bezwaar ongegrond";
      case LWOO_DESIGNATED -> "aanwijzing leerwegondersteunend onderwijs";
      case LWOO_REFUSED -> "aanvraag om aanwijzing LWOO afgewezen";
      case LWOO_OBJECTION_UPHELD -> "bezwaar gegrond";
    });
    parts.put("{{besluit}}", esc(decision(l)));
    parts.put("{{motivering}}", l.reasons().isBlank() ? "Het samenwerkingsverband heeft de aanvraag beoordeeld volgens zijn ondersteuningsplan."
        : esc(l.reasons()));
    parts.put("{{toetsing}}", criteria(l));
    parts.put("{{verklaring}}", statement(l));
    parts.put("{{grondslag}}", esc(l.legalBasis()) + (l.schoolType() == SchoolType.SBO || l.schoolType() == SchoolType.SO
        || l.schoolType() == SchoolType.VSO || l.schoolType() == SchoolType.PRO || l.kind().lwoo()
        ? " en het ondersteuningsplan van het samenwerkingsverband" : ""));
    parts.put("{{bezwaar}}", l.kind().onObjection() ? esc("Bent u het niet eens met deze beslissing op bezwaar, dan kunt u binnen zes weken na "
        + "de dag waarop zij bekend is gemaakt beroep instellen bij de rechtbank (sector bestuursrecht), dus uiterlijk op "
        + DUTCH.format(l.objectionLastDay()) + ". Een nieuw bezwaar bij het samenwerkingsverband is niet mogelijk "
        + "(Algemene wet bestuursrecht, artikelen 6:7 en 8:1).") : esc("Bent u het niet eens met dit besluit, dan kunt u (de ouders of verzorgers, of het bevoegd gezag van de school "
        + "die de aanvraag deed) binnen zes weken na de dag waarop dit besluit bekend is gemaakt bezwaar maken, dus uiterlijk op "
        + DUTCH.format(l.objectionLastDay()) + ". Stuur uw bezwaarschrift, ondertekend en met uw naam, adres, de datum, dit kenmerk en "
        + "de redenen van uw bezwaar, aan het bestuur van " + l.partnershipName()
        + (l.partnershipAddress().isEmpty() ? "" : ", " + String.join(", ", l.partnershipAddress().lines().toList()))
        + ". Het samenwerkingsverband vraagt over uw bezwaar "
        + "advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (Onderwijsgeschillen) en beslist daarna op uw "
        + "bezwaar (Algemene wet bestuursrecht, artikelen 6:7 en 7:10)."));
    String out = template;
    for (Map.Entry<String, String> e : parts.entrySet()) {
      out = out.replace(e.getKey(), e.getValue());
    }
    // Every template gets the embedded fonts first (PDF/UA needs them embedded); its own style may follow.
    String base = "<style>body { font-family: 'DejaVu Sans'; }</style>";
    return out.contains("<head>") ? out.replace("<head>", "<head>" + base) : base + out;
  }

  private static String decision(DecisionLetter l) {
    return switch (l.kind()) {
      case GRANTED -> "Het samenwerkingsverband " + l.partnershipName() + " geeft een toelaatbaarheidsverklaring af voor "
          + schoolType(l.schoolType()) + l.specialNeedsType().map(t -> ", " + type(t)).orElse("") + ".";
      case REFUSED -> "Het samenwerkingsverband " + l.partnershipName() + " wijst de aanvraag om een toelaatbaarheidsverklaring voor "
          + schoolType(l.schoolType()) + " af.";
      case NOT_CONSIDERED -> "Het samenwerkingsverband " + l.partnershipName() + " neemt de aanvraag om een toelaatbaarheidsverklaring voor "
          + schoolType(l.schoolType()) + " niet in behandeling.";
      case OBJECTION_UPHELD -> "Het samenwerkingsverband " + l.partnershipName() + " verklaart het bezwaar tegen zijn besluit over de aanvraag om "
          + "een toelaatbaarheidsverklaring voor " + schoolType(l.schoolType()) + " gegrond en herroept dat besluit.";
      case OBJECTION_DISMISSED -> "Het samenwerkingsverband " + l.partnershipName() + " verklaart het bezwaar tegen zijn besluit over de aanvraag "
          + "om een toelaatbaarheidsverklaring voor " + schoolType(l.schoolType()) + " ongegrond en handhaaft dat besluit.";
      case LWOO_DESIGNATED -> "Het samenwerkingsverband " + l.partnershipName() + " wijst de leerling aan voor leerwegondersteunend onderwijs"
          + " (LWOO) met ingang van " + DUTCH.format(l.designatedFrom().orElseThrow()) + ".";
      case LWOO_REFUSED -> "Het samenwerkingsverband " + l.partnershipName() + " wijst de aanvraag om de leerling aan te wijzen voor"
          + " leerwegondersteunend onderwijs (LWOO) af.";
      case LWOO_OBJECTION_UPHELD -> "Het samenwerkingsverband " + l.partnershipName() + " verklaart het bezwaar tegen zijn besluit over de"
          + " aanwijzing voor leerwegondersteunend onderwijs (LWOO) gegrond en herroept dat besluit.";
      case LWOO_OBJECTION_DISMISSED -> "Het samenwerkingsverband " + l.partnershipName() + " verklaart het bezwaar tegen zijn besluit over de"
          + " aanwijzing voor leerwegondersteunend onderwijs (LWOO) ongegrond en handhaaft dat besluit.";
    };
  }

  /**
   * The criteria of the policy applied to the recorded facts: the conclusion, then a table of every
   * rule in Dutch with its verdict; nothing when no facts were recorded.
   */
  private static String criteria(DecisionLetter l) {
    if (l.criteria().isEmpty()) {
      return "";
    }
    DecisionLetter.CriteriaCheck c = l.criteria().get();
    StringBuilder html = new StringBuilder("<h2>Toetsing aan de criteria</h2><p>")
        .append(esc("De aanvraag is getoetst aan de criteria voor " + nl.passend.domain.eligibility.DutchExplanation.schemeName(c.scheme())
            + " van het ondersteuningsplan (versie van " + version(c.schemeVersion()) + "), op de gegevens die bij de aanvraag zijn vastgelegd. "
            + c.lines().get(0).sentence()))
        .append("</p>");
    if (c.lines().size() > 1) {
      html.append("<table><tr><th scope=\"col\">Criterium</th><th scope=\"col\">Uitkomst</th></tr>");
      for (var line : c.lines().subList(1, c.lines().size())) {
        html.append("<tr><td>").append(esc(line.sentence())).append("</td><td>").append(esc(line.verdict())).append("</td></tr>");
      }
      html.append("</table>");
    }
    return html.toString();
  }

  /** A scheme version (an ISO date) as a Dutch date, or as it is when it is not a date. */
  private static String version(String version) {
    try {
      return DUTCH.format(java.time.LocalDate.parse(version));
    } catch (java.time.format.DateTimeParseException e) {
      return version;
    }
  }

  private static String statement(DecisionLetter l) {
    if (l.designatedFrom().isPresent()) {
      // R-LWOO-1: a designation is not renewed yearly; it ends when the student leaves LWOO at the school.
      StringBuilder rows = new StringBuilder("<h2>Aanwijzing leerwegondersteunend onderwijs</h2><table>");
      row(rows, "Kenmerk", l.applicationId());
      row(rows, "Geldig vanaf", DUTCH.format(l.designatedFrom().get()));
      row(rows, "Geldig tot", "de leerling het leerwegondersteunend onderwijs op deze school verlaat; de aanwijzing hoeft niet jaarlijks"
          + " te worden verlengd");
      return rows.append("</table>").toString();
    }
    if (l.statement().isEmpty()) {
      return "";
    }
    DecisionLetter.StatementTerms s = l.statement().get();
    StringBuilder rows = new StringBuilder("<h2>Toelaatbaarheidsverklaring</h2><table>");
    row(rows, "Volgnummer", String.valueOf(s.number()));
    row(rows, "Onderwijssoort", schoolType(s.schoolType()));
    s.specialNeedsType().ifPresent(t -> row(rows, "Cluster en soort", "cluster " + t.cluster().number() + ", " + type(t)));
    s.fundingCategory().ifPresent(c -> row(rows, "Bekostigingscategorie", category(c)));
    row(rows, "Geldig vanaf", DUTCH.format(s.startDate()));
    row(rows, "Geldig tot en met", s.endDate().map(DUTCH::format).orElse("zonder einddatum (praktijkonderwijs)"));
    return rows.append("</table>").toString();
  }

  private static void row(StringBuilder rows, String label, String value) {
    rows.append("<tr><th scope=\"row\">").append(esc(label)).append("</th><td>").append(esc(value)).append("</td></tr>");
  }

  private static String schoolType(SchoolType t) {
    return switch (t) {
      case SBO -> "speciaal basisonderwijs (SBO)";
      case SO -> "speciaal onderwijs (SO)";
      case VSO -> "voortgezet speciaal onderwijs (VSO)";
      case PRO -> "praktijkonderwijs (PrO)";
      case BO -> "basisonderwijs";
      case VO -> "voortgezet onderwijs";
    };
  }

  private static String type(SpecialNeedsType t) {
    return switch (t) {
      case ZML -> "zeer moeilijk lerende kinderen (ZML)";
      case LZ -> "langdurig zieke kinderen (LZ)";
      case LG -> "lichamelijk gehandicapte kinderen (LG)";
      case MG -> "meervoudig gehandicapte kinderen (MG)";
      case CLUSTER_4 -> "kinderen met gedrags- of psychiatrische problemen (cluster 4)";
    };
  }

  private static String category(FundingCategory c) {
    return switch (c) {
      case LOW -> "laag (categorie 1)";
      case MEDIUM -> "midden (categorie 2)";
      case HIGH -> "hoog (categorie 3)";
    };
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String resource(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String name) {
    try (InputStream in = PdfLetterRenderer.class.getResourceAsStream("/nl/passend/letters/" + name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
