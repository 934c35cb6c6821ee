package nl.passend.application.cases;

import nl.passend.application.cases.port.in.CaseUseCases;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.passend.application.access.AccessPolicy;
import nl.passend.application.cases.port.in.OutOfSchoolUseCase;
import nl.passend.application.cases.port.in.PlacementDutyUseCase;
import nl.passend.application.cases.port.in.PlacementDutyCaseView;
import nl.passend.application.cases.port.in.OutOfSchoolCaseView;
import nl.passend.application.cases.port.in.RecordedExemption;
import nl.passend.application.cases.port.out.ExemptionRepository;
import nl.passend.application.cases.port.out.OutOfSchoolCaseRepository;
import nl.passend.application.cases.port.out.PlacementDutyCaseRepository;
import nl.passend.application.common.AccessDeniedException;
import nl.passend.application.common.Actor;
import nl.passend.application.common.NotFoundException;
import nl.passend.application.common.StaleVersionException;
import nl.passend.application.common.Versioned;
import nl.passend.application.common.port.out.AuditEntry;
import nl.passend.application.common.port.out.AuditLog;
import nl.passend.application.common.port.out.Clock;
import nl.passend.application.common.port.out.IdGenerator;
import nl.passend.application.common.port.out.UnitOfWork;
import nl.passend.application.organisation.port.out.PartnershipRepository;
import nl.passend.application.policy.port.out.PolicyRepository;
import nl.passend.domain.absence.CaseStep;
import nl.passend.domain.absence.Exemption;
import nl.passend.domain.absence.OutOfSchoolCase;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.deadline.DeadlineRules;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.Partnership;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.placement.CaseId;
import nl.passend.domain.placement.EscalationList;
import nl.passend.domain.placement.PlacementDutyCase;
import nl.passend.domain.policy.PartnershipPolicy;
import nl.passend.domain.student.StudentId;

/** Implements the case use cases: placement duty, out-of-school cases and exemptions. */
public final class CaseService implements CaseUseCases {
  private final PlacementDutyCaseRepository placementCases;
  private final OutOfSchoolCaseRepository outOfSchoolCases;
  private final ExemptionRepository exemptions;
  private final nl.passend.application.student.port.out.StudentRepository students;
  private final PartnershipRepository partnerships;
  private final PolicyRepository policies;
  private final AccessPolicy access;
  private final UnitOfWork unitOfWork;
  private final AuditLog audit;
  private final IdGenerator ids;
  private final Clock clock;

  /** Creates the service. */
  public CaseService(PlacementDutyCaseRepository placementCases, OutOfSchoolCaseRepository outOfSchoolCases, ExemptionRepository exemptions,
      nl.passend.application.student.port.out.StudentRepository students, PartnershipRepository partnerships, PolicyRepository policies,
      AccessPolicy access, UnitOfWork unitOfWork, AuditLog audit, IdGenerator ids, Clock clock) {
    this.students = requireNonNull(students, "students");
    this.placementCases = requireNonNull(placementCases, "placementCases");
    this.outOfSchoolCases = requireNonNull(outOfSchoolCases, "outOfSchoolCases");
    this.exemptions = requireNonNull(exemptions, "exemptions");
    this.partnerships = requireNonNull(partnerships, "partnerships");
    this.policies = requireNonNull(policies, "policies");
    this.access = requireNonNull(access, "access");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.audit = requireNonNull(audit, "audit");
    this.ids = requireNonNull(ids, "ids");
    this.clock = requireNonNull(clock, "clock");
  }

  // ----- placement duty -----

