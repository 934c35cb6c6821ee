package nl.passend.application.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import nl.passend.application.Passend;
import nl.passend.application.access.AccessPolicy;
import nl.passend.application.common.Actor;
import nl.passend.application.common.Role;
import nl.passend.application.organisation.port.in.RegisterBoardUseCase;
import nl.passend.application.organisation.port.in.RegisterPartnershipUseCase;
import nl.passend.application.organisation.port.in.RegisterSchoolUseCase;
import nl.passend.application.student.port.in.ImportRejectedException;
import nl.passend.application.student.port.in.ImportStudentsUseCase;
import nl.passend.application.student.port.in.ImportStudentsUseCase.Row;
import nl.passend.application.testing.MutableClock;
import nl.passend.application.testing.memory.InMemorySchoolCalendarSource;
import nl.passend.application.testing.memory.InMemoryStorage;
import nl.passend.application.testing.memory.SequentialIdGenerator;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.Sector;
import nl.passend.domain.student.Student;
import nl.passend.domain.student.StudentId;
import org.junit.jupiter.api.Test;

/**
 * The import is read and written in parts; these tests prove that where the parts begin and end
 * changes nothing: the same file gives the same students, the same totals or the same errors with one
 * part of every row as with parts of one, two or three rows.
 */
class StudentImportPartsTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 9, 15);
  private static final PartnershipId ACC = PartnershipId.of("acc-po");
  private static final Actor STAFF = Actor.of(Role.PARTNERSHIP_STAFF, "acc-po");
  private static final List<String> IDS = List.of("s-1", "s-2", "s-3", "s-4");
  private static final List<String> SCHOOLS = List.of("99AA00", "99BB00", "99PA00");
  private static final List<LocalDate> STARTS = List.of(LocalDate.of(2021, 8, 1), LocalDate.of(2022, 8, 1), LocalDate.of(2023, 8, 1),
      LocalDate.of(2024, 8, 1));

  /** A partnership with two BO schools and an SBO school, a service writing in parts of {@code partRows} rows, and its storage. */
  private record World(InMemoryStorage storage, StudentService students) {
    static World withParts(int partRows) {
      InMemoryStorage storage = new InMemoryStorage();
      MutableClock clock = new MutableClock(TODAY);
      Passend passend = new Passend(storage, clock, new SequentialIdGenerator(), new InMemorySchoolCalendarSource());
      Actor admin = Actor.administrator();
      passend.organisation().register(new RegisterPartnershipUseCase.Command(admin, ACC, "Acc PO", Sector.PO, "test", PolicyId.of("po-22-01")));
      passend.organisation().register(new RegisterBoardUseCase.Command(admin, BoardId.of("b1"), "Board one", Set.of(ACC)));
      for (String brin : SCHOOLS) {
        passend.organisation().register(new RegisterSchoolUseCase.Command(admin, BrinCode.of(brin), "School " + brin, BoardId.of("b1"),
            brin.equals("99PA00") ? SchoolType.SBO : SchoolType.BO, Optional.empty(), Set.of()));
      }
      StudentService service = new StudentService(storage.students(), storage.schools(), storage.partnerships(), storage.policies(),
          new AccessPolicy(storage.schools(), storage.boards()), storage.unitOfWork(), storage.auditLog(), clock, partRows);
      return new World(storage, service);
    }

    /** What the import did: its totals, or its errors in a stable order; and every stored student without its version. */
    String outcome(List<Row> stored, List<Row> rows) {
      if (!stored.isEmpty()) {
        students.importStudents(new ImportStudentsUseCase.Command(STAFF, ACC, stored));
      }
      String answer;
      try {
        answer = students.importStudents(new ImportStudentsUseCase.Command(STAFF, ACC, rows)).toString();
      } catch (ImportRejectedException e) {
        answer = e.errors().stream().sorted(Comparator.comparingInt(ImportStudentsUseCase.LineError::line)
            .thenComparing(ImportStudentsUseCase.LineError::field).thenComparing(ImportStudentsUseCase.LineError::message)).toList() + " of " + e.total();
      }
      Map<String, Student> all = new TreeMap<>();
      for (String id : IDS) {
        storage.students().find(StudentId.of(id)).ifPresent(v -> all.put(id, v.value().student()));
      }
      return answer + " " + all;
    }
  }

  @Property(tries = 300)
  void wherePartsBeginAndEndChangesNothing(@ForAll("stored") List<Row> stored, @ForAll("rows") List<Row> rows,
      @ForAll @IntRange(min = 1, max = 3) int partRows) {
    String whole = World.withParts(Integer.MAX_VALUE).outcome(stored, rows);
    String inParts = World.withParts(partRows).outcome(stored, rows);
    assertThat(inParts).isEqualTo(whole);
    Statistics.label("outcome").collect(whole.startsWith("Result[") ? "stored" : "refused");
    Statistics.label("outcome").coverage(c -> {
      c.check("stored").percentage(p -> p > 10);
      c.check("refused").percentage(p -> p > 20);
    });
  }

  @Provide
  Arbitrary<List<Row>> stored() {
    // Students stored before the import: one enrolment each, at one of the schools, open or ended.
    Arbitrary<Row> row = Combinators.combine(Arbitraries.of(IDS), Arbitraries.of("99AA00", "99BB00"), Arbitraries.of(STARTS), Arbitraries.of(true, false))
        .as((id, school, from, ended) -> new Row(2, id, "2015-03-01", school, "BO", from.toString(), ended ? from.plusYears(1).minusDays(1).toString() : ""));
    return row.list().ofMaxSize(3).uniqueElements(Row::studentId);
  }

  @Provide
  Arbitrary<List<Row>> rows() {
    // Rows of a few students, in any order: mostly the right date of birth and school type, sometimes not;
    // enrolments that may overlap, replace a stored one (same school and start) or end it.
    Arbitrary<String> dob = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(29, Arbitraries.just("2015-03-01")), net.jqwik.api.Tuple.of(1, Arbitraries.just("2015-04-01")));
    Arbitrary<String> until = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, Arbitraries.just("")),
        net.jqwik.api.Tuple.of(13, Arbitraries.just("+1")), net.jqwik.api.Tuple.of(1, Arbitraries.just("-1")));
    Arbitrary<Row> row = Combinators.combine(Arbitraries.of(IDS), dob, Arbitraries.of(SCHOOLS), Arbitraries.of(STARTS), until,
        Arbitraries.integers().between(0, 39))
        .as((id, born, school, from, end, odd) -> new Row(0, id, born, school, odd == 0 ? "SBO" : school.equals("99PA00") ? "SBO" : "BO",
            from.toString(), end.isEmpty() ? "" : end.equals("+1") ? from.plusYears(1).minusDays(1).toString() : from.minusDays(1).toString()));
    return row.list().ofMinSize(1).ofMaxSize(12).map(list -> {
      List<Row> numbered = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        Row r = list.get(i);
        numbered.add(new Row(i + 2, r.studentId(), r.dateOfBirth(), r.schoolBrin(), r.schoolType(), r.enrolledFrom(), r.enrolledUntil()));
      }
      return numbered;
    });
  }

  @Test
  void aLaterLineMendsAStudentAnEarlierPartLeftInvalid() {
    // Line 2 opens a second school while the stored enrolment is still open (an overlap); line 3, in the
    // next part, ends the stored enrolment (same school and start): the whole file is a valid history.
    World world = World.withParts(1);
    world.students.importStudents(new ImportStudentsUseCase.Command(STAFF, ACC, List.of(new Row(2, "s-1", "2015-03-01", "99AA00", "BO", "2021-08-01", ""))));
    ImportStudentsUseCase.Result r = world.students.importStudents(new ImportStudentsUseCase.Command(STAFF, ACC, List.of(
        new Row(2, "s-1", "2015-03-01", "99BB00", "BO", "2024-08-01", ""),
        new Row(3, "s-1", "2015-03-01", "99AA00", "BO", "2021-08-01", "2024-07-31"))));
    assertThat(r).isEqualTo(new ImportStudentsUseCase.Result(1, 0, 1, 2));
    assertThat(world.storage.students().find(StudentId.of("s-1")).orElseThrow().value().student().enrolments().enrolments()).hasSize(2);
  }

  @Test
  void twoLinesWithTheSameSchoolAndStartInDifferentPartsStayTwoEnrolmentsAndOverlap_R_STU_3() {
    World world = World.withParts(1);
    assertThatThrownBy(() -> world.students.importStudents(new ImportStudentsUseCase.Command(STAFF, ACC, List.of(
        new Row(2, "s-1", "2015-03-01", "99AA00", "BO", "2021-08-01", ""),
        new Row(3, "s-2", "2015-03-01", "99AA00", "BO", "2021-08-01", ""),
        new Row(4, "s-1", "2015-03-01", "99AA00", "BO", "2021-08-01", "")))))
        .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors()).singleElement().satisfies(err -> {
          assertThat(err.line()).isEqualTo(4);
          assertThat(err.field()).isEqualTo("enrolledFrom");
        }));
    assertThat(world.storage.students().count()).isZero();
  }

  @Test
  void progressIsToldAfterEveryPartAndTheTotalsCountEachStudentOnce() {
    World world = World.withParts(2);
    List<ImportStudentsUseCase.Progress> told = new ArrayList<>();
    List<Row> rows = List.of(new Row(2, "s-1", "2015-03-01", "99AA00", "BO", "2021-08-01", "2022-07-31"),
        new Row(3, "s-2", "2015-03-01", "99AA00", "BO", "2021-08-01", ""),
        new Row(4, "s-1", "2015-03-01", "99BB00", "BO", "2022-08-01", "2023-07-31"),
        new Row(5, "s-3", "2015-03-01", "99BB00", "BO", "2022-08-01", ""),
        new Row(6, "s-1", "2015-03-01", "99PA00", "SBO", "2023-08-01", ""));
    world.students.importStudents(new ImportStudentsUseCase.Command(STAFF, ACC, List.of(new Row(2, "s-3", "2015-03-01", "99BB00", "BO", "2021-08-01", "2022-07-31"))));
    ImportStudentsUseCase.Result r = world.students.importStudents(new ImportStudentsUseCase.Command(STAFF, ACC, ImportStudentsUseCase.Rows.of(rows), told::add));
    assertThat(r).isEqualTo(new ImportStudentsUseCase.Result(3, 2, 1, 5));
    assertThat(told).containsExactly(new ImportStudentsUseCase.Progress(2, 2, 0), new ImportStudentsUseCase.Progress(4, 3, 0),
        new ImportStudentsUseCase.Progress(5, 3, 0));
  }

  @Test
  void aFileOfVeryManyBadLinesNamesTheFirstTenThousandAndCountsThemAll() {
    World world = World.withParts(1_000);
    List<Row> rows = IntStream.rangeClosed(2, 12_001).mapToObj(line -> new Row(line, "s-" + line, "not a date", "99AA00", "BO", "2021-08-01", ""))
        .toList();
    assertThatThrownBy(() -> world.students.importStudents(new ImportStudentsUseCase.Command(STAFF, ACC, rows)))
        .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
          assertThat(e.errors()).hasSize(ImportRejectedException.MAX_LISTED);
          assertThat(e.errors().get(0).line()).isEqualTo(2);
          assertThat(e.total()).isEqualTo(12_000);
          assertThat(e.getMessage()).isEqualTo("12000 line errors, the first 10000 listed; nothing was imported");
        });
  }

  @Test
  void aStreamOfMoreThanAMillionLinesIsRefusedWhenItsLineIsRead() {
    World world = World.withParts(StudentImport.PART_ROWS);
    int[] handedOn = {0};
    ImportStudentsUseCase.Rows endless = (row, unreadable) -> {
      for (int line = 2; ; line++) {
        handedOn[0]++;
        row.accept(new Row(line, "s-1", "2015-03-01", "99ZZ00", "BO", "2021-08-01", ""));
      }
    };
    assertThatThrownBy(() -> world.students.importStudents(new ImportStudentsUseCase.Command(STAFF, ACC, endless)))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("rows"));
    assertThat(handedOn[0]).isEqualTo(ImportStudentsUseCase.MAX_LINES + 1);
  }

  @Test
  void aLineTheReaderCouldNotMakeARowOfIsNamedWithTheOtherErrors() {
    World world = World.withParts(1);
    ImportStudentsUseCase.Rows rows = (row, unreadable) -> {
      row.accept(new Row(2, "s-1", "2015-03-01", "99AA00", "BO", "2021-08-01", ""));
      unreadable.accept(new ImportStudentsUseCase.LineError(3, "line", "has 5 cells, but the header has 6"));
      row.accept(new Row(4, "s-2", "2015-03-01", "99ZZ00", "BO", "2021-08-01", ""));
    };
    assertThatThrownBy(() -> world.students.importStudents(new ImportStudentsUseCase.Command(STAFF, ACC, rows)))
        .isInstanceOfSatisfying(ImportRejectedException.class,
            e -> assertThat(e.errors()).extracting(err -> err.line() + ":" + err.field()).containsExactly("3:line", "4:schoolBrin"));
    assertThat(world.storage.students().count()).isZero();
  }
}
