package nl.passend.adapters.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import nl.passend.application.decision.port.out.LetterRenderer;
import nl.passend.domain.decision.DecisionLetter;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.SpecialNeedsType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decision letter as a PDF, read back with PDFBox: every legally required part, tagged, fonts embedded (R-DL-6, R-DL-9, R-TLV-4). */
class PdfLetterRendererTest {
  static final DecisionLetter GRANT = new DecisionLetter("SWV Voorbeeld PO (invented)", "Voorbeeldstad", "app-0001", DecisionLetter.Kind.GRANTED,
      LocalDate.of(2025, 10, 1), "De commissie stelt vast dat de leerling aan de criteria voor ZML voldoet.",
      Optional.of(new DecisionLetter.StatementTerms(17, SchoolType.SO, Optional.of(SpecialNeedsType.ZML), Optional.of(FundingCategory.LOW),
          LocalDate.of(2025, 11, 1), Optional.of(LocalDate.of(2026, 7, 31)))), SchoolType.SO, Optional.of(SpecialNeedsType.ZML), "WPO art. 18a",
      LocalDate.of(2025, 11, 12));
  /** The ZML criteria of po-22-01 (2016) applied to facts that meet them (IQ 62, very low self-reliance, very limited progress, exhausted support). */
  static final DecisionLetter.CriteriaCheck ZML_CHECK = zmlCheck();
  @TempDir
  Path dir;

