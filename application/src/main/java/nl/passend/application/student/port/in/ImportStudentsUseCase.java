package nl.passend.application.student.port.in;

import com.google.common.collect.ImmutableList;
import java.util.List;
import nl.passend.application.common.Actor;
import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.PartnershipId;

/**
 * Leerlingen importeren: a bulk import of students and their enrolments, all or nothing. Rows come
 * as text so that every bad field of every line can be reported.
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

  /**
   * The command.
   *
   * @param actor who asks: staff of the partnership, or officers and staff for their own schools
   * @param partnership the partnership the students are registered with
   * @param rows the lines
   */
  record Command(Actor actor, PartnershipId partnership, List<Row> rows) {
    /** Validates the command. */
    public Command {
      Validation.present(actor, "actor");
      Validation.present(partnership, "partnershipId");
      rows = ImmutableList.copyOf(Validation.present(rows, "rows"));
      Validation.require(rows.size() <= 1_000_000, "rows", "an import holds at most 1,000,000 lines");
    }
  }

  /**
   * Een fout: one bad field of one line.
   *
   * @param line the line number
   * @param field the field
   * @param message what is wrong, without personal data
   */
  record LineError(int line, String field, String message) {}

  /** Imports the rows and returns the number of students stored; {@link ImportRejectedException} when any line is bad. */
  int importStudents(Command command);
}
