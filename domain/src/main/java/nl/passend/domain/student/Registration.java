package nl.passend.domain.student;

import java.time.LocalDate;
import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.SchoolType;

/**
 * Aanmelding: a student registered at a school before being enrolled there (R-TLV-1, R-ZP-1). For a
 * student not yet enrolled in a sector, the board of the school of registration applies for a
 * statement of that sector; a registration is recorded data, never assumed from who submits.
 *
 * @param id the registration's id
 * @param student the student (pseudonymous)
 * @param school the school registered at
 * @param schoolType the type of that school, which gives the registration's sector
 * @param registeredOn the day of the registration
 */
public record Registration(String id, StudentId student, BrinCode school, SchoolType schoolType, LocalDate registeredOn) {
  /** Validates the registration. */
  public Registration {
    id = Validation.text(id, "id");
    Validation.present(student, "studentId");
    Validation.present(school, "schoolBrin");
    Validation.present(schoolType, "schoolType");
    Validation.present(registeredOn, "registeredOn");
  }

  /** Whether the registration stands on {@code date}: it was made on or before that day. */
  public boolean standsOn(LocalDate date) {
    return !registeredOn.isAfter(date);
  }
}
