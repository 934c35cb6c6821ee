package nl.passend.application.usecase;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.passend.application.testing.memory.InMemorySchoolCalendarSource;
import nl.passend.application.testing.memory.InMemoryStorage;
import nl.passend.application.testing.memory.SequentialIdGenerator;
import nl.passend.application.Passend;
import nl.passend.application.common.Actor;
import nl.passend.application.common.Role;
import nl.passend.application.organisation.port.in.RegisterBoardUseCase;
import nl.passend.application.organisation.port.in.RegisterPartnershipUseCase;
import nl.passend.application.organisation.port.in.RegisterSchoolUseCase;
import nl.passend.application.student.port.in.ImportStudentsUseCase;
import nl.passend.application.testing.MutableClock;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.Cluster;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.Sector;
import nl.passend.domain.organisation.SpecialNeedsType;

/**
 * A small invented world for use-case tests over the in-memory adapters: partnership {@code acc-po}
 * (policy po-22-01) with boards {@code b1} (schools 99AA00 BO, 99PA00 SBO, 99PC00 SO cluster 3) and
 * {@code b2} (school 99BB00 BO), and partnership {@code other-po} with board {@code b3} (99CC00).
 */
final class World {
  static final LocalDate TODAY = LocalDate.of(2025, 9, 15);
  static final PartnershipId ACC = PartnershipId.of("acc-po");
  static final PartnershipId OTHER = PartnershipId.of("other-po");
  static final Actor ADMIN = Actor.administrator();
  static final Actor STAFF = Actor.of(Role.PARTNERSHIP_STAFF, "acc-po");
  static final Actor OTHER_STAFF = Actor.of(Role.PARTNERSHIP_STAFF, "other-po");
  static final Actor AUDITOR = Actor.of(Role.AUDITOR, "acc-po");
  static final Actor SCHOOL_A = Actor.of(Role.SCHOOL_STAFF, "99AA00");
  static final Actor SCHOOL_B = Actor.of(Role.SCHOOL_STAFF, "99BB00");
  static final Actor BOARD_1 = Actor.of(Role.BOARD_OFFICER, "b1");
  static final Actor BOARD_2 = Actor.of(Role.BOARD_OFFICER, "b2");
  static final Actor COMMITTEE = Actor.committeeMember("acc-po", Optional.empty());
  static final Actor COMMITTEE_OF_SCHOOL_A = Actor.committeeMember("acc-po", Optional.of(BrinCode.of("99AA00")));

  final InMemoryStorage storage = new InMemoryStorage();
  final MutableClock clock = new MutableClock(TODAY);
  final InMemorySchoolCalendarSource calendars = new InMemorySchoolCalendarSource();
  final Passend passend = new Passend(storage, clock, new SequentialIdGenerator(), calendars, dossier -> {
    throw new IllegalStateException("no OSO reader in these tests");
  }, new nl.passend.application.testing.memory.PlainTextLetterRenderer());

  World() {
    var org = passend.organisation();
    org.register(new RegisterPartnershipUseCase.Command(ADMIN, ACC, "Acc PO", Sector.PO, "test", PolicyId.of("po-22-01")));
    org.register(new RegisterPartnershipUseCase.Command(ADMIN, OTHER, "Other PO", Sector.PO, "test", PolicyId.of("po-22-01")));
    org.register(new RegisterBoardUseCase.Command(ADMIN, BoardId.of("b1"), "Board one", Set.of(ACC)));
    org.register(new RegisterBoardUseCase.Command(ADMIN, BoardId.of("b2"), "Board two", Set.of(ACC)));
    org.register(new RegisterBoardUseCase.Command(ADMIN, BoardId.of("b3"), "Board three", Set.of(OTHER)));
    school("99AA00", "b1", SchoolType.BO, Optional.empty(), Set.of());
    school("99PA00", "b1", SchoolType.SBO, Optional.empty(), Set.of());
    school("99PC00", "b1", SchoolType.SO, Optional.of(Cluster.THREE), Set.of(SpecialNeedsType.ZML, SpecialNeedsType.LG));
    school("99BB00", "b2", SchoolType.BO, Optional.empty(), Set.of());
    school("99CC00", "b3", SchoolType.BO, Optional.empty(), Set.of());
  }

  private void school(String brin, String board, SchoolType type, Optional<Cluster> cluster, Set<SpecialNeedsType> served) {
    passend.organisation().register(new RegisterSchoolUseCase.Command(ADMIN, BrinCode.of(brin), "School " + brin, BoardId.of(board), type,
        cluster, served));
  }

  /** Imports one student enrolled at a school since 1 August 2021. */
  void student(String id, String brin) {
    passend.students().importStudents(new ImportStudentsUseCase.Command(STAFF, ACC,
        List.of(new ImportStudentsUseCase.Row(2, id, "2015-03-01", brin, "BO", "2021-08-01", ""))));
  }
}