  private static DecisionLetter.CriteriaCheck zmlCheck() {
    var definition = new nl.passend.domain.eligibility.SchemeDefinition.Zml(nl.passend.domain.eligibility.Scheme.ZML, LocalDate.of(2016, 3, 30),
        SchoolType.SO, FundingCategory.LOW, 70, 55, 8);
    var facts = nl.passend.domain.eligibility.Assessment.on(LocalDate.of(2025, 9, 20)).withIq(62).withDateOfBirth(LocalDate.of(2015, 1, 1))
        .with(nl.passend.domain.eligibility.Finding.VERY_LOW_SELF_RELIANCE, true).with(nl.passend.domain.eligibility.Finding.VERY_LIMITED_PROGRESS, true)
        .with(nl.passend.domain.eligibility.Finding.REGULAR_SUPPORT_EXHAUSTED, true);
    return DecisionLetter.CriteriaCheck.of(definition, definition.build().evaluate(facts));
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  @Test
  void aGrantLetterHoldsEveryRequiredPart() throws IOException {
    LetterRenderer.Rendered r = new PdfLetterRenderer().render(GRANT, PolicyId.of("po-22-01"));
    assertThat(r.contentType()).isEqualTo("application/pdf");
    String text = text(r.content());
    assertThat(text).contains("SWV Voorbeeld PO (invented)", "1 oktober 2025", "Kenmerk: app-0001", "Beschikking: toelaatbaarheidsverklaring afgegeven",
        "geeft een toelaatbaarheidsverklaring af voor speciaal onderwijs (SO), zeer moeilijk lerende kinderen (ZML)",
        "De commissie stelt vast dat de leerling aan de criteria voor ZML voldoet.", "Volgnummer 17", "cluster 3", "laag (categorie 1)",
        "1 november 2025", "31 juli 2026", "WPO art. 18a", "binnen zes weken", "uiterlijk op 12 november 2025",
        "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen");
  }

  @Test
  void theCriteriaAppliedToTheFactsAreExplainedInDutchRuleByRule_R_DL_6() throws IOException {
    String text = text(new PdfLetterRenderer().render(GRANT.withCriteria(ZML_CHECK), PolicyId.of("po-22-01")).content());
    assertThat(text).contains("Toetsing aan de criteria", "zeer moeilijk lerende kinderen (ZML, cluster 3) van het ondersteuningsplan (versie van 30 maart 2016)",
        "Toelaatbaar tot het speciaal onderwijs voor zeer moeilijk lerende kinderen (ZML, cluster 3).", "Criterium Uitkomst",
        "Het IQ is lager dan 70. voldaan", "Het IQ is lager dan 55; dan hoeven een onderwijsbeperking en uitgeputte ondersteuning niet te worden"
            + " aangetoond. niet voldaan", "Een zeer lage zelfredzaamheid en een zeer beperkte ontwikkeling zijn aangetoond. voldaan",
        "De reguliere ondersteuning is uitgeput. voldaan");
    assertThat(text(new PdfLetterRenderer().render(GRANT, PolicyId.of("po-22-01")).content())).as("no facts recorded, no check")
        .doesNotContain("Toetsing aan de criteria");
  }

  @Test
  void anLwooDesignationLetterNamesItsFirstDayAndTheObjectionRoute_R_LWOO_2() throws IOException {
    DecisionLetter designated = new DecisionLetter("SWV Voorbeeld VO (invented)", "Voorbeeldstad", "lwoo-0001", DecisionLetter.Kind.LWOO_DESIGNATED,
        LocalDate.of(2025, 6, 2), "De leerling voldoet aan de criteria.", Optional.empty(), SchoolType.VO, Optional.empty(),
        nl.passend.domain.decision.LwooDesignation.LEGAL_BASIS, LocalDate.of(2025, 7, 14), "", Optional.empty(), Optional.of(LocalDate.of(2025, 8, 1)));
    String text = text(new PdfLetterRenderer().render(designated, PolicyId.of("vo-22-01")).content());
    assertThat(text).contains("Beschikking: aanwijzing leerwegondersteunend onderwijs", "Kenmerk: lwoo-0001",
        "wijst de leerling aan voor leerwegondersteunend onderwijs (LWOO) met ingang van 1 augustus 2025", "De leerling voldoet aan de criteria.",
        "Geldig vanaf 1 augustus 2025", "niet jaarlijks", "WVO art. 17a en Inrichtingsbesluit WVO art. 15d", "uiterlijk op 14 juli 2025",
        "Landelijke Bezwaaradviescommissie").doesNotContain("Volgnummer", "toelaatbaarheidsverklaring af");
    DecisionLetter refused = new DecisionLetter("SWV Voorbeeld VO (invented)", "", "lwoo-0002", DecisionLetter.Kind.LWOO_REFUSED,
        LocalDate.of(2025, 6, 2), "Geen leerachterstand aangetoond.", Optional.empty(), SchoolType.VO, Optional.empty(),
        nl.passend.domain.decision.LwooDesignation.LEGAL_BASIS, LocalDate.of(2025, 7, 14), "", Optional.empty(), Optional.empty());
    assertThat(text(new PdfLetterRenderer().render(refused, PolicyId.of("vo-22-01")).content()))
        .contains("wijst de aanvraag om de leerling aan te wijzen voor leerwegondersteunend onderwijs (LWOO) af", "uiterlijk op 14 juli 2025")
        .doesNotContain("Geldig vanaf");
  }

  @Test
  void aRefusalHasNoStatementButTheObjectionClause() throws IOException {
    DecisionLetter refusal = new DecisionLetter("SWV Voorbeeld PO (invented)", "", "app-0002", DecisionLetter.Kind.REFUSED, LocalDate.of(2025, 3, 3),
        "Niet aan de criteria voldaan.", Optional.empty(), SchoolType.SBO, Optional.empty(), "WPO art. 18a", LocalDate.of(2025, 4, 14));
    String text = text(new PdfLetterRenderer().render(refusal, PolicyId.of("po-22-01")).content());
    assertThat(text).contains("wijst de aanvraag om een toelaatbaarheidsverklaring voor speciaal basisonderwijs (SBO) af", "uiterlijk op 14 april 2025")
        .doesNotContain("Volgnummer");
  }

  @Test
  void thePartnershipsPostalAddressIsTheSenderAndWhereObjectionsGo_R_DL_6() throws IOException {
    String text = text(new PdfLetterRenderer().render(GRANT.withPartnershipAddress("Postbus 9999\n9999 ZZ Voorbeeldstad"), PolicyId.of("po-22-01"))
        .content());
    assertThat(text).contains("Postbus 9999 9999 ZZ Voorbeeldstad", "aan het bestuur van SWV Voorbeeld PO (invented), Postbus 9999, 9999 ZZ Voorbeeldstad.");
  }

  @Test
  void aDecisionOnAnObjectionPointsToTheCourtNotToAnotherObjection_R_DL_9() throws IOException {
    DecisionLetter dismissed = new DecisionLetter("SWV Voorbeeld PO (invented)", "", "app-0003", DecisionLetter.Kind.OBJECTION_DISMISSED,
        LocalDate.of(2025, 6, 2), "De bezwaaradviescommissie adviseert het bezwaar ongegrond te verklaren.", Optional.empty(), SchoolType.SO,
        Optional.empty(), "WEC art. 40", LocalDate.of(2025, 7, 14));
    String text = text(new PdfLetterRenderer().render(dismissed, PolicyId.of("po-22-01")).content());
    assertThat(text).contains("bezwaar ongegrond", "verklaart het bezwaar", "ongegrond en handhaaft dat besluit", "beroep instellen bij de rechtbank",
        "uiterlijk op 14 juli 2025").doesNotContain("Landelijke Bezwaaradviescommissie");
    String upheld = text(new PdfLetterRenderer().render(new DecisionLetter("SWV Voorbeeld PO (invented)", "", "app-0003",
        DecisionLetter.Kind.OBJECTION_UPHELD, LocalDate.of(2025, 6, 2), "", Optional.empty(), SchoolType.SO, Optional.empty(), "WEC art. 40",
        LocalDate.of(2025, 7, 14)), PolicyId.of("po-22-01")).content());
    assertThat(upheld).contains("bezwaar gegrond", "gegrond en herroept dat besluit");
  }

  @Test
  void theLetterIsTaggedInDutchWithItsFontsEmbedded() throws IOException {
    byte[] pdf = new PdfLetterRenderer().render(GRANT, PolicyId.of("po-22-01")).content();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).as("tagged PDF").isNotNull();
      assertThat(doc.getDocumentCatalog().getLanguage()).startsWith("nl");
      assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Beschikking app-0001");
      for (var page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
    }
  }

