package nl.passend.domain.eligibility;

import static nl.passend.domain.eligibility.EligibilityFixtures.ASSESSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.testing.AssessmentArbitraries;
import org.junit.jupiter.api.Test;

/** The eligibility explanation in Dutch, as the decision letter gives it (R-DL-6). */
class DutchExplanationTest {
  private static final LocalDate FROM = LocalDate.of(2020, 8, 1);

  /** Every built-in scheme version and variants of the kinds the seeds do not use (MG, LZ, a DLE norm on one domain, a committee). */
  static List<SchemeDefinition> definitions() {
    List<SchemeDefinition> all = new ArrayList<>();
    EligibilityPropertiesTest.allSchemes().forEach(s -> all.add(s.definition()));
    all.add(new SchemeDefinition.Zml(Scheme.MG, FROM, SchoolType.SO, FundingCategory.HIGH, 55, 40, 7));
    all.add(new SchemeDefinition.Medical(Scheme.LZ, FROM, SchoolType.SO, FundingCategory.LOW));
    all.add(new SchemeDefinition.LwooDle(FROM, new DomainThreshold(DomainThreshold.Kind.DLE, 10, 45, 1, false)));
    all.add(new SchemeDefinition.CommitteeJudgement(Scheme.CLUSTER_4, FROM, SchoolType.SO, Optional.of(FundingCategory.LOW),
        Set.of(Finding.SOCIAL_EMOTIONAL_PROBLEMS, Finding.REGULAR_SUPPORT_EXHAUSTED), true));
    return all;
  }

  @Provide
  Arbitrary<SchemeDefinition> anyDefinition() {
    return Arbitraries.of(definitions());
  }

  @Provide
  Arbitrary<Assessment> assessments() {
    return AssessmentArbitraries.assessments();
  }

  /**
   * Whatever the facts, every rule of the evaluation has a Dutch sentence with the rule's own verdict,
   * in the evaluation's order. Catches a rule a scheme can give that the letter could not explain, and
   * an English sentence left in the Dutch text.
   */
  @Property(tries = 400)
  void everyRuleOfEveryOutcomeHasItsDutchSentence(@ForAll("anyDefinition") SchemeDefinition definition, @ForAll("assessments") Assessment a) {
    EligibilityResult result = definition.build().evaluate(a);
    List<DutchExplanation.Line> lines = DutchExplanation.of(definition, result);
    assertThat(lines).extracting(DutchExplanation.Line::ruleId).containsExactlyElementsOf(result.rules().stream().map(RuleOutcome::id).toList());
    assertThat(lines).extracting(DutchExplanation.Line::holds).containsExactlyElementsOf(result.rules().stream().map(RuleOutcome::holds).toList());
    for (DutchExplanation.Line line : lines) {
      assertThat(line.sentence()).as(line.ruleId()).endsWith(".").doesNotContain("The ", " the ", "There is", "Admissible", "cannot", "null");
    }
  }

  @Test
  void theLwooCriteriaOf2020InDutchWithTheirVerdicts_R_CRI_LWOO() {
    SchemeDefinition definition = new SchemeDefinition.LwooNational(FROM, new SchemeDefinition.LwooBands(IqBand.of(75, 90), IqBand.of(91, 120),
        DomainThreshold.delayAtLeast(25)));
    Assessment a = Assessment.on(ASSESSED).withIq(80).withDomain(LearningDomain.ARITHMETIC, 60, 40).withDomain(LearningDomain.READING_COMPREHENSION, 60, 40)
        .withDomain(LearningDomain.TECHNICAL_READING, 60, 60).withDomain(LearningDomain.SPELLING, 60, 60);
    List<DutchExplanation.Line> lines = DutchExplanation.of(definition, definition.build().evaluate(a));
    assertThat(lines).extracting(l -> l.sentence() + " " + l.verdict()).containsExactly(
        "De leerling voldoet aan de landelijke criteria voor leerwegondersteunend onderwijs. voldaan",
        "Er is een leerachterstand van ten minste 25% op ten minste 2 leergebieden, waarvan één rekenen-wiskunde of begrijpend lezen. voldaan",
        "De leerling heeft een IQ van 75 tot en met 90. voldaan",
        "De leerling heeft een IQ van 91 tot en met 120 en er is sociaal-emotionele problematiek. niet voldaan");
  }

  @Test
  void anUndecidedRuleSaysSoAndTheConclusionNamesWhatIsMissing_R_CRI_C4() {
    SchemeDefinition definition = new SchemeDefinition.Cluster4(FROM, SchoolType.SO, FundingCategory.LOW);
    List<DutchExplanation.Line> lines = DutchExplanation.of(definition, definition.build().evaluate(Assessment.on(ASSESSED)
        .with(Finding.SEVERE_BEHAVIOURAL_OR_EMOTIONAL_PROBLEMS, true)));
    assertThat(lines.get(0).sentence()).startsWith("Of de leerling toelaatbaar is tot cluster 4").endsWith("de ontbrekende gegevens er zijn.");
    assertThat(lines.get(1).verdict()).isEqualTo("voldaan");
    assertThat(lines.get(2).verdict()).isEqualTo("niet vast te stellen");
  }

  @Test
  void theSboConclusionNamesTheMatchingProfiles_R_CRI_SBO() {
    SchemeDefinition definition = new SchemeDefinition.Sbo(FROM, 55);
    EligibilityResult result = definition.build().evaluate(Assessment.on(ASSESSED).withIq(72).with(Finding.EDUCATIONAL_REPORT_PRESENT, true)
        .with(Finding.SCHOOL_REACHED_LIMITS, true).with(Finding.SPECIFIC_LEARNING_DISORDER, true).with(Finding.LEARNING_DELAY, true));
    assertThat(DutchExplanation.of(definition, result).get(0).sentence()).isEqualTo("De commissie weegt de richtlijnen af; "
        + (result.matchedProfiles().size() == 1 ? "het passende profiel is " : "de passende profielen zijn ")
        + String.join(" en ", result.matchedProfiles().stream().map(String::valueOf).toList()) + ".");
    assertThat(result.matchedProfiles()).isNotEmpty();
  }

  @Test
  void aRuleWithoutADutchSentenceIsRefusedNotShownInEnglish() {
    SchemeDefinition definition = new SchemeDefinition.Cluster4(FROM, SchoolType.SO, FundingCategory.LOW);
    EligibilityResult foreign = new EligibilityResult(Scheme.CLUSTER_4, "2020-08-01", Outcome.ELIGIBLE, Optional.of(SchoolType.SO), Optional.empty(),
        List.of(new RuleOutcome("R-CRI-C4.unknown", Optional.of(true), "An unknown rule.")), List.of(), List.of());
    assertThatThrownBy(() -> DutchExplanation.of(definition, foreign)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("R-CRI-C4.unknown");
  }
}
