package nl.passend.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.School;
import org.junit.jupiter.api.Test;

/** The organisations of the seeds that the demo data registers. */
class SeedOrganisationsTest {
  @Test
  void seedOrganisationsAreConsistent() {
    assertThat(SeedOrganisations.partnerships()).extracting(p -> p.id().value())
        .containsExactly("po-22-01", "vo-22-01", "vo-31-02", "vo-zo-drenthe");
    // 004:L114-126: the BO counts of 1 October 2015 add up to 14,125.
    int bo = SeedOrganisations.boards().stream().filter(b -> b.board().isMemberOf(PartnershipId.of("po-22-01")))
        .mapToInt(SeedOrganisations.SeedBoard::regularStudents).sum();
    assertThat(bo).isEqualTo(14_125);
    Set<BoardId> boards = SeedOrganisations.boards().stream().map(b -> b.board().id()).collect(java.util.stream.Collectors.toSet());
    assertThat(SeedOrganisations.schools()).allSatisfy(s -> assertThat(boards).contains(s.board()));
    assertThat(SeedOrganisations.schools()).extracting(School::brin).doesNotHaveDuplicates();
  }
}
