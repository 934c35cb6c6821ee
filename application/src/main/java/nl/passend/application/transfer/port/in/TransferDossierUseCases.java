package nl.passend.application.transfer.port.in;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import nl.passend.application.common.Actor;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.student.StudentId;
import nl.passend.domain.transfer.TransferDossier;

/** Overdrachtsdossiers: reading a pupil's OSO dossier, and importing the pupil from it. */
public interface TransferDossierUseCases {
  /**
   * Reads a dossier and shows what Passend takes from it, storing nothing. For the roles that see
   * student data (R-PRIV-1).
   *
   * @throws nl.passend.application.common.UnreadableDocumentException when the dossier cannot be read
   */
  TransferDossier read(Actor actor, InputStream dossier);

  /**
   * The facts of a dossier as they are kept with an application.
   *
   * @param applicationId the application
   * @param assessment the facts
   * @param sources where each fact came from
   * @param warnings what of the dossier was left out and why
   * @param version the version of the kept assessment
   */
  record Attached(nl.passend.domain.decision.ApplicationId applicationId, nl.passend.domain.eligibility.Assessment assessment,
      List<TransferDossier.Source> sources, List<TransferDossier.Warning> warnings, long version) {
    /** Copies the lists. */
    public Attached {
      sources = List.copyOf(sources);
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Keeps the assessment of a dossier with an application that is not decided yet, replacing what was
   * kept before, so that the application's eligibility is evaluated on it. For those who may read the
   * application; audited without personal data.
   *
   * @throws nl.passend.application.common.UnreadableDocumentException when the dossier cannot be read or gives no assessment
   * @throws nl.passend.domain.common.RuleViolationException when the application is decided: its facts stay as they were decided on
   */
  Attached attach(Actor actor, nl.passend.domain.decision.ApplicationId application, InputStream dossier);

  /**
   * What an import from a dossier stored.
   *
   * @param studentId the student's id in Passend
   * @param enrolments how many enrolments were stored
   * @param warnings what of the dossier was left out and why
   */
  record Imported(StudentId studentId, int enrolments, List<TransferDossier.Warning> warnings) {
    /** Copies the warnings. */
    public Imported {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Stores the pupil of a dossier as a student of the partnership, with the enrolments of its school
   * career, all or nothing, through the student import (R-INT-1 and the import's checks apply).
   *
   * @param studentId the student's id in Passend; empty for {@code <school>-<the school's own id of the pupil>}
   * @throws nl.passend.application.common.UnreadableDocumentException when the dossier cannot be read
   */
  Imported importStudent(Actor actor, PartnershipId partnership, Optional<StudentId> studentId, InputStream dossier);
}
