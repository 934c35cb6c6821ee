package nl.passend.application.decision;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.passend.application.access.AccessPolicy;
import nl.passend.application.common.AccessDeniedException;
import nl.passend.application.common.Actor;
import nl.passend.application.common.NotFoundException;
import nl.passend.application.common.StaleVersionException;
import nl.passend.application.common.Versioned;
import nl.passend.application.common.port.out.AuditEntry;
import nl.passend.application.common.port.out.AuditLog;
import nl.passend.application.common.port.out.Clock;
import nl.passend.application.common.port.out.IdGenerator;
import nl.passend.application.common.port.out.SchoolCalendarSource;
import nl.passend.application.common.port.out.UnitOfWork;
import nl.passend.application.decision.port.in.DecideLwooDesignationUseCase;
import nl.passend.application.decision.port.in.LetterDocument;
import nl.passend.application.decision.port.out.LwooDesignationRepository;
import nl.passend.application.organisation.port.out.PartnershipRepository;
import nl.passend.application.organisation.port.out.SchoolRepository;
import nl.passend.application.policy.port.out.PolicyRepository;
import nl.passend.application.student.port.out.StudentRepository;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.deadline.DeadlineCalculator;
import nl.passend.domain.decision.LwooDesignation;
import nl.passend.domain.eligibility.EligibilityResult;
import nl.passend.domain.eligibility.Scheme;
import nl.passend.domain.organisation.Partnership;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.School;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.policy.PartnershipPolicy;
import nl.passend.domain.student.Enrolment;

/**
 * The LWOO register (R-LWOO-1..3): authorise, evaluate the policy's LWOO scheme, act through the
 * aggregate, store with the version check and audit, in one unit of work.
 */
public final class LwooDesignationService implements DecideLwooDesignationUseCase {
  private final LwooDesignationRepository designations;
  private final nl.passend.application.decision.port.out.AssessmentRepository assessments;
  private final PartnershipRepository partnerships;
  private final PolicyRepository policies;
  private final SchoolRepository schools;
  private final StudentRepository students;
  private final SchoolCalendarSource calendars;
  private final AccessPolicy access;
  private final UnitOfWork unitOfWork;
  private final AuditLog audit;
  private final IdGenerator ids;
  private final Clock clock;
  private final DecisionLetters letters;

