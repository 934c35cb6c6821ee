package nl.passend.application.student;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.passend.application.access.AccessPolicy;
import nl.passend.application.common.AccessDeniedException;
import nl.passend.application.common.Actor;
import nl.passend.application.common.Role;
import nl.passend.application.common.Versioned;
import nl.passend.application.organisation.port.out.SchoolRepository;
import nl.passend.application.student.port.in.ImportRejectedException;
import nl.passend.application.student.port.in.ImportStudentsUseCase;
import nl.passend.application.student.port.in.ImportStudentsUseCase.LineError;
import nl.passend.application.student.port.in.ImportStudentsUseCase.Progress;
import nl.passend.application.student.port.in.ImportStudentsUseCase.Row;
import nl.passend.application.student.port.out.StudentRecord;
import nl.passend.application.student.port.out.StudentRepository;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.Partnership;
import nl.passend.domain.organisation.School;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.student.Enrolment;
import nl.passend.domain.student.EnrolmentHistory;
import nl.passend.domain.student.Student;
import nl.passend.domain.student.StudentId;

/**
 * One run of the student import, inside the caller's transaction. Rows are checked as they are read
 * and written in parts (of {@link #PART_ROWS} rows in the server), so that a file of a million lines is never held
 * whole; the transaction keeps the import all or nothing.
 *
 * <p>The outcome does not depend on where the parts begin and end. Rows of one student id are that
 * student's enrolments wherever they stand in the file: a student an earlier part stored is read back
 * as stored, and the import remembers per student id (in about 150 bytes) its first line, its
 * date of birth, whether it was stored before the import, and which enrolments (school and start) the
 * file gave it. An imported enrolment replaces a stored one with the same school and start only when
 * the stored one was there before the import; two lines of the file with the same student, school
 * and start stay two enrolments (and overlap). A student whose enrolments do not yet form a valid
 * history waits, unwritten, for its later lines, so a later line may still mend it (an ended enrolment
 * at the old school); what is still invalid at the end of the file is an error.
 */
final class StudentImport {
  /** The rows checked and written at a time, unless the service is told otherwise. */
  static final int PART_ROWS = 5_000;

  private final Actor actor;
  private final Partnership partnership;
  private final int tolerance;
  private final LocalDate today;
  private final int partRows;
  private final StudentRepository students;
  private final SchoolRepository schools;
  private final AccessPolicy access;
  private final Consumer<StudentRecord> requireMaySee;
  private final Consumer<Progress> progress;

  private final List<LineError> listed = new ArrayList<>();
  private long errors;
  private final Map<BrinCode, Optional<School>> schoolCache = new HashMap<>();
  private final Map<String, Seen> seen = new HashMap<>();
  private final Map<StudentId, Pending> pending = new HashMap<>();
  private Map<StudentId, Parsed> part = new LinkedHashMap<>();
  private int rowsInPart;
  private int lines;

  StudentImport(Actor actor, Partnership partnership, int tolerance, LocalDate today, int partRows, StudentRepository students,
      SchoolRepository schools, AccessPolicy access, Consumer<StudentRecord> requireMaySee, Consumer<Progress> progress) {
    this.actor = actor;
    this.partnership = partnership;
    this.tolerance = tolerance;
    this.today = today;
    this.partRows = partRows;
    this.students = students;
    this.schools = schools;
    this.access = access;
    this.requireMaySee = requireMaySee;
    this.progress = progress;
  }

  /** Reads every row, writes them in parts, and tells what was stored; throws when any line is bad. */
  ImportStudentsUseCase.Result run(ImportStudentsUseCase.Rows rows) {
    rows.read(this::row, this::unreadable);
    flush();
    for (Map.Entry<StudentId, Pending> e : pending.entrySet()) {
      error(new LineError(e.getValue().rows.lastLine(), "enrolledFrom", e.getValue().reason));
    }
    if (errors > 0) {
      listed.sort(Comparator.comparingInt(LineError::line));
      throw new ImportRejectedException(listed, errors);
    }
    int created = (int) seen.values().stream().filter(s -> !s.storedBefore).count();
    return new ImportStudentsUseCase.Result(seen.size(), created, seen.size() - created, lines);
  }

  private void unreadable(LineError error) {
    counted();
    error(error);
  }

  private void counted() {
    lines++;
    if (lines > ImportStudentsUseCase.MAX_LINES) {
      throw new InvalidValueException("rows", "an import holds at most 1,000,000 lines");
    }
  }

  private void error(LineError error) {
    errors++;
    if (listed.size() < ImportRejectedException.MAX_LISTED) {
      listed.add(error);
    }
  }

