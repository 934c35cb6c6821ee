package nl.passend.application.privacy;

import nl.passend.application.privacy.port.in.PrivacyUseCases;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.passend.application.access.AccessPolicy;
import nl.passend.application.cases.port.out.OutOfSchoolCaseRepository;
import nl.passend.application.cases.port.out.PlacementDutyCaseRepository;
import nl.passend.application.common.AccessDeniedException;
import nl.passend.application.common.Actor;
import nl.passend.application.common.Role;
import nl.passend.application.common.port.out.AuditEntry;
import nl.passend.application.common.port.out.AuditLog;
import nl.passend.application.common.port.out.Clock;
import nl.passend.application.common.port.out.UnitOfWork;
import nl.passend.application.decision.port.out.AdmissibilityApplicationRepository;
import nl.passend.application.decision.port.out.LwooDesignationRepository;
import nl.passend.domain.decision.LwooDesignation;
import nl.passend.application.privacy.port.in.PurgeExpiredDataUseCase;
import nl.passend.application.privacy.port.in.ReadAuditTrailUseCase;
import nl.passend.application.privacy.port.in.TrailEntry;
import nl.passend.domain.absence.OutOfSchoolCase;
import nl.passend.domain.decision.AdmissibilityApplication;
import nl.passend.domain.decision.Objection;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.placement.PlacementDutyCase;

/**
 * Implements retention and the audit trail. Retention (R-PRIV-2): dossiers, statements and
 * correspondence are kept until 3 years after the final decision (the decision on an objection when
 * there was one). Decided: a statement still in force is never erased (a PrO statement lasts the
 * whole PrO career), so retention runs from the later of the final decision and the statement's end;
 * concluded placement-duty and closed out-of-school cases are kept 3 years after they ended; an LWOO
 * designation is kept 3 years after it ended, or after the final decision when it was refused or
 * overturned on objection, and never erased while in force (R-LWOO-1).
 */
public final class PrivacyService implements PrivacyUseCases {
  /** Years kept after the final decision. */
  public static final int RETENTION_YEARS = 3;

  private final AdmissibilityApplicationRepository applications;
  private final PlacementDutyCaseRepository placementCases;
  private final OutOfSchoolCaseRepository outOfSchoolCases;
  private final LwooDesignationRepository lwooDesignations;
  private final nl.passend.application.decision.port.out.AssessmentRepository assessments;
  private final nl.passend.application.letters.port.out.LetterOutbox letters;
  private final AccessPolicy access;
  private final UnitOfWork unitOfWork;
  private final AuditLog audit;
  private final Clock clock;

  /** Creates the service. */
  public PrivacyService(AdmissibilityApplicationRepository applications, PlacementDutyCaseRepository placementCases, OutOfSchoolCaseRepository outOfSchoolCases,
      LwooDesignationRepository lwooDesignations, nl.passend.application.decision.port.out.AssessmentRepository assessments,
      nl.passend.application.letters.port.out.LetterOutbox letters, AccessPolicy access,
      UnitOfWork unitOfWork, AuditLog audit, Clock clock) {
    this.assessments = requireNonNull(assessments, "assessments");
    this.letters = requireNonNull(letters, "letters");
    this.applications = requireNonNull(applications, "applications");
    this.placementCases = requireNonNull(placementCases, "placementCases");
    this.outOfSchoolCases = requireNonNull(outOfSchoolCases, "outOfSchoolCases");
    this.lwooDesignations = requireNonNull(lwooDesignations, "lwooDesignations");
    this.access = requireNonNull(access, "access");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.audit = requireNonNull(audit, "audit");
    this.clock = requireNonNull(clock, "clock");
  }

  /** The last day an application is kept, when its retention has started. */
  public static Optional<LocalDate> retainedUntil(AdmissibilityApplication a) {
    if (!a.state().isDecided() || a.state() == nl.passend.domain.decision.ApplicationState.OBJECTED) {
      return Optional.empty();
    }
    Optional<LocalDate> finalDecision = a.objection().flatMap(Objection::decidedOn).or(a::decidedOn);
    if (finalDecision.isEmpty()) {
      return Optional.empty();
    }
    LocalDate from = finalDecision.get();
    if (a.statement().isPresent()) {
      var s = a.statement().get();
      if (s.status() != nl.passend.domain.decision.StatementStatus.REVOKED) {
        if (s.lastDay().isEmpty()) {
          return Optional.empty();
        }
        if (s.lastDay().get().isAfter(from)) {
          from = s.lastDay().get();
        }
      }
    }
    return Optional.of(from.plusYears(RETENTION_YEARS));
  }

