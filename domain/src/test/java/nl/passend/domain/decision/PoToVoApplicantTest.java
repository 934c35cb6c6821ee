package nl.passend.domain.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.SpecialNeedsType;
import nl.passend.domain.student.Enrolment;
import nl.passend.domain.student.Registration;
import nl.passend.domain.student.StudentId;
import org.junit.jupiter.api.Test;

/** R-TLV-1 (SPEC version 2): who applies at the PO→VO transition, with registrations and the PrO special route. */
class PoToVoApplicantTest {
  private static final LocalDate RECEIVED = DecisionFixtures.RECEIVED;
  private static final BrinCode PRIMARY = BrinCode.of("99PA00");
  private static final BrinCode PRO_SCHOOL = BrinCode.of("99PR00");
  private static final BrinCode VMBO = BrinCode.of("99VM00");
  private static final Optional<Enrolment> IN_GROUP_8 = Optional.of(Enrolment.open(PRIMARY, SchoolType.BO, LocalDate.of(2017, 8, 1)));

  private static AdmissibilityApplication submitPro(AdmissibilityApplication.ApplicantFacts facts, boolean specialRoute) {
    return AdmissibilityApplication.submit(ApplicationId.of("a"), DecisionFixtures.VO, PartnershipId.of("vo"), facts,
        Applicant.BOARD_OF_REGISTERING_SCHOOL, SchoolType.PRO, Optional.empty(), specialRoute, Optional.empty(), RECEIVED, "staff");
  }

  private static Registration registration(BrinCode school, SchoolType type, LocalDate on) {
    return new Registration("reg-1", StudentId.of("s"), school, type, on);
  }

  @Test
  void aGroup8PupilRegisteredAtAProSchoolIsAppliedForByThatSchool_R_TLV_1() {
    var facts = DecisionFixtures.facts("s", IN_GROUP_8, DecisionFixtures.school(PRO_SCHOOL, SchoolType.PRO),
        List.of(registration(PRO_SCHOOL, SchoolType.PRO, RECEIVED.minusDays(3))), List.of(PRO_SCHOOL));
    assertThat(submitPro(facts, false).applyingSchool()).isEqualTo(PRO_SCHOOL);
  }

  @Test
  void thePrimarySchoolMayNotApplyForAProStatement_R_TLV_1() {
    var facts = DecisionFixtures.facts("s", IN_GROUP_8, DecisionFixtures.school(PRIMARY, SchoolType.BO),
        List.of(registration(PRO_SCHOOL, SchoolType.PRO, RECEIVED.minusDays(3))), List.of(PRO_SCHOOL));
    assertThatThrownBy(() -> submitPro(facts, false)).isInstanceOfSatisfying(ApplicantRefusedException.class, e -> {
      assertThat(e.ruleId()).isEqualTo("R-TLV-1");
      assertThat(e.schoolsThatMayApply()).containsExactly("99PR00");
      assertThat(e.getMessage()).contains("not yet enrolled in VO");
    });
  }

  @Test
  void withoutARegistrationNoSchoolMayApply_R_TLV_1() {
    var facts = DecisionFixtures.facts("s", IN_GROUP_8, DecisionFixtures.school(PRO_SCHOOL, SchoolType.PRO), List.of(), List.of(PRO_SCHOOL));
    assertThatThrownBy(() -> submitPro(facts, false)).isInstanceOfSatisfying(ApplicantRefusedException.class, e -> {
      assertThat(e.schoolsThatMayApply()).isEmpty();
      assertThat(e.getMessage()).contains("neither enrolled in VO nor registered");
    });
  }

  @Test
  void aRegistrationCountsFromItsDayOn_R_TLV_1() {
    var later = DecisionFixtures.facts("s", IN_GROUP_8, DecisionFixtures.school(PRO_SCHOOL, SchoolType.PRO),
        List.of(registration(PRO_SCHOOL, SchoolType.PRO, RECEIVED.plusDays(1))), List.of(PRO_SCHOOL));
    assertThatThrownBy(() -> submitPro(later, false)).isInstanceOf(ApplicantRefusedException.class);
    var sameDay = DecisionFixtures.facts("s", IN_GROUP_8, DecisionFixtures.school(PRO_SCHOOL, SchoolType.PRO),
        List.of(registration(PRO_SCHOOL, SchoolType.PRO, RECEIVED)), List.of(PRO_SCHOOL));
    assertThat(submitPro(sameDay, false).state()).isEqualTo(ApplicationState.SUBMITTED);
  }

