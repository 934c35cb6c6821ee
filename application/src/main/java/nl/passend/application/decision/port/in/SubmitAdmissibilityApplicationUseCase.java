package nl.passend.application.decision.port.in;

import java.time.LocalDate;
import java.util.Optional;
import nl.passend.application.common.Actor;
import nl.passend.domain.common.Validation;
import nl.passend.domain.decision.AdmissibilityApplication;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.SpecialNeedsType;
import nl.passend.domain.student.StudentId;

/** Aanvraag indienen (R-TLV-1): by staff of the applying school, officers of its board, or partnership staff. */
public interface SubmitAdmissibilityApplicationUseCase {
  /**
   * The command.
   *
   * @param actor who asks
   * @param policy the policy, which must be the partnership's
   * @param partnership the partnership
   * @param student the student, who must be registered
   * @param applyingSchool the school whose board applies
   * @param schoolType SBO, SO, VSO or PRO
   * @param specialNeedsType for SO/VSO the type
   * @param proSpecialRoute for PrO the special route
   * @param receivedOn the day the committee received it
   * @param renews the sequence number of the statement it renews (R-TLV-11), when it renews one
   * @param replaces the sequence number of the statement in force it replaces (R-INT-4, R-TLV-9), when it replaces one
   */
  record Command(Actor actor, PolicyId policy, PartnershipId partnership, StudentId student, BrinCode applyingSchool, SchoolType schoolType,
      Optional<SpecialNeedsType> specialNeedsType, boolean proSpecialRoute, LocalDate receivedOn, Optional<Long> renews, Optional<Long> replaces) {
    /** Validates the command. */
    public Command {
      Validation.present(actor, "actor");
      Validation.present(policy, "policyId");
      Validation.present(partnership, "partnershipId");
      Validation.present(student, "studentId");
      Validation.present(applyingSchool, "applyingSchoolBrin");
      Validation.present(schoolType, "schoolType");
      Validation.present(specialNeedsType, "specialNeedsType");
      Validation.present(receivedOn, "receivedOn");
      Validation.present(renews, "renews");
      Validation.present(replaces, "replaces");
    }

    /** A command that replaces no statement. */
    public Command(Actor actor, PolicyId policy, PartnershipId partnership, StudentId student, BrinCode applyingSchool, SchoolType schoolType,
        Optional<SpecialNeedsType> specialNeedsType, boolean proSpecialRoute, LocalDate receivedOn, Optional<Long> renews) {
      this(actor, policy, partnership, student, applyingSchool, schoolType, specialNeedsType, proSpecialRoute, receivedOn, renews, Optional.empty());
    }

    /** A command that renews no statement. */
    public Command(Actor actor, PolicyId policy, PartnershipId partnership, StudentId student, BrinCode applyingSchool, SchoolType schoolType,
        Optional<SpecialNeedsType> specialNeedsType, boolean proSpecialRoute, LocalDate receivedOn) {
      this(actor, policy, partnership, student, applyingSchool, schoolType, specialNeedsType, proSpecialRoute, receivedOn, Optional.empty());
    }
  }

  /** Submits the application. */
  AdmissibilityApplication submit(Command command);
}