  @Override
  public PlacementDutyCaseView openPlacementDuty(PlacementDutyUseCase.Open c) {
    requirePartnership(c.partnership());
    if (!(access.isStaffOf(c.actor(), c.partnership()) || access.coversSchool(c.actor(), c.school()))) {
      throw new AccessDeniedException("only the registering school, its board or the partnership's staff open a placement-duty case");
    }
    BoardId board = access.boardOf(c.school()).orElseThrow(() -> new InvalidValueException("schoolBrin", "there is no school " + c.school()));
    if (!access.schoolInPartnership(c.school(), c.partnership())) {
      throw new nl.passend.domain.common.RuleViolationException("R-INT-2", "school " + c.school() + " belongs to no board of partnership "
          + c.partnership() + ": its own partnership handles the registration");
    }
    nl.passend.application.common.Dates.notAfterToday(c.registeredOn(), clock, "registeredOn");
    return unitOfWork.inTransaction(() -> {
      // R-ZP-1: one open placement-duty case per student and school; a second registration is the same duty.
      for (PlacementDutyCase open : placementCases.byPartnership(c.partnership())) {
        if (open.student().equals(c.student()) && open.school().equals(c.school()) && open.outcome().isEmpty()) {
          throw new nl.passend.domain.common.RuleViolationException("R-ZP-1", "the school has an open placement-duty case for the student already ("
              + open.id().value() + ")");
        }
      }
      PlacementDutyCase stored = placementCases.insert(
          PlacementDutyCase.register(CaseId.of(ids.next("pd")), c.partnership(), c.student(), board, c.school(), c.registeredOn()));
      audit(c.actor(), "placement-duty.open", stored.id(), stored.partnership(), "registration on " + c.registeredOn());
      return view(stored, policy(stored.partnership()).deadlines());
    });
  }

  @Override
  public PlacementDutyCaseView actOnPlacementDuty(PlacementDutyUseCase.Act c) {
    return unitOfWork.inTransaction(() -> {
      PlacementDutyCase current = loadPlacement(c.id());
      requireMayHandle(c.actor(), current);
      nl.passend.application.common.Versions.require("placement-duty case", c.id().value(), c.expectedVersion(), current.version());
      DeadlineRules rules = policy(current.partnership()).deadlines();
      LocalDate on = c.on().orElseGet(clock::today);
      nl.passend.application.common.Dates.notAfterToday(on, clock, "on");
      PlacementDutyCase next = switch (c.step()) {
        case EXTEND -> current.extend(c.weeks().orElseThrow(), on, rules);
        case CONCLUDE -> current.conclude(c.outcome().orElseThrow(), c.placedAt(), on);
        case ENROL_TEMPORARILY -> enrolTemporarily(current, on);
      };
      PlacementDutyCase stored = placementCases.update(next);
      PlacementDutyCaseView view = view(stored, rules);
      audit(c.actor(), "placement-duty." + c.step().name().toLowerCase(java.util.Locale.ROOT), stored.id(), stored.partnership(),
          "now " + view.status().name().toLowerCase(java.util.Locale.ROOT));
      return view;
    });
  }

  /**
   * R-ZP-1, R-INT-6: temporary enrolment happens once, only when the student is not enrolled
   * elsewhere on that day, and is recorded as an open enrolment at the school with the duty.
   */
  private PlacementDutyCase enrolTemporarily(PlacementDutyCase current, java.time.LocalDate on) {
    PlacementDutyCase next = current.enrolTemporarily(on);
    var stored = students.find(current.student()).orElseThrow(() -> new nl.passend.domain.common.RuleViolationException("R-INT-6",
        "the student is not registered, so the temporary enrolment cannot be recorded; import the student first"));
    nl.passend.domain.student.Student student = stored.value().student();
    student.enrolmentOn(on).ifPresent(e -> {
      throw new nl.passend.domain.common.RuleViolationException("R-INT-6", "the student is enrolled " + (e.school().equals(current.school())
          ? "at this school" : "at another school") + " on " + on + ", so no temporary enrolment is due");
    });
    nl.passend.domain.organisation.SchoolType type = access.schoolType(current.school()).orElseThrow(() -> new InvalidValueException("schoolBrin",
        "there is no school " + current.school()));
    students.update(new nl.passend.application.student.port.out.StudentRecord(student.withEnrolments(student.enrolments().enrol(
        nl.passend.domain.student.Enrolment.open(current.school(), type, on))), stored.value().partnership()), stored.version());
    return next;
  }

  @Override
  public PlacementDutyCaseView placementDutyCase(Actor actor, CaseId id) {
    PlacementDutyCase c = loadPlacement(id);
    requireMayHandle(actor, c);
    return view(c, policy(c.partnership()).deadlines());
  }

  @Override
  public List<PlacementDutyCaseView> placementDutyCases(Actor actor, PartnershipId partnership, boolean escalationOnly) {
    access.requireStaff(actor, partnership);
    DeadlineRules rules = policy(partnership).deadlines();
    List<PlacementDutyCase> all = ImmutableList.copyOf(placementCases.byPartnership(partnership));
    List<PlacementDutyCase> shown = escalationOnly ? EscalationList.of(all, partnership, clock.today(), rules) : all;
    return shown.stream().map(c -> view(c, rules)).collect(ImmutableList.toImmutableList());
  }

