package nl.passend.domain.monitoring;

import java.time.LocalDate;
import nl.passend.domain.absence.StudentExemption;
import nl.passend.domain.absence.OutOfSchoolCase;
import nl.passend.domain.decision.AdmissibilityApplication;
import nl.passend.domain.decision.AdmissibilityStatement;
import nl.passend.domain.decision.LwooDesignation;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.placement.PlacementDutyCase;
import nl.passend.domain.student.Student;

/**
 * What the partnership report reads from the stored model, each read once (R-MON-3). The iterables may
 * be streams over a database; the report makes one pass over each.
 *
 * @param partnership the partnership
 * @param countDate the count date
 * @param students the students of the partnership's schools
 * @param applications its admissibility applications; only those decided in the 12 months up to the
 *     count date count (R-DL-8), so a caller may give just those
 * @param statements its statements
 * @param lwooDesignations its LWOO designations
 * @param placementDutyCases its placement-duty cases
 * @param outOfSchoolCases its out-of-school cases
 * @param exemptions the exemptions of its students, with the student each exempts
 * @param population the population for the thuiszitter rate, when supplied; otherwise the students
 *     aged 5 to 17 at the count date (R-TZ-4)
 */
public record MonitoringInput(
    PartnershipId partnership,
    LocalDate countDate,
    Iterable<Student> students,
    Iterable<AdmissibilityApplication> applications,
    Iterable<AdmissibilityStatement> statements,
    Iterable<LwooDesignation> lwooDesignations,
    Iterable<PlacementDutyCase> placementDutyCases,
    Iterable<OutOfSchoolCase> outOfSchoolCases,
    Iterable<StudentExemption> exemptions,
    java.util.OptionalLong population) {}
