package nl.passend.application.cases.port.out;

import java.util.Optional;
import nl.passend.domain.absence.OutOfSchoolCase;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.placement.CaseId;

/** Thuiszittersdossiers: stored out-of-school cases, versioned like applications. */
public interface OutOfSchoolCaseRepository {
  /** Stores a new case (version 0) and returns it at version 1. */
  OutOfSchoolCase insert(OutOfSchoolCase c);

  /** Stores a changed case whose version is the stored one; returns it at the next version. */
  OutOfSchoolCase update(OutOfSchoolCase c);

  /** The case with this id. */
  Optional<OutOfSchoolCase> find(CaseId id);

  /** The cases of a partnership. */
  Iterable<OutOfSchoolCase> byPartnership(PartnershipId partnership);

  /** Erases the case; whether it existed (R-PRIV-2). */
  boolean delete(CaseId id);
}
