package nl.passend.application.monitoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.FluentIterable;
import nl.passend.domain.absence.StudentExemption;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import nl.passend.domain.common.Validation;
import nl.passend.application.access.AccessPolicy;
import nl.passend.application.cases.port.out.ExemptionRepository;
import nl.passend.application.cases.port.out.OutOfSchoolCaseRepository;
import nl.passend.application.cases.port.out.PlacementDutyCaseRepository;
import nl.passend.application.common.Actor;
import nl.passend.application.common.Versioned;
import nl.passend.application.common.port.out.SchoolCalendarSource;
import nl.passend.application.decision.port.out.AdmissibilityApplicationRepository;
import nl.passend.application.decision.port.out.LwooDesignationRepository;
import nl.passend.application.monitoring.port.in.ProduceMonitoringReportUseCase;
import nl.passend.application.organisation.port.out.PartnershipRepository;
import nl.passend.application.policy.port.out.PolicyRepository;
import nl.passend.application.student.port.out.StudentRecord;
import nl.passend.application.student.port.out.StudentRepository;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.decision.AdmissibilityApplication;
import nl.passend.domain.monitoring.MonitoringInput;
import nl.passend.domain.monitoring.MonitoringReport;
import nl.passend.domain.organisation.Partnership;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.policy.PartnershipPolicy;

/** Implements the report: reads each part of the stored model once and computes the report in the domain. */
public final class MonitoringService implements ProduceMonitoringReportUseCase {
  private final PartnershipRepository partnerships;
  private final PolicyRepository policies;
  private final StudentRepository students;
  private final AdmissibilityApplicationRepository applications;
  private final LwooDesignationRepository lwooDesignations;
  private final PlacementDutyCaseRepository placementCases;
  private final OutOfSchoolCaseRepository outOfSchoolCases;
  private final ExemptionRepository exemptions;
  private final SchoolCalendarSource calendars;
  private final AccessPolicy access;

  /** Creates the service. */
  public MonitoringService(PartnershipRepository partnerships, PolicyRepository policies, StudentRepository students,
      AdmissibilityApplicationRepository applications, LwooDesignationRepository lwooDesignations, PlacementDutyCaseRepository placementCases, OutOfSchoolCaseRepository outOfSchoolCases,
      ExemptionRepository exemptions, SchoolCalendarSource calendars, AccessPolicy access) {
    this.partnerships = requireNonNull(partnerships, "partnerships");
    this.policies = requireNonNull(policies, "policies");
    this.students = requireNonNull(students, "students");
    this.applications = requireNonNull(applications, "applications");
    this.lwooDesignations = requireNonNull(lwooDesignations, "lwooDesignations");
    this.placementCases = requireNonNull(placementCases, "placementCases");
    this.outOfSchoolCases = requireNonNull(outOfSchoolCases, "outOfSchoolCases");
    this.exemptions = requireNonNull(exemptions, "exemptions");
    this.calendars = requireNonNull(calendars, "calendars");
    this.access = requireNonNull(access, "access");
  }

  @Override
  public MonitoringReport report(Actor actor, PartnershipId partnershipId, LocalDate countDate) {
    return report(actor, partnershipId, countDate, OptionalLong.empty());
  }

  @Override
  public MonitoringReport report(Actor actor, PartnershipId partnershipId, LocalDate countDate, OptionalLong population) {
    access.requireStaffOrAuditor(actor, partnershipId);
    Validation.present(population, "population");
    population.ifPresent(p -> Validation.require(p > 0, "population", "must be a positive number of residents, but was %d", p));
    Partnership partnership = partnerships.find(partnershipId).map(Versioned::value)
        .orElseThrow(() -> new InvalidValueException("partnershipId", "there is no partnership " + partnershipId));
    PartnershipPolicy policy = policies.find(partnership.policy()).orElseThrow(() -> new IllegalStateException("policy is gone"));
    // Only what the report counts is read: the decisions of the 12 months up to the count date
    // (R-DL-8) and the statements, not every application with its trail.
    MonitoringInput input = new MonitoringInput(partnershipId, countDate,
        FluentIterable.from(students.byPartnership(partnershipId)).transform(StudentRecord::student),
        applications.decidedBetween(partnershipId, countDate.minusYears(1), countDate),
        applications.statements(partnershipId),
        lwooDesignations.byPartnership(partnershipId),
        placementCases.byPartnership(partnershipId),
        outOfSchoolCases.byPartnership(partnershipId),
        FluentIterable.from(exemptions.byPartnership(partnershipId)).transform(e -> new StudentExemption(e.student(), e.exemption())),
        population);
    return MonitoringReport.compute(input, policy.monitoringSettings(calendars.calendarFor(policy)));
  }
}