  @Test
  void aPartnershipsTemplateReplacesTheDefaultButMustHoldTheRequiredParts() throws IOException {
    Files.writeString(dir.resolve("po-99-01.html"), "<html lang=\"nl\"><head><title>Eigen brief</title></head><body><p>{{afzender}} {{datum}}</p>"
        + "<p>EIGEN SJABLOON {{besluit}}</p><p>{{motivering}}</p>{{toetsing}}<p>{{grondslag}}</p><p>{{bezwaar}}</p></body></html>", StandardCharsets.UTF_8);
    PdfLetterRenderer renderer = new PdfLetterRenderer(Optional.of(dir));
    assertThat(text(renderer.render(GRANT, PolicyId.of("po-99-01")).content())).contains("EIGEN SJABLOON", "uiterlijk op 12 november 2025");
    assertThat(text(renderer.render(GRANT, PolicyId.of("po-22-01")).content())).doesNotContain("EIGEN SJABLOON");
    Files.writeString(dir.resolve("po-99-02.html"), "<html><body>{{afzender}} {{datum}} {{besluit}} {{motivering}} {{toetsing}} {{grondslag}}</body></html>",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new PdfLetterRenderer(Optional.of(dir))).hasMessageContaining("po-99-02.html").hasMessageContaining("{{bezwaar}}");
  }

  /** Writes the first page of the grant letter as a PNG for docs/letters (run with -Dpassend.letters.png=<file>). */
  @Test
  void aPageCanBeShownAsAnImage() throws IOException {
    byte[] pdf = new PdfLetterRenderer().render(GRANT.withCriteria(ZML_CHECK).withPartnershipAddress("Postbus 9999\n9999 ZZ Voorbeeldstad"),
        PolicyId.of("po-22-01")).content();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var image = new PDFRenderer(doc).renderImageWithDPI(0, 80);
      assertThat(image.getWidth()).isGreaterThan(500);
      String target = System.getProperty("passend.letters.png");
      javax.imageio.ImageIO.write(image, "png", target == null ? dir.resolve("page.png").toFile() : Path.of(target).toFile());
    }
  }
}