  /** The last day an LWOO designation is kept, when its retention has started (R-PRIV-2, R-LWOO-1). */
  public static Optional<LocalDate> retainedUntil(LwooDesignation d) {
    Optional<LocalDate> from = switch (d.state()) {
      case ENDED -> d.endDate();
      case REFUSED -> d.decidedOn();
      case OBJECTION_UPHELD -> d.objection().flatMap(Objection::decidedOn);
      case OBJECTION_DISMISSED -> d.startDate().isPresent() ? Optional.empty() : d.objection().flatMap(Objection::decidedOn);
      default -> Optional.empty();
    };
    return from.map(f -> f.plusYears(RETENTION_YEARS));
  }

  @Override
  public Result purge(Actor actor, PartnershipId partnership) {
    access.requireStaff(actor, partnership);
    LocalDate today = clock.today();
    return unitOfWork.inTransaction(() -> {
      List<AdmissibilityApplication> expired = new ArrayList<>();
      for (AdmissibilityApplication a : applications.byPartnership(partnership)) {
        if (retainedUntil(a).filter(today::isAfter).isPresent()) {
          expired.add(a);
        }
      }
      List<PlacementDutyCase> expiredPlacement = new ArrayList<>();
      for (PlacementDutyCase c : placementCases.byPartnership(partnership)) {
        if (c.concludedOn().filter(d -> today.isAfter(d.plusYears(RETENTION_YEARS))).isPresent()) {
          expiredPlacement.add(c);
        }
      }
      List<OutOfSchoolCase> expiredOutOfSchool = new ArrayList<>();
      for (OutOfSchoolCase c : outOfSchoolCases.byPartnership(partnership)) {
        if (c.closedOn().filter(d -> today.isAfter(d.plusYears(RETENTION_YEARS))).isPresent()) {
          expiredOutOfSchool.add(c);
        }
      }
      List<LwooDesignation> expiredLwoo = lwooDesignations.byPartnership(partnership).stream()
          .filter(d -> retainedUntil(d).filter(today::isAfter).isPresent()).toList();
      expired.forEach(a -> applications.delete(a.id()));
      expiredLwoo.forEach(d -> lwooDesignations.delete(d.id()));
      // The assessment facts a case was decided on go with it (R-PRIV-2).
      expired.forEach(a -> assessments.delete(a.id().value()));
      expired.forEach(a -> letters.deleteBySubject(a.id().value()));
      expiredLwoo.forEach(d -> assessments.delete(d.id()));
      expiredPlacement.forEach(c -> placementCases.delete(c.id()));
      expiredOutOfSchool.forEach(c -> outOfSchoolCases.delete(c.id()));
      Result result = new Result(expired.size(), expiredPlacement.size(), expiredOutOfSchool.size(), expiredLwoo.size());
      audit.append(new AuditEntry(clock.now(), actor.reference(), "retention.purge", "retention:" + partnership.value(), Optional.of(partnership),
          "erased " + result.applications() + " applications, " + result.placementDutyCases() + " placement-duty cases, "
              + result.outOfSchoolCases() + " out-of-school cases, " + result.lwooDesignations() + " LWOO designations past " + RETENTION_YEARS
              + " years"));
      return result;
    });
  }

  @Override
  public List<TrailEntry> trail(Actor actor, String subject) {
    if (!actor.is(Role.PARTNERSHIP_STAFF, Role.AUDITOR)) {
      throw new AccessDeniedException("only staff and auditors of a partnership read the audit trail");
    }
    PartnershipId own = PartnershipId.of(actor.scope());
    return audit.bySubject(subject).stream()
        .filter(e -> e.partnership().map(own::equals).orElse(false))
        .map(e -> new TrailEntry(e.at(), e.actor(), e.action(), e.subject(), e.partnership(), e.reason()))
        .collect(ImmutableList.toImmutableList());
  }
}
