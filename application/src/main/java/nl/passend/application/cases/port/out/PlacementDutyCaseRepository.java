package nl.passend.application.cases.port.out;

import java.util.Optional;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.placement.CaseId;
import nl.passend.domain.placement.PlacementDutyCase;

/** Zorgplichtdossiers: stored placement-duty cases, versioned like applications. */
public interface PlacementDutyCaseRepository {
  /** Stores a new case (version 0) and returns it at version 1. */
  PlacementDutyCase insert(PlacementDutyCase c);

  /** Stores a changed case whose version is the stored one; returns it at the next version. */
  PlacementDutyCase update(PlacementDutyCase c);

  /** The case with this id. */
  Optional<PlacementDutyCase> find(CaseId id);

  /** The cases of a partnership. */
  Iterable<PlacementDutyCase> byPartnership(PartnershipId partnership);

  /** Erases the case; whether it existed (R-PRIV-2). */
  boolean delete(CaseId id);
}
