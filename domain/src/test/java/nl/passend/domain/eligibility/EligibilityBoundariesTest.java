package nl.passend.domain.eligibility;

import static nl.passend.domain.eligibility.EligibilityFixtures.ASSESSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.SchoolType;
import org.junit.jupiter.api.Test;

/**
 * The edges of every value and parameter of the eligibility schemes (R-CRI-X and the scheme
 * parameters of SPEC §5): each bound is tried on both sides, so that a policy document or an
 * assessment just outside it is refused with its field, and one just inside is accepted.
 */
class EligibilityBoundariesTest {
  private static final LocalDate FROM = LocalDate.of(2020, 8, 1);

  private static String field(Throwable e) {
    return ((InvalidValueException) e).field();
  }

  @Test
  void anIqLiesWithin30And160AndABirthNotAfterTheAssessment_R_CRI_X() {
    assertThatNoException().isThrownBy(() -> Assessment.on(ASSESSED).withIq(30).withIq(160).withDateOfBirth(ASSESSED));
    assertThatThrownBy(() -> Assessment.on(ASSESSED).withIq(29)).satisfies(e -> assertThat(field(e)).isEqualTo("iq"));
    assertThatThrownBy(() -> Assessment.on(ASSESSED).withIq(161)).satisfies(e -> assertThat(field(e)).isEqualTo("iq"));
    assertThatThrownBy(() -> Assessment.on(ASSESSED).withDateOfBirth(ASSESSED.plusDays(1)))
        .satisfies(e -> assertThat(field(e)).isEqualTo("dateOfBirth"));
  }

  @Test
  void aLearningResultHasADlOf1To200AndADleUpToIt_R_CRI_X() {
    assertThatNoException().isThrownBy(() -> {
      new DomainResult(1, 0);
      new DomainResult(200, 200);
    });
    assertThatThrownBy(() -> new DomainResult(0, 0)).satisfies(e -> assertThat(field(e)).isEqualTo("dl"));
    assertThatThrownBy(() -> new DomainResult(201, 0)).satisfies(e -> assertThat(field(e)).isEqualTo("dl"));
    assertThatThrownBy(() -> new DomainResult(60, -1)).satisfies(e -> assertThat(field(e)).isEqualTo("dle"));
    assertThatThrownBy(() -> new DomainResult(60, 61)).satisfies(e -> assertThat(field(e)).isEqualTo("dle"));
    assertThat(new DomainResult(60, 45).delayPercent()).isEqualByComparingTo("25");
    assertThat(new DomainResult(60, 44).delayPercent()).isEqualByComparingTo(new BigDecimal("26.6667"));
  }

  @Test
  void anIqBandLiesWithin30And160WithItsBoundsInOrder() {
    assertThatNoException().isThrownBy(() -> {
      IqBand.of(30, 30);
      IqBand.of(160, 160);
    });
    assertThatThrownBy(() -> IqBand.of(29, 40)).hasMessageContaining("30-160");
    assertThatThrownBy(() -> IqBand.of(150, 161)).hasMessageContaining("30-160");
    assertThatThrownBy(() -> IqBand.of(81, 80)).hasMessageContaining("exceeds");
  }

  @Test
  void aDomainThresholdHasOrderedBoundsAtMost101PercentAnd1To4Domains() {
    assertThatNoException().isThrownBy(() -> {
      new DomainThreshold(DomainThreshold.Kind.DELAY_PERCENT, 0, 0, 1, false);
      new DomainThreshold(DomainThreshold.Kind.DELAY_PERCENT, 25, 101, 4, true);
      new DomainThreshold(DomainThreshold.Kind.DLE, 0, 200, 2, true);
    });
    assertThatThrownBy(() -> new DomainThreshold(DomainThreshold.Kind.DELAY_PERCENT, -1, 50, 2, true)).hasMessageContaining("domainThreshold");
    assertThatThrownBy(() -> new DomainThreshold(DomainThreshold.Kind.DELAY_PERCENT, 51, 50, 2, true)).hasMessageContaining("exceeds");
    assertThatThrownBy(() -> new DomainThreshold(DomainThreshold.Kind.DELAY_PERCENT, 25, 102, 2, true)).hasMessageContaining("at most 100");
    assertThatThrownBy(() -> new DomainThreshold(DomainThreshold.Kind.DELAY_PERCENT, 25, 50, 0, true)).satisfies(e -> assertThat(field(e)).isEqualTo("minDomains"));
    assertThatThrownBy(() -> new DomainThreshold(DomainThreshold.Kind.DELAY_PERCENT, 25, 50, 5, true)).satisfies(e -> assertThat(field(e)).isEqualTo("minDomains"));
  }

