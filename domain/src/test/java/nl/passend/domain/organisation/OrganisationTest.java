package nl.passend.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.testing.DomainArbitraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationTest {

  @ParameterizedTest(name = "R-ORG-3 {0} -> {1}")
  @CsvSource({"14PS, 14PS", "14ps03, 14PS03", " 00kx00 , 00KX00", "21CS02, 21CS02", "03XF, 03XF"})
  void brinCodeIsValidatedAndCaseNormalised(String input, String expected) {
    assertThat(BrinCode.of(input).value()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "R-ORG-3 rejects ''{0}''")
  @ValueSource(strings = {"", "1PS03", "14PS3", "14PS033", "AB1234", "14P-03", "14PSAB", "14 PS03"})
  void invalidBrinCodeIsRejectedWithTheExpectedForm(String input) {
    assertThatThrownBy(() -> BrinCode.of(input))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("brin")
        .hasMessageContaining("expected form");
  }

  @Test
  void brinCodeSplitsInstitutionAndLocation_R_ORG_3() {
    BrinCode code = BrinCode.of("14ps03");
    assertThat(code.institution()).isEqualTo(BrinCode.of("14PS"));
    assertThat(code.location()).contains("03");
    assertThat(BrinCode.of("14PS").location()).isEmpty();
  }

  @Property
  void brinCodeRoundTripsThroughItsValue(@ForAll("brins") BrinCode code) {
    assertThat(BrinCode.of(code.value().toLowerCase())).isEqualTo(code);
  }

  @Provide
  Arbitrary<BrinCode> brins() {
    return DomainArbitraries.brinCodes();
  }

  @Test
  void schoolTypesBelongToOneSector_R_ORG_1() {
    assertThat(SchoolType.BO.sector()).isEqualTo(Sector.PO);
    assertThat(SchoolType.SBO.sector()).isEqualTo(Sector.PO);
    assertThat(SchoolType.SO.sector()).isEqualTo(Sector.PO);
    assertThat(SchoolType.VO.sector()).isEqualTo(Sector.VO);
    assertThat(SchoolType.VSO.sector()).isEqualTo(Sector.VO);
    assertThat(SchoolType.PRO.sector()).isEqualTo(Sector.VO);
  }

  @Test
  void partnershipAdmitsOnlySchoolsOfItsSector_R_ORG_1() {
    Partnership po = Partnership.of(PartnershipId.of("acc-po"), "Acc PO", Sector.PO, "", PolicyId.of("po-22-01"), Set.of());
    assertThat(po.admitsSchoolType(SchoolType.SO)).isTrue();
    assertThat(po.admitsSchoolType(SchoolType.VSO)).isFalse();
    assertThat(po.admitsSchoolType(SchoolType.PRO)).isFalse();
  }

  @Test
  void boardBelongsToAtLeastOnePartnership_R_ORG_2() {
    assertThatThrownBy(() -> Board.of(BoardId.of("b1"), "Board", Set.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("partnershipIds");
    Board board = Board.of(BoardId.of("b1"), "Board", Set.of(PartnershipId.of("p1"), PartnershipId.of("p2")));
    assertThat(board.isMemberOf(PartnershipId.of("p2"))).isTrue();
  }

  @Test
  void soAndVsoSchoolsCarryACluster_R_ORG_4() {
    assertThatThrownBy(() -> School.of(BrinCode.of("99AA00"), "SO", BoardId.of("b1"), SchoolType.SO))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("cluster");
    assertThatThrownBy(() -> new School(BrinCode.of("99AA00"), "BO", BoardId.of("b1"), SchoolType.BO,
        Optional.of(Cluster.THREE), Set.of()))
        .hasMessageContaining("only SO and VSO");
  }

  @Test
  void cluster3SchoolsNameTheirTypes_R_ORG_4() {
    assertThatThrownBy(() -> School.special(BrinCode.of("99AA00"), "SO3", BoardId.of("b1"), SchoolType.SO, Cluster.THREE, Set.of()))
        .hasMessageContaining("specialNeedsTypes");
    assertThatThrownBy(() -> School.special(BrinCode.of("99AA00"), "SO3", BoardId.of("b1"), SchoolType.SO, Cluster.THREE,
        Set.of(SpecialNeedsType.CLUSTER_4)))
        .hasMessageContaining("do not belong to cluster 3");
    School so3 = School.special(BrinCode.of("99AA00"), "SO3", BoardId.of("b1"), SchoolType.SO, Cluster.THREE,
        Set.of(SpecialNeedsType.ZML, SpecialNeedsType.LG));
    assertThat(so3.serves(SpecialNeedsType.ZML)).isTrue();
    assertThat(so3.serves(SpecialNeedsType.MG)).isFalse();
  }

  @Test
  void cluster4SchoolServesCluster4_R_ORG_4() {
    School so4 = School.special(BrinCode.of("99AB00"), "SO4", BoardId.of("b1"), SchoolType.VSO, Cluster.FOUR, Set.of());
    assertThat(so4.serves(SpecialNeedsType.CLUSTER_4)).isTrue();
    assertThat(Cluster.ONE.admittedByPartnership()).isFalse();
    assertThat(Cluster.FOUR.admittedByPartnership()).isTrue();
  }

  @Test
  void identifiersAreUrlSafe() {
    assertThatThrownBy(() -> BoardId.of("../etc/passwd")).hasMessageContaining("boardId");
    assertThatThrownBy(() -> PartnershipId.of("")).hasMessageContaining("partnershipId");
    assertThat(PartnershipId.of("po-22-01").value()).isEqualTo("po-22-01");
  }
}