  private void row(Row row) {
    counted();
    int line = row.line();
    long before = errors;
    StudentId id = field(line, "studentId", () -> StudentId.of(row.studentId() == null ? null : row.studentId().strip()));
    LocalDate dob = date(line, "dateOfBirth", row.dateOfBirth(), true);
    if (dob != null && dob.isAfter(today)) {
      error(new LineError(line, "dateOfBirth", "must not lie in the future"));
    }
    BrinCode brin = field(line, "schoolBrin", () -> BrinCode.of(row.schoolBrin()));
    SchoolType type = field(line, "schoolType", () -> SchoolType.valueOf(required(row.schoolType()).strip().toUpperCase(Locale.ROOT)));
    LocalDate from = date(line, "enrolledFrom", row.enrolledFrom(), true);
    LocalDate until = date(line, "enrolledUntil", row.enrolledUntil(), false);
    if (from != null && until != null && until.isBefore(from)) {
      error(new LineError(line, "enrolledUntil", "ends before enrolledFrom"));
    }
    if (dob != null && from != null && type != null) {
      Enrolment.tooEarly(type, from, dob).ifPresent(why -> error(new LineError(line, "enrolledFrom", why)));
    }
    if (brin != null) {
      school(line, brin, type);
    }
    if (errors > before || id == null) {
      return;
    }
    Seen earlier = seen.get(id.value());
    if (earlier != null && earlier.dateOfBirth != dob.toEpochDay()) {
      error(new LineError(line, "dateOfBirth", "differs from line " + earlier.firstLine + " for the same student"));
      return;
    }
    Parsed parsed = part.computeIfAbsent(id, k -> new Parsed(dob, line));
    if (!parsed.dateOfBirth.equals(dob)) {
      error(new LineError(line, "dateOfBirth", "differs from line " + parsed.firstLine + " for the same student"));
      return;
    }
    parsed.add(new Enrolment(brin, type, from, Optional.ofNullable(until)), line);
    if (++rowsInPart >= partRows) {
      flush();
    }
  }

  private void school(int line, BrinCode brin, SchoolType type) {
    Optional<School> school = schoolCache.computeIfAbsent(brin, b -> schools.find(b).map(Versioned::value));
    if (school.isEmpty()) {
      error(new LineError(line, "schoolBrin", "there is no school " + brin));
      return;
    }
    if (type != null && school.get().type() != type) {
      error(new LineError(line, "schoolType", "school " + brin + " is " + school.get().type() + ", not " + type));
    }
    if (!partnership.memberBoards().contains(school.get().board())) {
      error(new LineError(line, "schoolBrin", "school " + brin + " does not belong to a board of partnership " + partnership.id()));
    }
    if (!actor.is(Role.PARTNERSHIP_STAFF) && !access.coversSchool(actor, brin)) {
      throw new AccessDeniedException("line " + line + ": school " + brin + " is outside the actor's scope");
    }
  }

  /** Checks the part's students against what is stored (in this transaction) and writes them. */
  private void flush() {
    if (part.isEmpty()) {
      return;
    }
    Map<StudentId, Versioned<StudentRecord>> stored = students.findAll(part.keySet());
    // R-INT-1: a row for a student stored before the import and outside the actor's scope refuses the
    // whole import with 403, before any comparison, so that no answer tells anything about that student.
    for (StudentId id : part.keySet()) {
      if (!seen.containsKey(id.value()) && stored.containsKey(id)) {
        requireMaySee.accept(stored.get(id).value());
      }
    }
    List<StudentRecord> records = new ArrayList<>();
    for (Map.Entry<StudentId, Parsed> e : part.entrySet()) {
      StudentId id = e.getKey();
      Optional<Versioned<StudentRecord>> existing = Optional.ofNullable(stored.get(id));
      Seen s = seen.get(id.value());
      if (s == null) {
        s = new Seen(e.getValue().firstLine, e.getValue().dateOfBirth, existing.isPresent());
        seen.put(id.value(), s);
        if (existing.isPresent() && !existing.get().value().student().dateOfBirth().equals(e.getValue().dateOfBirth)) {
          error(new LineError(s.firstLine, "dateOfBirth", "differs from the stored student with this id"));
          s.refused = true;
        }
      }
      if (s.refused) {
        continue;
      }
      Pending waiting = pending.remove(id);
      Parsed rows = waiting == null ? e.getValue() : waiting.rows.and(e.getValue());
      List<Enrolment> merged = new ArrayList<>();
      if (existing.isPresent()) {
        for (Enrolment kept : existing.get().value().student().enrolments().enrolments()) {
          boolean replaced = !s.imported(kept) && rows.enrolments.stream().anyMatch(n -> sameStart(n, kept));
          if (!replaced) {
            merged.add(kept);
          }
        }
      }
      merged.addAll(rows.enrolments);
      try {
        EnrolmentHistory history = EnrolmentHistory.of(tolerance, merged);
        Student student = existing.map(v -> v.value().student().withEnrolments(history))
            .orElseGet(() -> Student.register(id, rows.dateOfBirth, today, history));
        // R-INT-1: an import never moves a student to another partnership.
        records.add(new StudentRecord(student, existing.map(v -> v.value().partnership()).orElse(partnership.id())));
        s.remember(rows.enrolments);
      } catch (InvalidValueException overlap) {
        pending.put(id, new Pending(rows, overlap.reason()));
      }
    }
    // Written also when errors were found: a later part reads these students back, so that every bad
    // line is found; the caller's transaction then stores nothing.
    students.upsertAll(records);
    part = new LinkedHashMap<>();
    rowsInPart = 0;
    progress.accept(new Progress(lines, seen.size(), (int) Math.min(Integer.MAX_VALUE, errors)));
  }