  /** Creates the service. */
  public LwooDesignationService(LwooDesignationRepository designations, PartnershipRepository partnerships, PolicyRepository policies,
      SchoolRepository schools, StudentRepository students, SchoolCalendarSource calendars, AccessPolicy access, UnitOfWork unitOfWork,
      AuditLog audit, IdGenerator ids, Clock clock, nl.passend.application.decision.port.out.AssessmentRepository assessments,
      nl.passend.application.decision.port.out.LetterRenderer renderer, nl.passend.application.letters.port.out.LetterOutbox outbox) {
    this.assessments = requireNonNull(assessments, "assessments");
    this.letters = new DecisionLetters(partnerships, policies, assessments, renderer, outbox, ids, clock, audit);
    this.designations = requireNonNull(designations, "designations");
    this.partnerships = requireNonNull(partnerships, "partnerships");
    this.policies = requireNonNull(policies, "policies");
    this.schools = requireNonNull(schools, "schools");
    this.students = requireNonNull(students, "students");
    this.calendars = requireNonNull(calendars, "calendars");
    this.access = requireNonNull(access, "access");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.audit = requireNonNull(audit, "audit");
    this.ids = requireNonNull(ids, "ids");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public Submitted submit(Submit c) {
    access.requireMaySubmit(c.actor(), c.school(), c.partnership());
    return unitOfWork.inTransaction(() -> {
      PartnershipPolicy policy = policyOf(c.partnership(), "partnershipId");
      School school = schools.find(c.school()).map(Versioned::value)
          .orElseThrow(() -> new InvalidValueException("schoolBrin", "there is no school " + c.school()));
      if (school.type() != SchoolType.VO) {
        throw new InvalidValueException("schoolBrin", "LWOO is asked for by a VO school (VMBO), not a " + school.type() + " school");
      }
      if (!access.schoolInPartnership(school.brin(), c.partnership())) {
        throw new nl.passend.domain.common.RuleViolationException("R-INT-2", "school " + school.brin() + " belongs to no board of partnership "
            + c.partnership() + ": its own partnership decides");
      }
      nl.passend.application.common.Dates.notAfterToday(c.receivedOn(), clock, "receivedOn");
      if (students.find(c.student()).isEmpty()) {
        throw new InvalidValueException("studentId", "there is no registered student " + c.student());
      }
      EligibilityResult evaluation = policy.eligibility().evaluate(Scheme.LWOO, c.assessment())
          .orElseThrow(() -> new InvalidValueException("partnershipId", "policy " + policy.id() + " has no LWOO criteria"));
      LwooDesignation stored = designations.insert(LwooDesignation.submit(ids.next("lwoo"), c.partnership(), c.student(), c.school(),
          c.receivedOn(), evaluation, c.actor().reference()));
      // The facts it is decided on are kept with it, for its eligibility later and for policy simulations.
      assessments.save(new nl.passend.application.decision.port.out.StoredAssessment(stored.id(), c.partnership(), c.assessment(), java.util.List.of(), 0));
      record(c.actor(), "lwoo.submit", stored, "evaluated " + evaluation.outcome() + " on the criteria of " + evaluation.schemeVersion());
      return new Submitted(stored, policy.id(), evaluation);
    });
  }

  @Override
  public LwooDesignation act(Act c) {
    return unitOfWork.inTransaction(() -> {
      LwooDesignation current = load(c.id());
      boolean schoolStep = c.step() == LwooDesignation.Step.END || c.step() == LwooDesignation.Step.REGISTER_DUO;
      if (!(schoolStep && access.coversSchool(c.actor(), current.school()))) {
        access.requireMayAct(c.actor(), current.partnership(), current.school());
      }
      nl.passend.application.common.Versions.require("lwoo-designation", c.id(), c.expectedVersion(), current.version());
      LocalDate on = c.on().orElseGet(clock::today);
      nl.passend.application.common.Dates.notAfterToday(on, clock, "on");
      String by = c.actor().reference();
      LwooDesignation next = switch (c.step()) {
        case GRANT -> current.grant(by, on, c.reason(), c.date().orElse(on));
        case REFUSE -> current.refuse(by, on, c.reason());
        case END -> current.end(by, on, c.reason(), c.date().orElse(on));
        case REGISTER_DUO -> current.registerWithDuo(by, on, c.reason());
        case OBJECT -> current.object(c.objectingParty().orElseThrow(), calculator(current.partnership()), by, on, c.reason());
        case DECIDE_OBJECTION -> current.decideObjection(c.upheld().orElseThrow(), by, on, c.reason());
        case SUBMIT -> throw new IllegalStateException("submit is not a step");
      };
      LwooDesignation stored = designations.update(next);
      // R-INT-9: the reason people typed stays with the designation's trail, not in the audit trail.
      record(c.actor(), "lwoo." + c.step().apiName(), stored, "now " + stored.state());
      if (!c.addressees().isEmpty()) {
        nl.passend.domain.organisation.Partnership partnership = letters.partnership(stored.partnership());
        letters.queue(c.actor(), letter(stored, partnership).orElseThrow(() -> new IllegalStateException("a decided designation has a letter")),
            partnership.policy(), stored.partnership(), stored.version(), c.addressees(), "Beschikking LWOO " + stored.id() + " – " + partnership.name());
      }
      return stored;
    });
  }

  @Override
  public LetterDocument decisionLetter(Actor actor, String id) {
    LwooDesignation d = designation(actor, id);
    nl.passend.domain.organisation.Partnership partnership = letters.partnership(d.partnership());
    nl.passend.domain.decision.DecisionLetter letter = letter(d, partnership).orElseThrow(() -> new nl.passend.domain.common.RuleViolationException(
        "R-DL-6", "LWOO designation " + id + " is not decided yet: the letter follows the decision"));
    var rendered = letters.render(letter, partnership.policy());
    return new LetterDocument(rendered.contentType(), rendered.content());
  }

  /** The letter of a decided designation with the sender's address and the LWOO criteria applied to the facts it was submitted with. */
  private Optional<nl.passend.domain.decision.DecisionLetter> letter(LwooDesignation d, nl.passend.domain.organisation.Partnership partnership) {
    return nl.passend.domain.decision.DecisionLetter.of(d, partnership.name(), partnership.region())
        .map(l -> letters.complete(l, partnership, partnership.policy(), d.id(), Optional.of(Scheme.LWOO)));
  }

  @Override
  public LwooDesignation designation(Actor actor, String id) {
    LwooDesignation d = load(id);
    access.requireMayRead(actor, d.partnership(), d.school());
    return d;
  }

  @Override
  public List<LwooDesignation> designations(Actor actor, PartnershipId partnership, Optional<LocalDate> inForceOn) {
    if (!(access.isStaffOf(actor, partnership) || access.isCommitteeOf(actor, partnership) || access.isAuditorOf(actor, partnership))) {
      throw new AccessDeniedException("the LWOO register is read by the partnership's staff, committee and auditors");
    }
    return unitOfWork.inTransaction(() -> {
      List<LwooDesignation> all = designations.byPartnership(partnership);
      return inForceOn.map(date -> all.stream().filter(d -> inForce(d, partnership, date)).toList()).orElse(all);
    });
  }

  /**
   * Whether the designation is in force on {@code date} (R-LWOO-3): its period covers the date and its
   * student is enrolled at a VO school of the partnership on that date.
   */
  public boolean inForce(LwooDesignation d, PartnershipId partnership, LocalDate date) {
    if (!d.coversDate(date)) {
      return false;
    }
    Optional<Enrolment> e = students.find(d.student()).map(v -> v.value().student()).flatMap(s -> s.enrolmentOn(date));
    return e.isPresent() && e.get().schoolType() == SchoolType.VO && access.schoolInPartnership(e.get().school(), partnership);
  }

  private PartnershipPolicy policyOf(PartnershipId id, String field) {
    Partnership p = partnerships.find(id).map(Versioned::value).orElseThrow(() -> new InvalidValueException(field, "there is no partnership " + id));
    return policies.find(p.policy()).orElseThrow(() -> new IllegalStateException("policy " + p.policy() + " is gone"));
  }

  private DeadlineCalculator calculator(PartnershipId partnership) {
    PartnershipPolicy policy = policyOf(partnership, "partnershipId");
    return new DeadlineCalculator(policy.deadlines(), calendars.calendarFor(policy));
  }

  private LwooDesignation load(String id) {
    return designations.find(id).orElseThrow(() -> new NotFoundException("lwoo-designation", id));
  }

  private void record(Actor actor, String action, LwooDesignation d, String reason) {
    audit.append(new AuditEntry(clock.now(), actor.reference(), action, d.id(), Optional.of(d.partnership()), reason));
  }
}
