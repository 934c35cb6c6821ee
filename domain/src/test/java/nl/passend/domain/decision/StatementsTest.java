package nl.passend.domain.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.passend.domain.common.RuleViolationException;
import nl.passend.domain.eligibility.Assessment;
import nl.passend.domain.eligibility.EligibilityResult;
import nl.passend.domain.eligibility.LearningDomain;
import nl.passend.domain.eligibility.Scheme;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.Cluster;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.SpecialNeedsType;
import nl.passend.domain.student.StudentId;
import org.junit.jupiter.api.Test;

class StatementsTest {
  private static AdmissibilityStatement vso(long number, LocalDate end) {
    return new AdmissibilityStatement(number, PartnershipId.of("vo-31-02"), StudentId.of("s" + number), SchoolType.VSO,
        Optional.of(SpecialNeedsType.CLUSTER_4), Optional.of(FundingCategory.LOW), Optional.empty(), LocalDate.of(2024, 7, 1),
        LocalDate.of(2024, 8, 1), Optional.of(end), "WVO art. 17a", StatementStatus.ACTIVE);
  }

  @Test
  void statementsEndingWithinAWindow_R_TLV_7() {
    List<AdmissibilityStatement> all = List.of(vso(1, LocalDate.of(2025, 7, 31)), vso(2, LocalDate.of(2026, 7, 31)), vso(3, LocalDate.of(2027, 7, 31)));
    assertThat(all.stream().filter(s -> s.endsWithin(LocalDate.of(2025, 8, 1), LocalDate.of(2026, 12, 31))))
        .extracting(AdmissibilityStatement::number).containsExactly(2L);
    assertThat(vso(2, LocalDate.of(2026, 7, 31)).revoked().endsWithin(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).isFalse();
  }

  @Test
  void vo3102StartsTheReturnReviewFiveMonthsBeforeTheEnd_R_TLV_7() {
    assertThat(vso(1, LocalDate.of(2026, 7, 31)).returnReviewStartsOn(DecisionFixtures.ML.statements())).contains(LocalDate.of(2026, 2, 28));
    assertThat(vso(1, LocalDate.of(2026, 7, 31)).returnReviewStartsOn(DecisionFixtures.PO.statements())).isEmpty();
  }

  @Test
  void statusChangesToExpiredAfterTheEndOrRevoked() {
    AdmissibilityStatement s = vso(1, LocalDate.of(2025, 7, 31));
    assertThat(s.statusOn(LocalDate.of(2025, 7, 31))).isEqualTo(StatementStatus.ACTIVE);
    assertThat(s.statusOn(LocalDate.of(2025, 8, 1))).isEqualTo(StatementStatus.EXPIRED);
    assertThat(s.revoked().statusOn(LocalDate.of(2025, 1, 1))).isEqualTo(StatementStatus.REVOKED);
  }

  @Test
  void studentStartsWithinSixWeeksUnlessALaterDateIsAgreed_R_DL_7() {
    AdmissibilityStatement s = vso(1, LocalDate.of(2026, 7, 31));
    assertThat(s.startIsOnTime(LocalDate.of(2024, 8, 12), DecisionFixtures.PO_DEADLINES, false)).isTrue();
    assertThat(s.startIsOnTime(LocalDate.of(2024, 8, 13), DecisionFixtures.PO_DEADLINES, false)).isFalse();
    assertThat(s.startIsOnTime(LocalDate.of(2024, 9, 1), DecisionFixtures.PO_DEADLINES, true)).isTrue();
    assertThat(DecisionFixtures.PO_DEADLINES.admissionDecisionBy(LocalDate.of(2024, 7, 1))).isEqualTo(LocalDate.of(2024, 7, 29));
  }

  @Test
  void returnFromSoToSboNeedsANewStatement_R_TLV_9() {
    AdmissibilityStatement so = new AdmissibilityStatement(1, PartnershipId.of("po-22-01"), StudentId.of("s"), SchoolType.SO,
        Optional.of(SpecialNeedsType.ZML), Optional.of(FundingCategory.LOW), Optional.empty(), LocalDate.of(2024, 7, 1),
        LocalDate.of(2024, 8, 1), Optional.of(LocalDate.of(2026, 7, 31)), "WPO art. 18a", StatementStatus.ACTIVE);
    assertThat(so.admitsTo(SchoolType.SO)).isTrue();
    assertThat(so.admitsTo(SchoolType.SBO)).isFalse();
  }

  @Test
  void observationPlacementOfAtMostTwelveWeeks_R_TLV_8() {
    LocalDate from = LocalDate.of(2025, 9, 1);
    ObservationPlacement ok = ObservationPlacement.plan(DecisionFixtures.VO.statements(), StudentId.of("s"), BrinCode.of("99VA00"),
        BrinCode.of("99VF00"), Cluster.FOUR, from, from.plusWeeks(12).minusDays(1));
    assertThat(ok.enrolledAt()).isEqualTo(BrinCode.of("99VA00"));
    assertThat(ok.reportedToDuo()).isFalse();
    assertThatThrownBy(() -> ObservationPlacement.plan(DecisionFixtures.VO.statements(), StudentId.of("s"), BrinCode.of("99VA00"),
        BrinCode.of("99VF00"), Cluster.FOUR, from, from.plusWeeks(12))).hasMessageContaining("at most 12 weeks");
    assertThatThrownBy(() -> ObservationPlacement.plan(DecisionFixtures.ML.statements(), StudentId.of("s"), BrinCode.of("99VA00"),
        BrinCode.of("99VF00"), Cluster.FOUR, from, from.plusWeeks(2))).isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> new ObservationPlacement(StudentId.of("s"), BrinCode.of("99VA00"), BrinCode.of("99VF00"), Cluster.TWO, from, from))
        .hasMessageContaining("cluster 3 or 4");
  }

  @Test
  void residentialPlacementHasNoStatement_R_TLV_10() {
    ResidentialPlacement p = new ResidentialPlacement(StudentId.of("s"), PartnershipId.of("vo-31-02"), LocalDate.of(2025, 1, 1), Optional.empty());
    assertThat(p.hasStatement()).isFalse();
    assertThat(p.activeOn(LocalDate.of(2025, 10, 1))).isTrue();
  }
}
