package nl.passend.application.monitoring.port.in;

import java.time.LocalDate;
import nl.passend.application.common.Actor;
import nl.passend.domain.monitoring.MonitoringReport;
import nl.passend.domain.organisation.PartnershipId;

/** Monitoringsrapportage opstellen: for staff and auditors of the partnership. */
public interface ProduceMonitoringReportUseCase {
  /** The report of the partnership at the count date. */
  MonitoringReport report(Actor actor, PartnershipId partnership, LocalDate countDate);

  /**
   * The report with the population of the rates per 1,000 given (R-TZ-4: residents aged 5 to 17 at the
   * count date); without it the partnership's registered students aged 5 to 17 are used.
   */
  MonitoringReport report(Actor actor, PartnershipId partnership, LocalDate countDate, java.util.OptionalLong population);
}