  @Test
  void aDleThresholdCountsItsBoundsInclusively() {
    DomainThreshold dle = DomainThreshold.dleBetween(10, 20);
    assertThat(dle.kind()).isEqualTo(DomainThreshold.Kind.DLE);
    assertThat(List.of(9, 10, 20, 21).stream().map(d -> dle.counts(new DomainResult(60, d))).toList()).containsExactly(false, true, true, false);
    assertThat(dle.candidates()).extracting(DomainResult::dle).containsExactly(0, 9, 10, 20, 21, 60);
    assertThat(dle.describe()).isEqualTo("a DLE of 10 to 20 on at least 2 domains, one of them arithmetic or reading comprehension");
  }

  @Test
  void aDelayThresholdCountsFromItsLowBoundUpToItsHighBound() {
    DomainThreshold between = DomainThreshold.delayBetween(25, 50);
    assertThat(between.kind()).isEqualTo(DomainThreshold.Kind.DELAY_PERCENT);
    // DL 100: a DLE of 100 - p is a delay of p percent.
    assertThat(List.of(76, 75, 51, 50).stream().map(d -> between.counts(new DomainResult(100, d))).toList()).containsExactly(false, true, true, false);
    assertThat(between.candidates()).extracting(DomainResult::dle).containsExactly(0, 50, 51, 75, 76, 100);
    assertThat(between.describe()).startsWith("a delay of 25% up to 50% on at least 2 domains");
    assertThat(DomainThreshold.delayBetween(25, 100).describe()).startsWith("a delay of 25% up to 100%");
    assertThat(DomainThreshold.delayBetween(25, 100).counts(new DomainResult(100, 0))).as("a delay of 100% is not below 100%").isFalse();
    assertThat(DomainThreshold.delayBetween(25, 100).counts(new DomainResult(100, 1))).isTrue();
    DomainThreshold atLeast = DomainThreshold.delayAtLeast(0);
    assertThat(atLeast.counts(new DomainResult(100, 100))).isTrue();
    assertThat(atLeast.candidates()).extracting(DomainResult::dle).containsExactly(0, 100);
    assertThat(atLeast.describe()).startsWith("a delay of at least 0%");
    assertThat(new DomainThreshold(DomainThreshold.Kind.DELAY_PERCENT, 25, 101, 3, false).describe())
        .isEqualTo("a delay of at least 25% on at least 3 domains");
  }

  @Test
  void enoughDomainsMeansTheMinimumCountWithAKeyDomainWhenOneIsRequired() {
    DomainThreshold two = DomainThreshold.delayAtLeast(25);
    Facts facts = new Facts();
    facts.set(LearningDomain.SPELLING, new DomainResult(100, 70));
    facts.set(LearningDomain.TECHNICAL_READING, new DomainResult(100, 70));
    facts.set(LearningDomain.ARITHMETIC, new DomainResult(100, 90));
    facts.set(LearningDomain.READING_COMPREHENSION, new DomainResult(100, 90));
    assertThat(two.holds(facts)).as("two domains, neither a key domain").isFalse();
    assertThat(new DomainThreshold(DomainThreshold.Kind.DELAY_PERCENT, 25, 101, 2, false).holds(facts)).isTrue();
    assertThat(new DomainThreshold(DomainThreshold.Kind.DELAY_PERCENT, 25, 101, 3, false).holds(facts)).isFalse();
    facts.set(LearningDomain.ARITHMETIC, new DomainResult(100, 75));
    assertThat(two.holds(facts)).as("three domains, one of them arithmetic").isTrue();
  }

  @Test
  void zmlParametersAreCheckedWhenAPolicyIsBuilt_R_CRI_C3_ZML() {
    assertThatNoException().isThrownBy(() -> {
      new ZmlScheme(Scheme.ZML, FROM, SchoolType.SO, FundingCategory.LOW, 70, 70, 4);
      new ZmlScheme(Scheme.MG, FROM, SchoolType.SO, FundingCategory.HIGH, 70, 30, 20);
    });
    assertThatThrownBy(() -> new ZmlScheme(Scheme.LZ, FROM, SchoolType.SO, FundingCategory.LOW, 70, 55, 8))
        .satisfies(e -> assertThat(field(e)).isEqualTo("scheme"));
    assertThatThrownBy(() -> new ZmlScheme(Scheme.ZML, FROM, SchoolType.SO, FundingCategory.LOW, 70, 71, 8))
        .satisfies(e -> assertThat(field(e)).isEqualTo("iqBand"));
    assertThatThrownBy(() -> new ZmlScheme(Scheme.ZML, FROM, SchoolType.SO, FundingCategory.LOW, 161, 55, 8))
        .satisfies(e -> assertThat(field(e)).isEqualTo("iqBand"));
    assertThatThrownBy(() -> new ZmlScheme(Scheme.ZML, FROM, SchoolType.SO, FundingCategory.LOW, 70, 55, 3))
        .satisfies(e -> assertThat(field(e)).isEqualTo("youngerThan"));
    assertThatThrownBy(() -> new ZmlScheme(Scheme.ZML, FROM, SchoolType.SO, FundingCategory.LOW, 70, 55, 21))
        .satisfies(e -> assertThat(field(e)).isEqualTo("youngerThan"));
  }

