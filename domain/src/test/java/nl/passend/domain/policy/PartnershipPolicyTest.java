package nl.passend.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Set;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.organisation.Partnership;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.Sector;
import org.junit.jupiter.api.Test;

class PartnershipPolicyTest {

  @Test
  void theFourSeedPoliciesExist() {
    assertThat(SeedPolicies.all()).extracting(p -> p.id().value())
        .containsExactly("po-22-01", "vo-22-01", "vo-31-02", "vo-zo-drenthe");
    assertThat(SeedPolicies.find(PolicyId.of("po-22-01")).orElseThrow().sector()).isEqualTo(Sector.PO);
    assertThat(SeedPolicies.find(PolicyId.of("vo-31-02")).orElseThrow().sector()).isEqualTo(Sector.VO);
    assertThat(SeedPolicies.find(PolicyId.of("nope"))).isEmpty();
  }

  @Test
  void aPolicyIsValidatedWhenBuilt() {
    assertThatThrownBy(() -> PartnershipPolicy.builder().id(PolicyId.of("x")).name("X").sector(Sector.VO)
        .maxReboundPercent(new BigDecimal("120")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("maxReboundPercent");
    assertThatThrownBy(() -> PartnershipPolicy.builder().id(PolicyId.of("x")).name(" ").sector(Sector.VO).build())
        .hasMessageContaining("name");
    assertThatThrownBy(() -> PartnershipPolicy.builder().id(PolicyId.of("x")).name("X").sector(Sector.VO)
        .enrolmentOverlapToleranceDays(-1).build())
        .hasMessageContaining("enrolmentOverlapToleranceDays");
  }

  @Test
  void aDenominatorThatNamesASchoolTypeTwiceIsRefused_R_MON_1() {
    PartnershipPolicy vo = SeedPolicies.find(PolicyId.of("vo-31-02")).orElseThrow();
    assertThatThrownBy(() -> ImmutablePartnershipPolicy.copyOf(vo).withParticipationDenominator(
        nl.passend.domain.organisation.SchoolType.VO, nl.passend.domain.organisation.SchoolType.VSO, nl.passend.domain.organisation.SchoolType.VO))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("participationDenominator").hasMessageContaining("more than once");
  }

  @Test
  void aPolicyGovernsOnlyPartnershipsOfItsSector_R_ORG_1() {
    PartnershipPolicy po = SeedPolicies.find(PolicyId.of("po-22-01")).orElseThrow();
    Partnership wrongSector = Partnership.of(PartnershipId.of("acc"), "Acc", Sector.VO, "", PolicyId.of("po-22-01"), Set.of());
    assertThatThrownBy(() -> po.checkGoverns(wrongSector)).hasMessageContaining("R-ORG-1");
    Partnership right = Partnership.of(PartnershipId.of("acc"), "Acc", Sector.PO, "", PolicyId.of("po-22-01"), Set.of());
    po.checkGoverns(right);
  }

  @Test
  void aCustomPolicyCanStartFromABuiltInOne() {
    PartnershipPolicy vo = SeedPolicies.find(PolicyId.of("vo-22-01")).orElseThrow();
    PartnershipPolicy custom = ImmutablePartnershipPolicy.copyOf(vo).withId(PolicyId.of("my-swv")).withEnrolmentOverlapToleranceDays(1);
    assertThat(custom.maxReboundPercent()).contains(new BigDecimal("5"));
    assertThat(custom.enrolmentOverlapToleranceDays()).isEqualTo(1);
  }
}