  /** The case with its term and status today. */
  private PlacementDutyCaseView view(PlacementDutyCase c, DeadlineRules rules) {
    LocalDate today = clock.today();
    return new PlacementDutyCaseView(c, c.decideBy(rules), c.statusOn(today, rules), c.isOverdue(today, rules));
  }

  /** The case with its duration today. */
  private OutOfSchoolCaseView view(OutOfSchoolCase c, nl.passend.domain.absence.AbsenceRules rules) {
    LocalDate today = clock.today();
    return new OutOfSchoolCaseView(c, c.durationDaysOn(today), c.exceedsNationalTarget(today, rules));
  }

  // ----- out-of-school cases -----

  @Override
  public OutOfSchoolCaseView openOutOfSchool(OutOfSchoolUseCase.Open c) {
    requirePartnership(c.partnership());
    boolean boardOfficer = c.boardWithDuty().map(b -> access.isOfficerOf(c.actor(), b)).orElse(false);
    if (!(access.isStaffOf(c.actor(), c.partnership()) || boardOfficer)) {
      throw new AccessDeniedException("only the partnership's staff or the board with the duty open an out-of-school case");
    }
    nl.passend.application.common.Dates.notAfterToday(c.startedOn(), clock, "startedOn");
    return unitOfWork.inTransaction(() -> {
      // R-INT-1: a stored student of another partnership is refused before anything about it is compared.
      // A student Passend does not know (often so for absolute absence) may be recorded.
      var known = students.find(c.student()).map(nl.passend.application.common.Versioned::value);
      if (known.isPresent() && !access.studentInPartnership(known.get().partnership(), known.get().student(), c.partnership())) {
        throw new AccessDeniedException("this student is outside the partnership's scope");
      }
      // R-INT-8: absolute absence is for a student enrolled nowhere on its first day.
      if (c.category() == nl.passend.domain.absence.AbsenceCategory.ABSOLUTE_ABSENCE) {
        known.flatMap(r -> r.student().enrolmentOn(c.startedOn())).ifPresent(e -> {
          throw new nl.passend.domain.common.RuleViolationException("R-INT-8", "the student is enrolled on " + c.startedOn()
              + ", so this is not absolute absence; open a relative-absence case instead");
        });
      }
      // R-INT-8: one open case per student and category, so that no student is counted twice.
      for (OutOfSchoolCase open : outOfSchoolCases.byPartnership(c.partnership())) {
        if (open.student().equals(c.student()) && open.category() == c.category() && open.closedOn().isEmpty()) {
          throw new nl.passend.domain.common.RuleViolationException("R-INT-8", "the student has an open " + c.category() + " case already ("
              + open.id().value() + ")");
        }
      }
      OutOfSchoolCase stored = outOfSchoolCases.insert(OutOfSchoolCase.open(CaseId.of(ids.next("tz")), c.partnership(), c.student(),
          c.category(), c.startedOn(), c.reason(), c.boardWithDuty(), c.coordinator()));
      audit(c.actor(), "out-of-school.open", stored.id(), stored.partnership(), c.category().name());
      return view(stored, policy(stored.partnership()).absence());
    });
  }

  @Override
  public OutOfSchoolCaseView actOnOutOfSchool(OutOfSchoolUseCase.Act c) {
    return unitOfWork.inTransaction(() -> {
      OutOfSchoolCase current = loadOutOfSchool(c.id());
      requireMayHandle(c.actor(), current);
      nl.passend.application.common.Versions.require("out-of-school case", c.id().value(), c.expectedVersion(), current.version());
      LocalDate on = c.on().orElseGet(clock::today);
      nl.passend.application.common.Dates.notAfterToday(on, clock, "on");
      String by = c.actor().reference();
      OutOfSchoolCase next = switch (c.step()) {
        case STEP -> current.withStep(new CaseStep(on, by, c.description()));
        case OFFER -> current.withOffer(on, by, c.description());
        case ESCALATE -> current.escalate(on, by, c.description());
        case DESIGNATE -> {
          access.requireStaff(c.actor(), current.partnership());
          BoardId board = access.boardOf(c.designatedSchool().orElseThrow())
              .orElseThrow(() -> new InvalidValueException("designatedSchool", "there is no school " + c.designatedSchool().get()));
          yield current.designateSchool(c.designatedSchool().get(), board, on, by);
        }
        case CLOSE -> current.close(on, by, c.description());
      };
      OutOfSchoolCase stored = outOfSchoolCases.update(next);
      audit(c.actor(), "out-of-school." + c.step().name().toLowerCase(java.util.Locale.ROOT), stored.id(), stored.partnership(), "step recorded");
      return view(stored, policy(stored.partnership()).absence());
    });
  }

