package nl.passend.application.student.port.in;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.Consumer;
import nl.passend.application.common.Actor;
import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.PartnershipId;

/**
 * Leerlingen importeren: a bulk import of students and their enrolments, all or nothing. Rows come
 * as text so that every bad field of every line can be reported, and are read as the import goes:
 * an import of a million lines is checked and written in parts inside one transaction.
 */
public interface ImportStudentsUseCase {
  /**
   * One line of the import (the header is line 1).
   *
   * @param line the line number
   * @param studentId the pseudonymous id
   * @param dateOfBirth ISO date
   * @param schoolBrin the school's BRIN code
   * @param schoolType the school type of the enrolment
   * @param enrolledFrom ISO date
   * @param enrolledUntil ISO date or empty
   */
  record Row(int line, String studentId, String dateOfBirth, String schoolBrin, String schoolType, String enrolledFrom, String enrolledUntil) {}

  /** The most lines one import holds. */
  int MAX_LINES = 1_000_000;

  /**
   * The rows of an import, read once and in file order while the import runs, so that a file of a
   * million lines is never held whole.
   */
  @FunctionalInterface
  interface Rows {
    /**
     * Hands every row to {@code row} and every line that cannot be made a row (a wrong number of
     * cells, say) to {@code unreadable}, in file order. A file that cannot be read at all is an
     * exception; the import then stores nothing.
     *
     * @param row receives each row
     * @param unreadable receives the error of each line that is not a row
     */
    void read(Consumer<Row> row, Consumer<LineError> unreadable);

    /** The rows of a list. */
    static Rows of(List<Row> rows) {
      List<Row> copy = ImmutableList.copyOf(rows);
      return (row, unreadable) -> copy.forEach(row);
    }
  }

  /**
   * How far an import is: reported after every part written, for a person to follow a long import.
   *
   * @param lines the lines read so far (the header not counted)
   * @param students the distinct students among them so far
   * @param errors the bad lines found so far
   */
  record Progress(int lines, int students, int errors) {}

  /**
   * The command.
   *
   * @param actor who asks: staff of the partnership, or officers and staff for their own schools
   * @param partnership the partnership the students are registered with
   * @param rows the lines, read as the import goes
   * @param progress told how far the import is, from the thread that imports
   */
  record Command(Actor actor, PartnershipId partnership, Rows rows, Consumer<Progress> progress) {
    /** Validates the command. */
    public Command {
      Validation.present(actor, "actor");
      Validation.present(partnership, "partnershipId");
      Validation.present(rows, "rows");
      Validation.present(progress, "progress");
    }

    /** A command for rows read as the import goes, without progress reports. */
    public Command(Actor actor, PartnershipId partnership, Rows rows) {
      this(actor, partnership, rows, p -> {});
    }

    /** A command for rows at hand. */
    public Command(Actor actor, PartnershipId partnership, List<Row> rows) {
      this(actor, partnership, Rows.of(checked(rows)), p -> {});
    }

    private static List<Row> checked(List<Row> rows) {
      Validation.present(rows, "rows");
      Validation.require(rows.size() <= MAX_LINES, "rows", "an import holds at most 1,000,000 lines");
      return rows;
    }
  }

  /**
   * What an import stored.
   *
   * @param imported the distinct students stored (new and existing)
   * @param created of them, the students that were not stored before
   * @param updated of them, the students that were stored before and got the imported enrolments
   * @param lines the lines read (the header not counted)
   */
  record Result(int imported, int created, int updated, int lines) {}

  /**
   * Een fout: one bad field of one line.
   *
   * @param line the line number
   * @param field the field
   * @param message what is wrong, without personal data
   */
  record LineError(int line, String field, String message) {}

  /**
   * Imports the rows, all or nothing; {@link ImportRejectedException} when any line is bad (the
   * first {@link ImportRejectedException#MAX_LISTED} bad fields named, and how many more there are).
   */
  Result importStudents(Command command);
}