  private static boolean sameStart(Enrolment a, Enrolment b) {
    return a.school().equals(b.school()) && a.from().equals(b.from());
  }

  private static String required(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException("value", "is required");
    }
    return value;
  }

  private <T> T field(int line, String name, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (InvalidValueException e) {
      error(new LineError(line, name, e.reason()));
    } catch (IllegalArgumentException | NullPointerException e) {
      error(new LineError(line, name, "is missing or not a valid value"));
    }
    return null;
  }

  private LocalDate date(int line, String name, String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        error(new LineError(line, name, "is required"));
      }
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      error(new LineError(line, name, "must be an ISO date (YYYY-MM-DD)"));
      return null;
    }
  }

  /** The rows of one student in a part (or waiting over several parts). */
  private static final class Parsed {
    final LocalDate dateOfBirth;
    final int firstLine;
    final List<Enrolment> enrolments = new ArrayList<>();
    final List<Integer> lines = new ArrayList<>();

    Parsed(LocalDate dateOfBirth, int firstLine) {
      this.dateOfBirth = dateOfBirth;
      this.firstLine = firstLine;
    }

    void add(Enrolment enrolment, int line) {
      enrolments.add(enrolment);
      lines.add(line);
    }

    int lastLine() {
      return lines.get(lines.size() - 1);
    }

    /** These rows followed by the later ones. */
    Parsed and(Parsed later) {
      Parsed both = new Parsed(dateOfBirth, firstLine);
      both.enrolments.addAll(enrolments);
      both.lines.addAll(lines);
      both.enrolments.addAll(later.enrolments);
      both.lines.addAll(later.lines);
      return both;
    }
  }

  /** A student whose enrolments did not form a valid history, with why; it waits for later lines. */
  private record Pending(Parsed rows, String reason) {}

  /**
   * What the import remembers of a student id it has read: kept small, one per distinct student of
   * the file. The enrolments the file gave it are kept as (school, start) pairs of longs.
   */
  private static final class Seen {
    private static final long[] NONE = new long[0];
    final int firstLine;
    final long dateOfBirth;
    final boolean storedBefore;
    boolean refused;
    long[] importedStarts = NONE;

    Seen(int firstLine, LocalDate dateOfBirth, boolean storedBefore) {
      this.firstLine = firstLine;
      this.dateOfBirth = dateOfBirth.toEpochDay();
      this.storedBefore = storedBefore;
    }

    boolean imported(Enrolment e) {
      long school = school(e.school());
      long from = e.from().toEpochDay();
      for (int i = 0; i < importedStarts.length; i += 2) {
        if (importedStarts[i] == school && importedStarts[i + 1] == from) {
          return true;
        }
      }
      return false;
    }

    void remember(List<Enrolment> enrolments) {
      long[] more = java.util.Arrays.copyOf(importedStarts, importedStarts.length + 2 * enrolments.size());
      int i = importedStarts.length;
      for (Enrolment e : enrolments) {
        more[i++] = school(e.school());
        more[i++] = e.from().toEpochDay();
      }
      importedStarts = more;
    }

    /** A BRIN code (4 or 6 of 0-9 and A-Z) as a number, one to one. */
    private static long school(BrinCode brin) {
      String v = brin.value();
      long n = 0;
      for (int i = 0; i < v.length(); i++) {
        char c = v.charAt(i);
        n = n * 37 + 1 + (c <= '9' ? c - '0' : 10 + c - 'A');
      }
      return n;
    }
  }
}
