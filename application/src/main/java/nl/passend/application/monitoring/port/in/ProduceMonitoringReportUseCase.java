package nl.passend.application.monitoring.port.in;

import java.time.LocalDate;
import nl.passend.application.common.Actor;
import nl.passend.domain.monitoring.MonitoringReport;
import nl.passend.domain.organisation.PartnershipId;

/** Monitoringsrapportage opstellen: for staff and auditors of the partnership. */
public interface ProduceMonitoringReportUseCase {
  /** The report of the partnership at the count date. */
  MonitoringReport report(Actor actor, PartnershipId partnership, LocalDate countDate);
}
