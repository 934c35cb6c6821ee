package nl.passend.application.usecase;

import static nl.passend.application.usecase.World.ACC;
import static nl.passend.application.usecase.World.ADMIN;
import static nl.passend.application.usecase.World.AUDITOR;
import static nl.passend.application.usecase.World.BOARD_1;
import static nl.passend.application.usecase.World.BOARD_2;
import static nl.passend.application.usecase.World.COMMITTEE;
import static nl.passend.application.usecase.World.OTHER;
import static nl.passend.application.usecase.World.OTHER_STAFF;
import static nl.passend.application.usecase.World.SCHOOL_A;
import static nl.passend.application.usecase.World.SCHOOL_B;
import static nl.passend.application.usecase.World.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.passend.application.common.AccessDeniedException;
import nl.passend.application.common.AlreadyExistsException;
import nl.passend.application.common.StaleVersionException;
import nl.passend.application.organisation.port.in.RegisterBoardUseCase;
import nl.passend.application.organisation.port.in.RegisterPartnershipUseCase;
import nl.passend.application.organisation.port.in.RegisterSchoolUseCase;
import nl.passend.application.student.port.in.ImportRejectedException;
import nl.passend.application.student.port.in.ImportStudentsUseCase;
import nl.passend.application.student.port.in.ImportStudentsUseCase.Row;
import nl.passend.application.student.port.in.UpdateEnrolmentsUseCase;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.Sector;
import nl.passend.domain.student.Enrolment;
import nl.passend.domain.student.StudentId;
import org.junit.jupiter.api.Test;

class OrganisationAndStudentUseCaseTest {
  private final World world = new World();

