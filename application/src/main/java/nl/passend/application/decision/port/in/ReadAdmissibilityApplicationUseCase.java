package nl.passend.application.decision.port.in;

import java.time.LocalDate;
import java.util.List;
import nl.passend.application.common.Actor;
import nl.passend.domain.decision.ApplicationId;
import nl.passend.domain.organisation.PartnershipId;

/** Aanvraag inzien en verklaringen opvragen. */
public interface ReadAdmissibilityApplicationUseCase {
  /** The application with its deadlines; for staff and committee of the partnership, and staff or officers of the applying school. */
  AdmissibilityApplicationView application(Actor actor, ApplicationId id);

  /** A view of an application already loaded (after a step), with its deadlines. */
  AdmissibilityApplicationView view(nl.passend.domain.decision.AdmissibilityApplication application);

  /** The statements of the partnership ending before the date (R-TLV-7); for its staff and committee. */
  List<StatementView> statementsEndingBefore(Actor actor, PartnershipId partnership, LocalDate date);
}