  @Test
  void otherSchemeParametersAreCheckedToo() {
    assertThatThrownBy(() -> new MedicalScheme(Scheme.ZML, FROM, SchoolType.SO, FundingCategory.LOW))
        .satisfies(e -> assertThat(field(e)).isEqualTo("scheme"));
    assertThatNoException().isThrownBy(() -> {
      new SboGuidelines(FROM, 30);
      new SboGuidelines(FROM, 160);
    });
    assertThat(new SboGuidelines(FROM, 55).iqBounds()).containsExactly(55, 55, 61, 60, 76, 60, 76, 70, 161, 70, 161, 70, 161, 70, 161);
    assertThatThrownBy(() -> new SboGuidelines(FROM, 29)).satisfies(e -> assertThat(field(e)).isEqualTo("exclusionIqBelow"));
    assertThatThrownBy(() -> new SboGuidelines(FROM, 161)).satisfies(e -> assertThat(field(e)).isEqualTo("exclusionIqBelow"));
  }

  @Test
  void everySchemeDescribesItsOwnParameters() {
    assertThat(new ZmlScheme(Scheme.ZML, FROM, SchoolType.SO, FundingCategory.LOW, 70, 55, 8).description())
        .isEqualTo("IQ < 70; IQ < 55 suffices alone; otherwise very low self-reliance AND very limited progress AND regular support "
            + "exhausted, and under age 8 a comorbid disorder impairing learning");
    assertThat(new ZmlScheme(Scheme.MG, FROM, SchoolType.SO, FundingCategory.HIGH, 70, 55, 8).description())
        .endsWith("; plus a second diagnosed disability");
    assertThat(new MedicalScheme(Scheme.LZ, FROM, SchoolType.SO, FundingCategory.LOW).description()).isNotBlank();
    assertThat(new Cluster4Scheme(FROM, SchoolType.VSO, FundingCategory.LOW).description()).isNotBlank();
    assertThat(new VsoCascadeScheme(FROM, FundingCategory.LOW).description()).contains("(A)").contains("(B)");
    assertThat(new SboGuidelines(FROM, 55).description()).startsWith("guidelines: excluded when IQ < 55,");
    assertThat(new LwooDleScheme(FROM, DomainThreshold.delayAtLeast(25)).description()).contains("a delay of at least 25%");
    LwooNationalScheme lwoo = LwooNationalScheme.statutory(FROM);
    assertThat(lwoo.description()).contains("75-90").contains("91-120").contains("25% up to 50%");
    ProScheme plain = new ProScheme(FROM, IqBand.of(55, 80), Optional.empty(), DomainThreshold.delayAtLeast(50), Optional.empty());
    assertThat(plain.description()).isEqualTo("IQ 55-80 AND a delay of at least 50% on at least 2 domains, one of them arithmetic or reading comprehension");
    ProScheme full = new ProScheme(FROM, IqBand.of(55, 80), Optional.of(IqBand.of(75, 80)), DomainThreshold.delayAtLeast(50), Optional.of(lwoo));
    assertThat(full.description()).contains("; both with IQ 75-80: judgement").contains("art. 15d lid 6");
  }

