package nl.passend.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.SchoolType;
import org.junit.jupiter.api.Test;

/**
 * A scheme without published criteria (vo-zo-drenthe VSO): the outcome is always the committee's
 * judgement, and the explanation lists each fact to weigh with its own verdict, so that inverting
 * one verdict is seen.
 */
class CommitteeJudgementSchemeTest {
  private static final LocalDate ON = LocalDate.of(2025, 3, 1);

  private static Optional<Boolean> verdict(EligibilityResult r, String id) {
    return r.rules().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow().holds();
  }

  @Test
  void eachFactToWeighHasItsOwnVerdict_R_CRI_VSO() {
    CommitteeJudgementScheme vso = new CommitteeJudgementScheme(Scheme.VSO, ON.minusYears(1), SchoolType.VSO, Optional.of(FundingCategory.LOW),
        Set.of(Finding.REGULAR_SUPPORT_EXHAUSTED, Finding.MEDICAL_DIAGNOSIS), false);
    EligibilityResult r = vso.evaluate(Assessment.on(ON).with(Finding.REGULAR_SUPPORT_EXHAUSTED, true).with(Finding.MEDICAL_DIAGNOSIS, false));
    assertThat(r.outcome()).isEqualTo(Outcome.JUDGEMENT_REQUIRED);
    assertThat(verdict(r, "R-CRI-VSO-JUDGEMENT.regularSupportExhausted")).contains(true);
    assertThat(verdict(r, "R-CRI-VSO-JUDGEMENT.medicalDiagnosis")).contains(false);
    assertThat(r.rules()).noneMatch(x -> x.id().endsWith(".iq") || x.id().endsWith(".delays"));
    assertThat(r.rules().get(0).explanation()).contains("publishes no criteria for VSO");
    assertThat(vso.description()).isEqualTo("no published criteria: the committee weighs " + vso.findingsRead());
    EligibilityResult unknown = vso.evaluate(Assessment.on(ON));
    assertThat(verdict(unknown, "R-CRI-VSO-JUDGEMENT.medicalDiagnosis")).isEmpty();
    assertThat(unknown.outcome()).isEqualTo(Outcome.JUDGEMENT_REQUIRED);
  }

  @Test
  void withIqAndDelaysTheyAreWeighedToo_R_CRI_PRO() {
    CommitteeJudgementScheme pro = new CommitteeJudgementScheme(Scheme.PRO, ON.minusYears(1), SchoolType.PRO, Optional.empty(),
        Set.of(Finding.REGULAR_SUPPORT_EXHAUSTED), true);
    assertThat(pro.factsRead()).contains("domains.ARITHMETIC", "domains.SPELLING", "domains.READING_COMPREHENSION", "domains.TECHNICAL_READING");
    assertThat(pro.iqCandidates()).contains(55, 80, 81);
    assertThat(pro.description()).endsWith(", the IQ and the learning delays");
    Assessment inBand = Assessment.on(ON).withIq(55).withDomain(LearningDomain.ARITHMETIC, 60, 30).withDomain(LearningDomain.SPELLING, 60, 30);
    EligibilityResult r = pro.evaluate(inBand);
    assertThat(verdict(r, "R-CRI-PRO-JUDGEMENT.iq")).contains(true);
    assertThat(verdict(r, "R-CRI-PRO-JUDGEMENT.delays")).contains(true);
    assertThat(verdict(pro.evaluate(inBand.withIq(54)), "R-CRI-PRO-JUDGEMENT.iq")).contains(false);
    assertThat(verdict(pro.evaluate(inBand.withIq(80)), "R-CRI-PRO-JUDGEMENT.iq")).contains(true);
    assertThat(verdict(pro.evaluate(inBand.withIq(81)), "R-CRI-PRO-JUDGEMENT.iq")).contains(false);
    // With the other two domains unknown, one delay of 50% leaves the rule open; with them known, it fails.
    Assessment oneDelay = inBand.withDomain(LearningDomain.SPELLING, 60, 31);
    assertThat(verdict(pro.evaluate(oneDelay), "R-CRI-PRO-JUDGEMENT.delays")).isEmpty();
    assertThat(verdict(pro.evaluate(oneDelay.withDomain(LearningDomain.READING_COMPREHENSION, 60, 60)
        .withDomain(LearningDomain.TECHNICAL_READING, 60, 60)), "R-CRI-PRO-JUDGEMENT.delays")).contains(false);
    CommitteeJudgementScheme noIq = new CommitteeJudgementScheme(Scheme.PRO, ON.minusYears(1), SchoolType.PRO, Optional.empty(), Set.of(), false);
    assertThat(noIq.factsRead()).noneMatch(f -> f.startsWith("domains.") || f.equals("iq"));
    assertThat(noIq.domainCandidates()).isEmpty();
    assertThat(noIq.iqCandidates()).isEmpty();
  }
}
