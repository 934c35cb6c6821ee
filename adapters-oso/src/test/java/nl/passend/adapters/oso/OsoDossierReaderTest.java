package nl.passend.adapters.oso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import nl.passend.application.common.UnreadableDocumentException;
import nl.passend.domain.eligibility.DomainResult;
import nl.passend.domain.eligibility.LearningDomain;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.transfer.TransferDossier;
import org.junit.jupiter.api.Test;

class OsoDossierReaderTest {
  private final OsoDossierReader reader = new OsoDossierReader();

  static String fixture(String name) {
    try (InputStream in = OsoDossierReaderTest.class.getResourceAsStream("/dossiers/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private TransferDossier read(String xml) {
    return reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static boolean warned(TransferDossier d, String field, String part) {
    return d.warnings().stream().anyMatch(w -> w.field().equals(field) && w.message().contains(part));
  }

  @Test
  void aFullSwvDossierGivesThePupilItsFactsAndItsHistory() {
    TransferDossier d = read(fixture("swv-full.xml"));
    assertThat(d.standardVersion()).isEqualTo("2019.1");
    assertThat(d.transfer()).contains("POSWV");
    assertThat(d.pupil()).isEqualTo(new TransferDossier.Pupil(Optional.of(LocalDate.of(2013, 6, 12)), Optional.of(BrinCode.of("99XA01")),
        Optional.of(SchoolType.BO)));
    assertThat(d.schoolId()).contains("L-4711");
    assertThat(d.schoolCareer()).hasSize(3).allSatisfy(p -> assertThat(p.schoolType()).contains(SchoolType.BO));
    assertThat(d.schoolCareer().get(2).until()).isEmpty();
    assertThat(d.developmentPlans()).containsExactly(new TransferDossier.Period(LocalDate.of(2023, 9, 1), Optional.of(LocalDate.of(2024, 8, 31))));
    assertThat(d.statements()).containsExactly(new TransferDossier.EarlierStatement("TLV-2022-017", "PO9999", Optional.of(FundingCategory.MEDIUM),
        LocalDate.of(2022, 1, 10), Optional.of(LocalDate.of(2023, 7, 31))));
    assertThat(d.lwooDesignations()).containsExactly(new TransferDossier.EarlierLwoo("LWOO-2023-3", "VO9999", LocalDate.of(2023, 8, 1),
        Optional.empty()));
    assertThat(d.diagnoses()).singleElement().satisfies(x -> {
      assertThat(x.codes()).containsExactly("F81.0", "F81.2");
      assertThat(x.date()).contains(LocalDate.of(2022, 11, 3));
    });
    assertThat(d.arrangements()).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo("pao");
      assertThat(a.reference()).contains("ARR-12");
      assertThat(a.endDate()).contains(LocalDate.of(2024, 3, 1));
    });
    assertThat(d.withheld()).containsExactly("verzuim", "cijferlijsten");
  }

  /** A PO->VO dossier carries the group-8 results on which LWOO and PrO are decided (R-CRI-LWOO, R-CRI-PRO). */
  @Test
  void aPoToVoDossierGivesTheGroup8ResultsThatLwooAndProAreDecidedOn() {
    TransferDossier d = read(fixture("povo-group8.xml"));
    assertThat(d.transfer()).contains("POVO");
    assertThat(d.withheld()).containsExactly("onderwijsondersteuning");
    assertThat(d.warnings()).isEmpty();
    var a = d.assessment().orElseThrow();
    assertThat(a.iq()).contains(86);
    assertThat(a.domains()).containsExactlyInAnyOrderEntriesOf(Map.of(LearningDomain.TECHNICAL_READING, new DomainResult(60, 41),
        LearningDomain.READING_COMPREHENSION, new DomainResult(60, 40), LearningDomain.SPELLING, new DomainResult(60, 52),
        LearningDomain.ARITHMETIC, new DomainResult(60, 44)));
    assertThat(d.sources()).allSatisfy(s -> assertThat(s.yearGroup()).contains(8));
    // As it stands, the assessment decides: a delay of 25% up to 50% on reading comprehension, arithmetic and
    // technical reading meets the LWOO criteria of 2020; an IQ of 86 is outside PrO's 55-80.
    var lwoo = new nl.passend.domain.eligibility.SchemeDefinition.LwooDle(LocalDate.of(2020, 1, 1),
        new nl.passend.domain.eligibility.DomainThreshold(nl.passend.domain.eligibility.DomainThreshold.Kind.DELAY_PERCENT, 25, 50, 2, true)).build();
    assertThat(lwoo.evaluate(a).outcome()).isEqualTo(nl.passend.domain.eligibility.Outcome.ELIGIBLE);
    var pro = new nl.passend.domain.eligibility.SchemeDefinition.Pro(LocalDate.of(2019, 8, 1), nl.passend.domain.eligibility.IqBand.of(55, 80),
        Optional.empty(), nl.passend.domain.eligibility.DomainThreshold.delayAtLeast(50), Optional.empty()).build();
    assertThat(pro.evaluate(a).outcome()).isEqualTo(nl.passend.domain.eligibility.Outcome.NOT_ELIGIBLE);
  }

  @Test
  void theAssessmentTakesOnlyUnambiguousFactsAndNamesEveryOtherInAWarning() {
    TransferDossier d = read(fixture("swv-full.xml"));
    var a = d.assessment().orElseThrow();
    // One clean IQ test; the other gives a total and a part score, so it is not used.
    assertThat(a.iq()).contains(78);
    assertThat(warned(d, "iq", "IQTEST-B")).isTrue();
    // Technical reading: two tests, the most recent taken and said so.
    assertThat(a.domains()).containsExactly(Map.entry(LearningDomain.TECHNICAL_READING, new DomainResult(45, 25)));
    assertThat(warned(d, "domains.TECHNICAL_READING", "most recent (TL-2")).isTrue();
    // A DLE above its DL, a DL missing (never derived), a domain named only in free text: left out.
    assertThat(warned(d, "domains.READING_COMPREHENSION", "above its DL 45")).isTrue();
    assertThat(warned(d, "domains.ARITHMETIC", "without its DL")).isTrue();
    assertThat(warned(d, "domains", "only its free-text name")).isTrue();
    // Dated by the most recent fact used; the sources say which test gave each fact.
    assertThat(a.assessmentDate()).isEqualTo(LocalDate.of(2024, 1, 15));
    assertThat(a.dateOfBirth()).contains(LocalDate.of(2013, 6, 12));
    assertThat(d.sources()).containsExactlyInAnyOrder(
        new TransferDossier.Source("iq", "IQTEST-A", LocalDate.of(2023, 10, 2), Optional.of(7)),
        new TransferDossier.Source("domains.TECHNICAL_READING", "TL-2", LocalDate.of(2024, 1, 15), Optional.of(7)));
  }

  @Test
  void theCitizenNumberIsNeverInWhatIsRead() {
    String xml = fixture("swv-full.xml");
    assertThat(xml).contains("111222333");
    TransferDossier d = read(xml);
    assertThat(d.toString()).doesNotContain("111222333");
    assertThat(d.toString()).doesNotContain("Testkind").doesNotContain("Voorbeeld");
  }

  @Test
  void twoCleanIqTestsThatDisagreeLeaveTheIqOut() {
    String xml = fixture("swv-full.xml").replace("""
          <toetsonderdeel>
            <eldonderdeelcode>IQTEST-B-V</eldonderdeelcode>
            <resultaat><referentiescore><codereferentiescore>IQ</codereferentiescore><waarde>80</waarde></referentiescore></resultaat>
          </toetsonderdeel>
""", "");
    TransferDossier d = read(xml);
    assertThat(d.assessment().orElseThrow().iq()).isEmpty();
    assertThat(warned(d, "iq", "disagree")).isTrue();
    assertThat(d.sources()).noneMatch(s -> s.fact().equals("iq"));
  }

  @Test
  void aStatementWithoutCategoryIsReadWithoutAWarningAndAnUnknownCategoryIsNamed() {
    TransferDossier nvt = read(fixture("swv-full.xml").replace("<tlvcategorie>M</tlvcategorie>", "<tlvcategorie>Nvt</tlvcategorie>"));
    assertThat(nvt.statements().get(0).fundingCategory()).isEmpty();
    assertThat(nvt.warnings()).noneMatch(w -> w.field().startsWith("statements"));
    TransferDossier odd = read(fixture("swv-full.xml").replace("<tlvcategorie>M</tlvcategorie>", "<tlvcategorie>X</tlvcategorie>"));
    assertThat(warned(odd, "statements[0].fundingCategory", "'X'")).isTrue();
  }

  @Test
  void earlierVersionsOfTheNamespaceAreRead() {
    for (String version : new String[] {"1.1", "1.2", "2016", "2017", "2018"}) {
      TransferDossier d = read(fixture("swv-full.xml").replace("oso_gegevensset/2019/dossier", "oso_gegevensset/" + version + "/dossier"));
      assertThat(d.assessment().orElseThrow().iq()).contains(78);
    }
  }

  @Test
  void whatIsNotAnOsoDossierIsRefusedNamingWhere() {
    assertThatThrownBy(() -> read("not xml at all")).isInstanceOfSatisfying(UnreadableDocumentException.class,
        e -> assertThat(e.reason()).contains("not well-formed XML"));
    assertThatThrownBy(() -> read("<dossier xmlns=\"urn:other\"><metadata/></dossier>"))
        .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> assertThat(e.path()).isEqualTo("/dossier"));
    assertThatThrownBy(() -> read("<other xmlns=\"http://www.edustandaard.nl/oso_gegevensset/2019/dossier\"/>"))
        .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> assertThat(e.path()).isEqualTo("/other"));
    assertThatThrownBy(() -> read(fixture("swv-full.xml").replace("<standaardversie>2019.1</standaardversie>", "")))
        .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> assertThat(e.path()).isEqualTo("/dossier/metadata/standaardversie"));
    String noPupil = fixture("swv-full.xml").replaceAll("(?s)<leerling>.*</leerling>", "");
    assertThatThrownBy(() -> read(noPupil))
        .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> assertThat(e.path()).isEqualTo("/dossier/huidigeschool/leerling"));
  }

  @Test
  void aDtdAnEntityOrAnOversizedDossierIsRefused() {
    String dtd = "<?xml version=\"1.0\"?><!DOCTYPE dossier [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<dossier xmlns=\"http://www.edustandaard.nl/oso_gegevensset/2019/dossier\">&x;</dossier>";
    assertThatThrownBy(() -> read(dtd)).isInstanceOf(UnreadableDocumentException.class).hasMessageNotContaining("root:");
    String laughs = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><d>&b;</d>";
    assertThatThrownBy(() -> read(laughs)).isInstanceOf(UnreadableDocumentException.class);
    String big = fixture("swv-full.xml").replace("QUJD", "QUJD".repeat(2_000));
    assertThatThrownBy(() -> new OsoDossierReader(4096).read(new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> assertThat(e.tooLarge()).isTrue());
  }
}
