package nl.passend.application.contract;

import static nl.passend.application.contract.ContractFixtures.P1;
import static nl.passend.application.contract.ContractFixtures.P2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.passend.application.common.AlreadyExistsException;
import nl.passend.application.common.StaleVersionException;
import nl.passend.application.common.Versioned;
import nl.passend.application.testing.StorageContract;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.Partnership;
import org.junit.jupiter.api.Test;

/** What every adapter of the partnership, board and school repositories must do. */
public abstract class OrganisationRepositoriesContract extends StorageContract {

  @Test
  void partnershipRoundTripsAtVersionOne() {
    Versioned<Partnership> stored = storage.partnerships().insert(ContractFixtures.partnership(P1));
    assertThat(stored.version()).isEqualTo(1);
    assertThat(storage.partnerships().find(P1)).contains(stored);
    assertThat(storage.partnerships().find(P2)).isEmpty();
  }

  @Test
  void aPartnershipsPostalAddressRoundTripsAndChangesWithItsVersion() {
    Versioned<Partnership> stored = storage.partnerships().insert(ContractFixtures.partnership(P1).withPostalAddress("Postbus 1\n9999 ZZ Voorbeeld"));
    assertThat(storage.partnerships().find(P1).orElseThrow().value().postalAddress()).isEqualTo("Postbus 1\n9999 ZZ Voorbeeld");
    storage.partnerships().update(stored.value().withPostalAddress("Voorbeeldweg 2\n9999 ZY Voorbeeld"), 1);
    assertThat(storage.partnerships().find(P1).orElseThrow().value().postalAddress()).isEqualTo("Voorbeeldweg 2\n9999 ZY Voorbeeld");
    storage.partnerships().insert(ContractFixtures.partnership(P2));
    assertThat(storage.partnerships().find(P2).orElseThrow().value().postalAddress()).isEmpty();
  }

  @Test
  void aTakenIdIsRefused() {
    storage.partnerships().insert(ContractFixtures.partnership(P1));
    assertThatThrownBy(() -> storage.partnerships().insert(ContractFixtures.partnership(P1))).isInstanceOf(AlreadyExistsException.class);
  }

  @Test
  void aStaleUpdateIsRefusedNotWrittenOver() {
    Versioned<Partnership> v1 = storage.partnerships().insert(ContractFixtures.partnership(P1));
    Versioned<Partnership> v2 = storage.partnerships().update(v1.value().withMember(BoardId.of("b1")), 1);
    assertThat(v2.version()).isEqualTo(2);
    assertThatThrownBy(() -> storage.partnerships().update(v1.value(), 1)).isInstanceOf(StaleVersionException.class);
    assertThat(storage.partnerships().find(P1).orElseThrow().value().memberBoards()).contains(BoardId.of("b1"));
  }

  @Test
  void listsAreOrderedById() {
    storage.partnerships().insert(ContractFixtures.partnership(P2));
    storage.partnerships().insert(ContractFixtures.partnership(P1));
    assertThat(storage.partnerships().all()).extracting(v -> v.value().id()).containsExactly(P1, P2);
  }

  @Test
  void boardsAndSchoolsRoundTripAndQueryByBoard() {
    storage.partnerships().insert(ContractFixtures.partnership(P1));
    storage.boards().insert(ContractFixtures.board("b1", P1));
    storage.boards().insert(ContractFixtures.board("b2", P1));
    storage.schools().insert(ContractFixtures.school("99BB00", "b2"));
    storage.schools().insert(ContractFixtures.school("99AA00", "b1"));
    storage.schools().insert(ContractFixtures.school("99AA01", "b1"));
    assertThat(storage.boards().find(BoardId.of("b1")).orElseThrow().value().partnerships()).containsExactly(P1);
    assertThat(storage.schools().byBoard(BoardId.of("b1"))).extracting(v -> v.value().brin().value()).containsExactly("99AA00", "99AA01");
    assertThat(storage.schools().all()).hasSize(3);
    assertThat(storage.schools().find(BrinCode.of("99bb00"))).isPresent();
    assertThatThrownBy(() -> storage.schools().insert(ContractFixtures.school("99AA00", "b1"))).isInstanceOf(AlreadyExistsException.class);
    Versioned<nl.passend.domain.organisation.School> renamed = storage.schools().update(
        nl.passend.domain.organisation.School.of(BrinCode.of("99AA00"), "Renamed", BoardId.of("b1"), nl.passend.domain.organisation.SchoolType.BO), 1);
    assertThat(renamed.version()).isEqualTo(2);
    assertThatThrownBy(() -> storage.boards().update(ContractFixtures.board("b1", P1), 5)).isInstanceOf(StaleVersionException.class);
  }
}