  @Test
  void onlyAnAdministratorRegistersTheOrganisation_R_PRIV_1() {
    var org = world.passend.organisation();
    assertThatThrownBy(() -> org.register(new RegisterPartnershipUseCase.Command(STAFF, PartnershipId.of("x"), "X", Sector.PO, "", PolicyId.of("po-22-01"))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> org.register(new RegisterPartnershipUseCase.Command(ADMIN, ACC, "X", Sector.PO, "", PolicyId.of("po-22-01"))))
        .isInstanceOf(AlreadyExistsException.class);
    assertThatThrownBy(() -> org.register(new RegisterPartnershipUseCase.Command(ADMIN, PartnershipId.of("x"), "X", Sector.PO, "", PolicyId.of("nope"))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("policyId");
    assertThatThrownBy(() -> org.register(new RegisterPartnershipUseCase.Command(ADMIN, PartnershipId.of("x"), "X", Sector.VO, "", PolicyId.of("po-22-01"))))
        .hasMessageContaining("R-ORG-1");
    assertThat(org.partnership(STAFF, ACC).value().memberBoards()).containsExactly(BoardId.of("b1"), BoardId.of("b2"));
  }

  @Test
  void schoolsMustFitTheirBoardsPartnerships_R_ORG_1() {
    var org = world.passend.organisation();
    assertThatThrownBy(() -> org.register(new RegisterSchoolUseCase.Command(ADMIN, BrinCode.of("99DD00"), "VO school", BoardId.of("b1"),
        SchoolType.VO, Optional.empty(), Set.of()))).hasMessageContaining("sector");
    assertThatThrownBy(() -> org.register(new RegisterSchoolUseCase.Command(ADMIN, BrinCode.of("99DD00"), "S", BoardId.of("nope"),
        SchoolType.BO, Optional.empty(), Set.of()))).hasMessageContaining("boardId");
    assertThatThrownBy(() -> org.register(new RegisterBoardUseCase.Command(ADMIN, BoardId.of("b9"), "B", Set.of(PartnershipId.of("nope")))))
        .hasMessageContaining("partnershipIds");
    var updated = org.update(new RegisterBoardUseCase.Command(ADMIN, BoardId.of("b2"), "Board two renamed", Set.of(ACC, OTHER)), 1);
    assertThat(updated.version()).isEqualTo(2);
    assertThat(org.partnership(ADMIN, OTHER).value().memberBoards()).contains(BoardId.of("b2"));
    assertThatThrownBy(() -> org.update(new RegisterBoardUseCase.Command(ADMIN, BoardId.of("b2"), "Stale", Set.of(ACC)), 1))
        .isInstanceOf(StaleVersionException.class);
  }

  @Test
  void aBoardWithSchoolsJoinsOnlyPartnershipsOfItsSchoolsSectorsAndLeavesNoSchoolWithout_R_ORG_1() {
    var org = world.passend.organisation();
    org.register(new RegisterPartnershipUseCase.Command(ADMIN, PartnershipId.of("vo"), "VO", Sector.VO, "", PolicyId.of("vo-31-02")));
    assertThatThrownBy(() -> org.update(new RegisterBoardUseCase.Command(ADMIN, BoardId.of("b2"), "Board two", Set.of(ACC, PartnershipId.of("vo"))), 1))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("partnershipIds").hasMessageContaining("R-ORG-1")
        .hasMessageContaining("partnership vo is of sector VO");
    assertThatThrownBy(() -> org.update(new RegisterBoardUseCase.Command(ADMIN, BoardId.of("b2"), "Board two", Set.of(PartnershipId.of("vo"))), 1))
        .hasMessageContaining("school 99BB00 (BO) would belong to no partnership of sector PO");
    assertThat(org.board(ADMIN, BoardId.of("b2")).version()).as("nothing written").isEqualTo(1);
    assertThat(org.partnership(ADMIN, PartnershipId.of("vo")).value().memberBoards()).isEmpty();

    // a board without schools may join either sector; leaving a partnership takes it off the member list
    org.register(new RegisterBoardUseCase.Command(ADMIN, BoardId.of("b9"), "New board", Set.of(ACC)));
    org.update(new RegisterBoardUseCase.Command(ADMIN, BoardId.of("b9"), "New board", Set.of(PartnershipId.of("vo"))), 1);
    assertThat(org.partnership(ADMIN, ACC).value().memberBoards()).doesNotContain(BoardId.of("b9"));
    assertThat(org.partnership(ADMIN, PartnershipId.of("vo")).value().memberBoards()).containsExactly(BoardId.of("b9"));
  }

  @Test
  void importStoresStudentsAndTheirEnrolments() {
    ImportStudentsUseCase.Result imported = world.passend.students().importStudents(new ImportStudentsUseCase.Command(STAFF, ACC, List.of(
        new Row(2, "s-1", "2015-03-01", "99AA00", "BO", "2021-08-01", "2024-03-31"),
        new Row(3, "s-1", "2015-03-01", "99PA00", "SBO", "2024-04-01", ""),
        new Row(4, "s-2", "2016-01-10", "99bb00", "bo", "2022-08-01", ""))));
    assertThat(imported).isEqualTo(new ImportStudentsUseCase.Result(2, 2, 0, 3));
    var s1 = world.passend.students().student(STAFF, StudentId.of("s-1")).student();
    assertThat(s1.enrolments().enrolments()).hasSize(2);
    assertThat(s1.enrolmentOn(World.TODAY).orElseThrow().schoolType()).isEqualTo(SchoolType.SBO);
    assertThat(world.storage.auditLog().byPartnership(ACC)).anySatisfy(e -> assertThat(e.action()).isEqualTo("students.import"));
  }

  @Test
  void aFailedImportReportsEveryBadLineAndLeavesNothingBehind() {
    ImportRejectedException rejected = org.assertj.core.api.Assertions.catchThrowableOfType(ImportRejectedException.class,
        () -> world.passend.students().importStudents(new ImportStudentsUseCase.Command(STAFF, ACC, List.of(
            new Row(2, "s-1", "2015-03-01", "99AA00", "BO", "2021-08-01", ""),
            new Row(3, "s-2", "2015-13-01", "99AA00", "BO", "2021-08-01", ""),
            new Row(4, "s-3", "2015-03-01", "99ZZ00", "BO", "2021-08-01", ""),
            new Row(5, "s-4", "2015-03-01", "99AA00", "XX", "2021-08-01", "2020-01-01"),
            new Row(6, "s-5", "2030-03-01", "99AA00", "BO", "2031-08-01", ""),
            new Row(7, "s-6", "2015-03-01", "99CC00", "BO", "2021-08-01", "")))));
    assertThat(rejected.errors()).extracting(e -> e.line() + ":" + e.field())
        .contains("3:dateOfBirth", "4:schoolBrin", "5:schoolType", "5:enrolledUntil", "6:dateOfBirth", "7:schoolBrin");
    assertThat(rejected.errors()).noneMatch(e -> e.line() == 2);
    assertThat(world.storage.students().count()).isZero();
  }

  @Test
  void anEnrolmentBeforeTheSchoolTypesAgeIsALineError_R_INT_5() {
    assertThatThrownBy(() -> world.passend.students().importStudents(new ImportStudentsUseCase.Command(STAFF, ACC, List.of(
        new Row(2, "s-40", "2020-03-01", "99AA00", "BO", "2024-03-01", ""),
        new Row(3, "s-41", "2020-03-01", "99AA00", "BO", "2024-02-29", "")))))
        .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors()).singleElement().satisfies(err -> {
          assertThat(err.line()).isEqualTo(3);
          assertThat(err.field()).isEqualTo("enrolledFrom");
          assertThat(err.message()).contains("4th birthday, 2024-03-01");
        }));
  }

  @Test
  void overlappingEnrolmentsInAnImportAreRefused_R_STU_3() {
    assertThatThrownBy(() -> world.passend.students().importStudents(new ImportStudentsUseCase.Command(STAFF, ACC, List.of(
        new Row(2, "s-1", "2015-03-01", "99AA00", "BO", "2021-08-01", ""),
        new Row(3, "s-1", "2015-03-01", "99BB00", "BO", "2023-08-01", "")))))
        .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors()).singleElement()
            .satisfies(err -> assertThat(err.field()).isEqualTo("enrolledFrom")));
  }

  @Test
  void anExistingStudentGetsItsEnrolmentsUpdated() {
    world.student("s-1", "99AA00");
    world.passend.students().importStudents(new ImportStudentsUseCase.Command(STAFF, ACC, List.of(
        new Row(2, "s-1", "2015-03-01", "99AA00", "BO", "2021-08-01", "2025-07-31"))));
    var s1 = world.passend.students().student(STAFF, StudentId.of("s-1"));
    assertThat(s1.version()).isEqualTo(2);
    assertThat(s1.student().enrolments().enrolments()).singleElement().satisfies(e -> assertThat(e.until()).isPresent());
  }

  @Test
  void schoolStaffImportOnlyForTheirOwnSchool_R_PRIV_1() {
    assertThatThrownBy(() -> world.passend.students().importStudents(new ImportStudentsUseCase.Command(SCHOOL_A, ACC, List.of(
        new Row(2, "s-1", "2015-03-01", "99BB00", "BO", "2021-08-01", ""))))).isInstanceOf(AccessDeniedException.class);
    world.passend.students().importStudents(new ImportStudentsUseCase.Command(SCHOOL_A, ACC, List.of(
        new Row(2, "s-1", "2015-03-01", "99AA00", "BO", "2021-08-01", ""))));
    assertThatThrownBy(() -> world.passend.students().importStudents(new ImportStudentsUseCase.Command(OTHER_STAFF, ACC, List.of())))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void anImportRowForAStudentOutsideTheScopeRefusesTheWholeImportBeforeAnyComparison_R_INT_1() {
    world.student("s-b", "99BB00");
    // School A guesses a wrong date of birth for school B's student: the answer is 403, not "differs from the stored student".
    for (String guess : List.of("2015-03-01", "2014-01-01")) {
      assertThatThrownBy(() -> world.passend.students().importStudents(new ImportStudentsUseCase.Command(SCHOOL_A, ACC, List.of(
          new Row(2, "own-1", "2016-01-01", "99AA00", "BO", "2021-08-01", ""),
          new Row(3, "s-b", guess, "99AA00", "BO", "2024-08-01", "")))))
          .isInstanceOf(AccessDeniedException.class).hasMessageNotContaining("99BB00").hasMessageNotContaining("2015");
    }
    assertThat(world.storage.students().find(StudentId.of("own-1"))).isEmpty();
    assertThat(world.storage.students().find(StudentId.of("s-b")).orElseThrow().value().student().enrolments().enrolments()).hasSize(1);
  }

  @Test
  void anImportNeverMovesAStudentToAnotherPartnership_R_INT_1() {
    world.student("s-1", "99BB00");
    // The other partnership's staff do not reach a student of this one: the whole import is refused, and nothing moves.
    assertThatThrownBy(() -> world.passend.students().importStudents(new ImportStudentsUseCase.Command(OTHER_STAFF, OTHER, List.of(
        new Row(2, "s-1", "2015-03-01", "99CC00", "BO", "2025-08-01", ""))))).isInstanceOf(AccessDeniedException.class);
    assertThat(world.storage.students().find(StudentId.of("s-1")).orElseThrow().value().partnership()).isEqualTo(ACC);
    // Its own staff may add an enrolment; the student stays in its partnership.
    world.passend.students().importStudents(new ImportStudentsUseCase.Command(STAFF, ACC, List.of(
        new Row(2, "s-1", "2015-03-01", "99BB00", "BO", "2021-08-01", "2025-07-31"),
        new Row(3, "s-1", "2015-03-01", "99AA00", "BO", "2025-08-01", ""))));
    assertThat(world.storage.students().find(StudentId.of("s-1")).orElseThrow().value().partnership()).isEqualTo(ACC);
  }

  @Test
  void whoSeesAStudent_R_PRIV_1() {
    world.student("s-1", "99AA00");
    StudentId id = StudentId.of("s-1");
    assertThat(world.passend.students().student(SCHOOL_A, id).student().id()).isEqualTo(id);
    assertThat(world.passend.students().student(BOARD_1, id)).isNotNull();
    assertThat(world.passend.students().student(STAFF, id)).isNotNull();
    for (var denied : List.of(SCHOOL_B, BOARD_2, OTHER_STAFF, COMMITTEE, AUDITOR, ADMIN)) {
      assertThatThrownBy(() -> world.passend.students().student(denied, id)).as(denied.reference()).isInstanceOf(AccessDeniedException.class);
    }
  }

  @Test
  void enrolmentsAreUpdatedAtTheVersionRead() {
    world.student("s-1", "99AA00");
    var moved = List.of(Enrolment.closed(BrinCode.of("99AA00"), SchoolType.BO, java.time.LocalDate.of(2021, 8, 1), java.time.LocalDate.of(2025, 3, 31)),
        Enrolment.open(BrinCode.of("99PA00"), SchoolType.SBO, java.time.LocalDate.of(2025, 4, 1)));
    var updated = world.passend.students().updateEnrolments(new UpdateEnrolmentsUseCase.Command(STAFF, StudentId.of("s-1"), 1, moved));
    assertThat(updated.version()).isEqualTo(2);
    assertThatThrownBy(() -> world.passend.students().updateEnrolments(new UpdateEnrolmentsUseCase.Command(STAFF, StudentId.of("s-1"), 1, moved)))
        .isInstanceOf(StaleVersionException.class);
    // The school the student left no longer sees the student.
    assertThatThrownBy(() -> world.passend.students().student(SCHOOL_A, StudentId.of("s-1"))).isInstanceOf(AccessDeniedException.class);
  }
}