  @Override
  public OutOfSchoolCaseView outOfSchoolCase(Actor actor, CaseId id) {
    OutOfSchoolCase c = loadOutOfSchool(id);
    requireMayHandle(actor, c);
    return view(c, policy(c.partnership()).absence());
  }

  @Override
  public List<OutOfSchoolCaseView> outOfSchoolCases(Actor actor, PartnershipId partnership) {
    access.requireStaff(actor, partnership);
    var rules = policy(partnership).absence();
    return ImmutableList.copyOf(outOfSchoolCases.byPartnership(partnership)).stream().map(c -> view(c, rules)).collect(ImmutableList.toImmutableList());
  }

  @Override
  public long recordExemption(Actor actor, PartnershipId partnership, StudentId student, Exemption exemption) {
    access.requireStaff(actor, partnership);
    return unitOfWork.inTransaction(() -> {
      // R-INT-8: an exemption is for an existing student of compulsory-school age on its first day.
      // R-INT-1: a student of another partnership gets the same answer as one that does not exist.
      var record = students.find(student).map(nl.passend.application.common.Versioned::value)
          .filter(r -> access.studentInPartnership(r.partnership(), r.student(), partnership))
          .orElseThrow(() -> new InvalidValueException("studentId", "there is no registered student " + student + " in partnership " + partnership));
      if (!record.student().compulsoryEducationOn(exemption.from()).attendanceRequired()) {
        throw new InvalidValueException("from", "the student is not of compulsory-school age on " + exemption.from() + " (R-INT-8)");
      }
      long id = exemptions.add(partnership, student, exemption);
      // R-INT-9: the ground (art. 5a is health data) stays with the exemption, never in the audit trail.
      audit.append(new AuditEntry(clock.now(), actor.reference(), "exemption.record", student.value(), Optional.of(partnership),
          "exemption recorded"));
      return id;
    });
  }

  @Override
  public RecordedExemption exemption(Actor actor, long id) {
    ExemptionRepository.Stored stored = exemptions.find(id).orElseThrow(() -> new NotFoundException("exemption", String.valueOf(id)));
    access.requireStaff(actor, stored.partnership());
    return new RecordedExemption(stored.id(), stored.partnership(), stored.student(), stored.exemption());
  }

  // ----- helpers -----

  private void requireMayHandle(Actor actor, PlacementDutyCase c) {
    if (access.isStaffOf(actor, c.partnership()) || access.coversSchool(actor, c.school()) || access.isOfficerOf(actor, c.board())) {
      return;
    }
    throw new AccessDeniedException("this placement-duty case is outside the actor's scope");
  }

  private void requireMayHandle(Actor actor, OutOfSchoolCase c) {
    boolean board = c.boardWithDuty().map(b -> access.isOfficerOf(actor, b)).orElse(false);
    if (access.isStaffOf(actor, c.partnership()) || board) {
      return;
    }
    throw new AccessDeniedException("this out-of-school case is outside the actor's scope");
  }

  private Partnership requirePartnership(PartnershipId id) {
    return partnerships.find(id).map(Versioned::value)
        .orElseThrow(() -> new InvalidValueException("partnershipId", "there is no partnership " + id));
  }

  private PartnershipPolicy policy(PartnershipId partnership) {
    Partnership p = requirePartnership(partnership);
    return policies.find(p.policy()).orElseThrow(() -> new IllegalStateException("policy " + p.policy() + " is gone"));
  }

  private PlacementDutyCase loadPlacement(CaseId id) {
    return placementCases.find(id).orElseThrow(() -> new NotFoundException("placement-duty case", id.value()));
  }

  private OutOfSchoolCase loadOutOfSchool(CaseId id) {
    return outOfSchoolCases.find(id).orElseThrow(() -> new NotFoundException("out-of-school case", id.value()));
  }

  private void audit(Actor actor, String action, CaseId id, PartnershipId partnership, String reason) {
    audit.append(new AuditEntry(clock.now(), actor.reference(), action, id.value(), Optional.of(partnership), reason));
  }
}