  @Test
  void aRegistrationAtAPrimarySchoolDoesNotEntitleToAVoStatement_R_TLV_1() {
    BrinCode otherPrimary = BrinCode.of("99PB00");
    var facts = DecisionFixtures.facts("s", Optional.empty(), DecisionFixtures.school(otherPrimary, SchoolType.BO),
        List.of(registration(otherPrimary, SchoolType.BO, RECEIVED.minusDays(3))), List.of(PRO_SCHOOL));
    assertThatThrownBy(() -> submitPro(facts, false)).isInstanceOf(ApplicantRefusedException.class);
  }

  @Test
  void aVoEnrolmentWinsOverARegistration_R_TLV_1() {
    var facts = DecisionFixtures.facts("s", Optional.of(Enrolment.open(VMBO, SchoolType.VO, LocalDate.of(2024, 8, 1))),
        DecisionFixtures.school(BrinCode.of("99VS00"), SchoolType.VO), List.of(registration(BrinCode.of("99VS00"), SchoolType.VO, RECEIVED)),
        List.of());
    assertThatThrownBy(() -> AdmissibilityApplication.submit(ApplicationId.of("a"), DecisionFixtures.VO, PartnershipId.of("vo"), facts,
        Applicant.BOARD_OF_ENROLLING_SCHOOL, SchoolType.VSO, Optional.of(SpecialNeedsType.LG), false, Optional.empty(), RECEIVED, "x"))
        .isInstanceOfSatisfying(ApplicantRefusedException.class, e -> {
          assertThat(e.schoolsThatMayApply()).containsExactly("99VM00");
          assertThat(e.getMessage()).contains("enrolled in VO");
        });
  }

  @Test
  void aPoEnrolmentStillDecidesAPoStatement_R_TLV_1() {
    var facts = DecisionFixtures.enrolledAt("s", PRIMARY, SchoolType.BO);
    AdmissibilityApplication so = AdmissibilityApplication.submit(ApplicationId.of("a"), DecisionFixtures.PO, PartnershipId.of("po"), facts,
        Applicant.BOARD_OF_ENROLLING_SCHOOL, SchoolType.SBO, Optional.empty(), false, Optional.empty(), RECEIVED, "x");
    assertThat(so.applyingSchool()).isEqualTo(PRIMARY);
  }

  @Test
  void theProSpecialRouteIsForThePartnershipsProSchool_R_TLV_1() {
    Optional<Enrolment> atVmbo = Optional.of(Enrolment.open(VMBO, SchoolType.VO, LocalDate.of(2024, 8, 1)));
    var byPro = DecisionFixtures.facts("s", atVmbo, DecisionFixtures.school(PRO_SCHOOL, SchoolType.PRO), List.of(), List.of(PRO_SCHOOL));
    assertThat(submitPro(byPro, true).proSpecialRoute()).isTrue();
    var byVmbo = DecisionFixtures.facts("s", atVmbo, DecisionFixtures.school(VMBO, SchoolType.VO), List.of(), List.of(PRO_SCHOOL));
    assertThatThrownBy(() -> submitPro(byVmbo, true)).isInstanceOfSatisfying(ApplicantRefusedException.class,
        e -> assertThat(e.schoolsThatMayApply()).containsExactly("99PR00"));
    var stillInPrimary = DecisionFixtures.facts("s", IN_GROUP_8, DecisionFixtures.school(PRO_SCHOOL, SchoolType.PRO), List.of(), List.of(PRO_SCHOOL));
    assertThatThrownBy(() -> submitPro(stillInPrimary, true)).hasMessageContaining("enrolled at another VO school");
  }
}