  @Test
  void theStatutoryLwooCriteriaAndTheirIqBounds_R_CRI_LWOO() {
    LwooNationalScheme lwoo = LwooNationalScheme.statutory(FROM);
    assertThat(lwoo.effectiveFrom()).isEqualTo(FROM);
    assertThat(lwoo.iqBounds()).containsExactly(75, 91, 91, 121);
    assertThat(lwoo.iqCandidates()).containsExactly(30, 74, 75, 90, 91, 120, 121, 160);
    assertThat(lwoo.factsRead()).containsExactly("iq", "domains.TECHNICAL_READING", "domains.READING_COMPREHENSION", "domains.SPELLING",
        "domains.ARITHMETIC", "socialEmotionalProblems");
    ProScheme pro = new ProScheme(FROM, IqBand.of(55, 80), Optional.of(IqBand.of(75, 80)), DomainThreshold.delayAtLeast(50), Optional.of(lwoo));
    assertThat(pro.iqCandidates()).containsExactly(30, 54, 55, 74, 75, 80, 81, 90, 91, 120, 121, 160);
    assertThat(pro.factsRead()).contains("socialEmotionalProblems");
    ProScheme plain = new ProScheme(FROM, IqBand.of(55, 80), Optional.empty(), DomainThreshold.delayAtLeast(50), Optional.empty());
    assertThat(plain.iqCandidates()).containsExactly(30, 54, 55, 80, 81, 160);
    ProScheme zoned = new ProScheme(FROM, IqBand.of(55, 80), Optional.of(IqBand.of(65, 80)), DomainThreshold.delayAtLeast(50), Optional.empty());
    assertThat(zoned.iqCandidates()).containsExactly(30, 54, 55, 64, 65, 80, 81, 160);
    assertThat(plain.factsRead()).doesNotContain("socialEmotionalProblems");
    assertThat(pro.domainCandidates()).containsAll(lwoo.domainCandidates()).containsAll(plain.domainCandidates());
    assertThat(new LwooDleScheme(FROM, DomainThreshold.delayAtLeast(25)).factsRead()).containsExactly(
        "domains.TECHNICAL_READING", "domains.READING_COMPREHENSION", "domains.SPELLING", "domains.ARITHMETIC");
    assertThat(new VsoCascadeScheme(FROM, FundingCategory.LOW).factsRead()).containsExactlyInAnyOrder("integratedProblemAnalysis", "cascadeModelFollowed");
    assertThat(new ZmlScheme(Scheme.ZML, FROM, SchoolType.SO, FundingCategory.LOW, 70, 55, 8).factsRead()).startsWith("iq", "dateOfBirth");
  }

  @Test
  void anEligibilityPolicyHasVersionsFiledUnderTheirOwnSchemeWithDistinctDates() {
    EligibilityScheme v1 = new VsoCascadeScheme(FROM, FundingCategory.LOW);
    EligibilityScheme v2 = new VsoCascadeScheme(FROM.plusYears(1), FundingCategory.MEDIUM);
    EligibilityPolicy policy = EligibilityPolicy.of(List.of(v2, v1));
    assertThat(policy.versions().get(Scheme.VSO)).containsExactly(v1, v2);
    assertThat(EligibilityPolicy.none().versions()).isEmpty();
    assertThatThrownBy(() -> new EligibilityPolicy(Map.of(Scheme.VSO, List.of()))).hasMessageContaining("has no version");
    assertThatThrownBy(() -> new EligibilityPolicy(Map.of(Scheme.ZML, List.of(v1)))).hasMessageContaining("a VSO version is filed under ZML");
    assertThatThrownBy(() -> EligibilityPolicy.of(List.of(v1, new VsoCascadeScheme(FROM, FundingCategory.HIGH))))
        .hasMessageContaining("two versions effective on " + FROM);
    assertThatNoException().isThrownBy(() -> EligibilityPolicy.of(List.of(v1, new VsoCascadeScheme(FROM.plusDays(1), FundingCategory.HIGH))));
  }

  @Test
  void aSchemeDefinitionBuildsItsSchemeWhoseConstructorNamesTheBadValue() {
    assertThat(new SchemeDefinition.Zml(Scheme.ZML, FROM, SchoolType.SO, FundingCategory.LOW, 70, 55, 8).build().description()).startsWith("IQ < 70;");
    assertThatThrownBy(() -> new SchemeDefinition.Zml(Scheme.LZ, FROM, SchoolType.SO, FundingCategory.LOW, 70, 55, 8).build())
        .satisfies(e -> assertThat(field(e)).isEqualTo("scheme")).hasMessageContaining("not LZ");
    EligibilityScheme weighing = new SchemeDefinition.CommitteeJudgement(Scheme.PRO, FROM, SchoolType.PRO, Optional.empty(), Set.of(), true).build();
    assertThat(weighing.factsRead()).contains("iq");
    // The edges of int reach the scheme, which refuses them as an IQ.
    for (int edge : new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE}) {
      assertThatThrownBy(() -> new SchemeDefinition.Zml(Scheme.ZML, FROM, SchoolType.SO, FundingCategory.LOW, edge, 55, 8).build())
          .satisfies(e -> assertThat(field(e)).isEqualTo("iqBand"));
    }
    assertThatThrownBy(() -> new SchemeDefinition.Pro(FROM, IqBand.of(55, 80), null, DomainThreshold.delayAtLeast(50), Optional.empty()))
        .satisfies(e -> assertThat(field(e)).isEqualTo("judgementZone"));
    assertThatThrownBy(() -> new DomainThreshold(DomainThreshold.Kind.DELAY_PERCENT, 60, 50, 2, true))
        .satisfies(e -> assertThat(field(e)).isEqualTo("domainThreshold")).hasMessageContaining("exceeds");
  }
}
