package nl.passend.application.decision;

import nl.passend.application.decision.port.in.AdmissibilityUseCases;
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
import nl.passend.application.decision.port.in.ActOnAdmissibilityApplicationUseCase;
import nl.passend.application.decision.port.in.AdmissibilityApplicationView;
import nl.passend.application.decision.port.in.ReadAdmissibilityApplicationUseCase;
import nl.passend.application.decision.port.in.StatementView;
import nl.passend.application.decision.port.in.ApplicationSummary;
import nl.passend.application.decision.port.in.RecordDossierUseCase;
import nl.passend.application.decision.port.in.SubmitAdmissibilityApplicationUseCase;
import nl.passend.application.decision.port.out.AdmissibilityApplicationRepository;
import nl.passend.application.organisation.port.out.PartnershipRepository;
import nl.passend.application.organisation.port.out.SchoolRepository;
import nl.passend.application.policy.port.out.PolicyRepository;
import nl.passend.application.student.port.out.RegistrationRepository;
import nl.passend.application.student.port.out.StudentRecord;
import nl.passend.application.student.port.out.StudentRepository;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.common.RuleViolationException;
import nl.passend.application.common.Dates;
import nl.passend.domain.deadline.DeadlineCalculator;
import nl.passend.domain.decision.AdmissibilityApplication;
import nl.passend.domain.decision.AdmissibilityStatement;
import nl.passend.domain.decision.Applicant;
import nl.passend.domain.decision.ApplicationId;
import nl.passend.domain.organisation.Partnership;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.School;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.policy.PartnershipPolicy;

/**
 * Implements the admissibility use cases: authorise first, then load, act through the aggregate,
 * save with the version check, audit and send the decision letters (R-DL-6), in one unit of work.
 */
public final class AdmissibilityService implements AdmissibilityUseCases {
  private final AdmissibilityApplicationRepository applications;
  private final nl.passend.application.decision.port.out.AssessmentRepository assessments;
  private final DecisionLetters letters;
  private final RegistrationRepository registrations;
  private final StudentRepository students;
  private final PartnershipRepository partnerships;
  private final SchoolRepository schools;
  private final PolicyRepository policies;
  private final SchoolCalendarSource calendars;
  private final AccessPolicy access;
  private final UnitOfWork unitOfWork;
  private final AuditLog audit;
  private final nl.passend.application.letters.port.out.LetterOutbox outbox;
  private final IdGenerator ids;
  private final Clock clock;

  /** Creates the service. */
  public AdmissibilityService(AdmissibilityApplicationRepository applications, RegistrationRepository registrations, StudentRepository students, PartnershipRepository partnerships,
      SchoolRepository schools, PolicyRepository policies, SchoolCalendarSource calendars, AccessPolicy access, UnitOfWork unitOfWork,
      AuditLog audit, nl.passend.application.letters.port.out.LetterOutbox outbox, IdGenerator ids, Clock clock, nl.passend.application.decision.port.out.AssessmentRepository assessments,
      nl.passend.application.decision.port.out.LetterRenderer letters) {
    this.assessments = requireNonNull(assessments, "assessments");
    this.applications = requireNonNull(applications, "applications");
    this.registrations = requireNonNull(registrations, "registrations");
    this.students = requireNonNull(students, "students");
    this.partnerships = requireNonNull(partnerships, "partnerships");
    this.schools = requireNonNull(schools, "schools");
    this.policies = requireNonNull(policies, "policies");
    this.calendars = requireNonNull(calendars, "calendars");
    this.access = requireNonNull(access, "access");
    this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    this.audit = requireNonNull(audit, "audit");
    this.outbox = requireNonNull(outbox, "outbox");
    this.ids = requireNonNull(ids, "ids");
    this.clock = requireNonNull(clock, "clock");
    this.letters = new DecisionLetters(partnerships, policies, assessments, requireNonNull(letters, "letters"), outbox, ids, clock, audit);
  }

  @Override
  public AdmissibilityApplication submit(SubmitAdmissibilityApplicationUseCase.Command c) {
    access.requireMaySubmit(c.actor(), c.applyingSchool(), c.partnership());
    // Every check reads inside the same unit of work as the insert, so none is invalidated in between.
    return unitOfWork.inTransaction(() -> {
      Partnership partnership = partnerships.find(c.partnership()).map(Versioned::value)
          .orElseThrow(() -> new InvalidValueException("partnershipId", "there is no partnership " + c.partnership()));
      if (!partnership.policy().equals(c.policy())) {
        throw new InvalidValueException("policyId", "partnership " + partnership.id() + " follows policy " + partnership.policy() + ", not " + c.policy());
      }
      PartnershipPolicy policy = policies.find(c.policy()).orElseThrow(() -> new InvalidValueException("policyId", "there is no policy " + c.policy()));
      School school = schools.find(c.applyingSchool()).map(Versioned::value)
          .orElseThrow(() -> new InvalidValueException("applyingSchoolBrin", "there is no school " + c.applyingSchool()));
      Dates.notAfterToday(c.receivedOn(), clock, "receivedOn");
      StudentRecord student = students.find(c.student()).map(Versioned::value)
          .orElseThrow(() -> new InvalidValueException("studentId", "there is no registered student " + c.student()));
      Dates.notBeforeBirth(c.receivedOn(), student.student().dateOfBirth(), "receivedOn");
      if (c.renews().isPresent() && renewed(c.partnership(), c.student(), c.renews(), Optional.empty()).isEmpty()) {
        throw new InvalidValueException("renews", "there is no statement " + c.renews().get() + " of this student in partnership " + c.partnership());
      }
      if (c.replaces().isPresent() && renewed(c.partnership(), c.student(), c.replaces(), Optional.empty()).isEmpty()) {
        throw new InvalidValueException("replaces", "there is no statement " + c.replaces().get() + " of this student in partnership " + c.partnership());
      }
      List<BrinCode> proSchools = schools.all().stream().map(Versioned::value)
          .filter(s -> s.type() == SchoolType.PRO && access.schoolInPartnership(s.brin(), c.partnership())).map(School::brin).toList();
      AdmissibilityApplication.ApplicantFacts facts = new AdmissibilityApplication.ApplicantFacts(student.student(), school,
          registrations.forStudent(c.student()), proSchools);
      // Who may apply is answered first, naming the schools that may (R-TLV-1); then whether that school is of this partnership.
      AdmissibilityApplication.checkApplicant(facts, c.schoolType(), c.proSpecialRoute(), c.receivedOn());
      if (!access.schoolInPartnership(school.brin(), c.partnership())) {
        throw new RuleViolationException("R-INT-2", "school " + school.brin() + " belongs to no board of partnership " + c.partnership()
            + ": its own partnership decides");
      }
      Applicant applicant = student.student().enrolmentOn(c.receivedOn()).filter(e -> e.schoolType().sector() == c.schoolType().sector()).isPresent()
          ? Applicant.BOARD_OF_ENROLLING_SCHOOL : Applicant.BOARD_OF_REGISTERING_SCHOOL;
      AdmissibilityApplication application = AdmissibilityApplication.submit(ApplicationId.of(ids.next("app")), policy, c.partnership(), facts,
          applicant, c.schoolType(), c.specialNeedsType(), c.proSpecialRoute(), c.renews(), c.replaces(), c.receivedOn(), c.actor().reference());
      AdmissibilityApplication stored = applications.insert(application);
      record(c.actor(), "application.submit", stored, "submitted for " + c.schoolType() + c.renews().map(n -> ", renewing statement " + n).orElse("")
          + c.replaces().map(n -> ", replacing statement " + n).orElse(""));
      return stored;
    });
  }

  /** The student's statements in the partnership issued on other applications (R-INT-4). */
  private List<AdmissibilityStatement> otherStatements(AdmissibilityApplication current) {
    return applications.statementsOfStudent(current.student(), current.partnership(), Optional.of(current.id()));
  }

  /** The statement {@code number} of the student in the partnership, when there is one. */
  private Optional<AdmissibilityStatement> renewed(PartnershipId partnership, nl.passend.domain.student.StudentId student, Optional<Long> number,
      Optional<ApplicationId> except) {
    if (number.isEmpty()) {
      return Optional.empty();
    }
    return applications.statementsOfStudent(student, partnership, except).stream().filter(s -> s.number() == number.get()).findFirst();
  }

  /** A grant, its end date checked against the student's age first (R-INT-5). */
  private AdmissibilityApplication grant(AdmissibilityApplication current, PartnershipPolicy policy, ActOnAdmissibilityApplicationUseCase.Command c, String by,
      LocalDate on) {
    nl.passend.domain.decision.GrantTerms terms = c.grant().orElseThrow();
    // R-INT-4: the check of the statements in force and the write of the new one see no grant of another unit of work in between.
    students.hold(current.student()).ifPresent(born -> AdmissibilityStatement.checkAgeLimit(current.schoolType(), terms.endDate(), born));
    AdmissibilityApplication granted = current.grant(policy, applications.nextStatementNumber(current.partnership()),
        renewed(current.partnership(), current.student(), current.renews(), Optional.of(current.id())), otherStatements(current), by, on, c.reason(), terms);
    if (current.replaces().isPresent()) {
      // R-INT-4, R-TLV-9: the replaced statement ends the day before, recorded in its own application's trail too.
      long number = granted.statement().orElseThrow().number();
      AdmissibilityApplication holder = applications.byStudent(current.student()).stream()
          .filter(a -> a.statement().filter(st -> st.partnership().equals(current.partnership()) && st.number() == current.replaces().get()).isPresent())
          .findFirst().orElseThrow();
      AdmissibilityApplication ended = applications.update(holder.statementReplaced(number, terms.startDate(), by, on));
      record(c.actor(), "application.statement-replaced", ended, "statement " + current.replaces().get() + " replaced by statement " + number);
    }
    return granted;
  }

  @Override
  public AdmissibilityApplication act(ActOnAdmissibilityApplicationUseCase.Command c) {
    return unitOfWork.inTransaction(() -> {
      AdmissibilityApplication current = load(c.id());
      access.requireMayAct(c.actor(), current.partnership(), current.applyingSchool());
      nl.passend.application.common.Versions.require("application", c.id().value(), c.expectedVersion(), current.version());
      LocalDate on = c.on().orElseGet(clock::today);
      Dates.notAfterToday(on, clock, "on");
      PartnershipPolicy policy = policy(current);
      DeadlineCalculator calculator = calculator(policy);
      String by = c.actor().reference();
      AdmissibilityApplication next = switch (c.action()) {
        case ACKNOWLEDGE -> current.acknowledge(by, on, c.reason());
        case REQUEST_INFORMATION -> current.requestInformation(by, on, c.reason());
        case RECEIVE_INFORMATION -> current.receiveInformation(by, on, c.reason());
        case EXTEND -> current.extend(calculator, by, on, c.reason());
        case START_ASSESSMENT -> current.startAssessment(by, on, c.reason());
        case SCHEDULE_HEARING -> current.scheduleHearing(by, on, c.reason());
        case ADVISE -> current.advise(policy, c.advice().orElseThrow(), by, on, c.reason());
        case GRANT -> grant(current, policy, c, by, on);
        case REFUSE -> current.refuse(policy, by, on, c.reason());
        case NOT_CONSIDER -> current.notConsider(policy, by, on, c.reason());
        case OBJECT -> current.object(c.objectingParty().orElseThrow(), calculator, by, on, c.reason());
        case DECIDE_OBJECTION -> current.decideObjection(c.upheld().orElseThrow(), by, on, c.reason());
        case SUBMIT, STATEMENT_REPLACED -> throw new IllegalStateException(c.action() + " is not a step people take");
      };
      AdmissibilityApplication stored = applications.update(next);
      // R-INT-9: the reason people typed stays with the application's trail, not in the audit trail.
      record(c.actor(), "application." + c.action().apiName(), stored, "now " + stored.state());
      if (!c.addressees().isEmpty()) {
        queueDecisionLetters(c.actor(), stored, c.addressees());
      }
      return stored;
    });
  }

  @Override
  public AdmissibilityApplication recordDossier(RecordDossierUseCase.Command c) {
    return unitOfWork.inTransaction(() -> {
      AdmissibilityApplication current = load(c.id());
      requireMayFile(c.actor(), current);
      nl.passend.application.common.Versions.require("application", c.id().value(), c.expectedVersion(), current.version());
      AdmissibilityApplication stored = applications.update(current.fileDossier(c.items(), c.advices(), c.firstChoiceSchool(), clock.today()));
      record(c.actor(), "application.dossier", stored, c.items().size() + " dossier items, " + c.advices().size() + " expert advices");
      return stored;
    });
  }

  @Override
  public AdmissibilityApplicationView application(Actor actor, ApplicationId id) {
    AdmissibilityApplication application = load(id);
    access.requireMayRead(actor, application.partnership(), application.applyingSchool());
    return view(application);
  }

  @Override
  public AdmissibilityApplicationView view(AdmissibilityApplication application) {
    PartnershipPolicy policy = policy(application);
    DeadlineCalculator calculator = calculator(policy);
    return new AdmissibilityApplicationView(application, application.deadlines(calculator), application.decisionDue(calculator),
        application.missingDossierItems(policy.dossiers()), application.expertAdviceProblems(policy.dossiers()), clock.today(),
        application.nextSteps(policy.hasAdviceStep()));
  }

  @Override
  public List<ApplicationSummary> applications(Actor actor, PartnershipId partnership, Optional<nl.passend.domain.decision.ApplicationState> state,
      Optional<LocalDate> dueBefore) {
    boolean whole = access.isStaffOf(actor, partnership) || access.isCommitteeOf(actor, partnership);
    if (!whole && !actor.is(nl.passend.application.common.Role.SCHOOL_STAFF, nl.passend.application.common.Role.BOARD_OFFICER)) {
      throw new AccessDeniedException("only the partnership's staff and committee, and schools for their own applications, list applications");
    }
    LocalDate today = clock.today();
    java.util.Map<nl.passend.domain.organisation.PolicyId, DeadlineCalculator> calculators = new java.util.HashMap<>();
    List<ApplicationSummary> out = new java.util.ArrayList<>();
    for (AdmissibilityApplication a : applications.byPartnership(partnership)) {
      boolean visible = whole ? isStaffOrFree(actor, partnership, a) : access.coversSchool(actor, a.applyingSchool());
      if (!visible || state.filter(s -> s != a.state()).isPresent()) {
        continue;
      }
      DeadlineCalculator calculator = calculators.computeIfAbsent(a.policy(), id -> calculator(policy(a)));
      Optional<String> next = nextDeadline(a);
      Optional<LocalDate> due = next.map(n -> n.equals("acknowledgeBy") ? a.deadlines(calculator).get("acknowledgeBy") : a.decisionDue(calculator));
      if (dueBefore.isPresent() && !due.filter(d -> d.isBefore(dueBefore.get())).isPresent()) {
        continue;
      }
      out.add(new ApplicationSummary(a.id(), a.student(), a.applyingSchool(), a.schoolType(), a.state(), a.receivedOn(), a.version(), next, due,
          due.filter(d -> d.isBefore(today)).isPresent()));
    }
    out.sort(java.util.Comparator.comparing((ApplicationSummary s) -> s.nextDeadlineDate().orElse(LocalDate.MAX))
        .thenComparing(s -> s.id().value()));
    return com.google.common.collect.ImmutableList.copyOf(out);
  }

  /** Staff see every application; a committee member not those of the school it works for (R-TLV-3). */
  private boolean isStaffOrFree(Actor actor, PartnershipId partnership, AdmissibilityApplication a) {
    if (access.isStaffOf(actor, partnership)) {
      return true;
    }
    try {
      access.requireNoConflict(actor, a.applyingSchool());
      return true;
    } catch (AccessDeniedException e) {
      return false;
    }
  }

  /** The next deadline of the procedure: acknowledging receipt, then the decision; none once decided (R-DL-1, R-DL-3). */
  private static Optional<String> nextDeadline(AdmissibilityApplication a) {
    return switch (a.state()) {
      case SUBMITTED -> Optional.of("acknowledgeBy");
      case ACKNOWLEDGED, INFORMATION_REQUESTED, UNDER_ASSESSMENT, HEARING -> Optional.of("decideBy");
      default -> Optional.empty();
    };
  }

  @Override
  public List<StatementView> statementsEndingBefore(Actor actor, PartnershipId partnership, LocalDate date) {
    if (!(access.isStaffOf(actor, partnership) || access.isCommitteeOf(actor, partnership))) {
      throw new AccessDeniedException("only staff and committee members of the partnership list its statements");
    }
    LocalDate today = clock.today();
    return applications.statementsEndingBefore(partnership, date).stream().map(s -> new StatementView(s, s.statusOn(today)))
        .collect(com.google.common.collect.ImmutableList.toImmutableList());
  }

  private AdmissibilityApplication load(ApplicationId id) {
    return applications.find(id).orElseThrow(() -> new NotFoundException("application", id.value()));
  }

  @Override
  public nl.passend.application.decision.port.in.ApplicationEligibility recordAssessment(
      nl.passend.application.decision.port.in.RecordAssessmentUseCase.Command c) {
    return unitOfWork.inTransaction(() -> {
      AdmissibilityApplication current = load(c.id());
      requireMayFile(c.actor(), current);
      if (current.decidedOn().isPresent()) {
        throw new nl.passend.domain.common.RuleViolationException("R-PRIV-3", "application " + c.id().value()
            + " is decided: the facts it was decided on stay as they were");
      }
      long kept = assessments.find(c.id().value()).map(nl.passend.application.decision.port.out.StoredAssessment::version).orElse(0L);
      if (!(c.expectedVersion() == nl.passend.application.common.Versions.NOT_GIVEN && kept == 0)) {
        nl.passend.application.common.Versions.require("assessment", c.id().value(), c.expectedVersion(), kept);
      }
      assessments.save(new nl.passend.application.decision.port.out.StoredAssessment(c.id().value(), current.partnership(), c.assessment(),
          List.of(), kept));
      record(c.actor(), "application.assessment", current, "assessment entered by hand (version " + (kept + 1) + ")");
      return eligibility(c.actor(), c.id());
    });
  }

  @Override
  public nl.passend.application.decision.port.in.ApplicationEligibility eligibility(Actor actor, ApplicationId id) {
    AdmissibilityApplication application = load(id);
    access.requireMayRead(actor, application.partnership(), application.applyingSchool());
    var stored = assessments.find(id.value()).orElseThrow(() -> new NotFoundException("assessment of application", id.value()));
    nl.passend.domain.eligibility.Scheme scheme = nl.passend.domain.eligibility.Scheme.forApplication(application.schoolType(),
        application.specialNeedsType()).orElseThrow(() -> new NotFoundException("eligibility scheme for " + application.schoolType(), id.value()));
    var result = policy(application).eligibility().evaluate(scheme, stored.assessment())
        .orElseThrow(() -> new NotFoundException("scheme", scheme + " of policy " + application.policy()));
    return new nl.passend.application.decision.port.in.ApplicationEligibility(application.policy(), result, stored.assessment(), stored.sources(),
        stored.version());
  }

  @Override
  public nl.passend.application.decision.port.in.LetterDocument decisionLetter(Actor actor, ApplicationId id) {
    AdmissibilityApplication application = load(id);
    access.requireMayRead(actor, application.partnership(), application.applyingSchool());
    Partnership partnership = letters.partnership(application.partnership());
    nl.passend.domain.decision.DecisionLetter letter = nl.passend.domain.decision.DecisionLetter.of(application, partnership.name(),
        partnership.region()).orElseThrow(() -> new nl.passend.domain.common.RuleViolationException("R-DL-6",
            "application " + id.value() + " is not decided yet: the letter follows the decision"));
    var rendered = letters.render(complete(letter, partnership, application), application.policy());
    return new nl.passend.application.decision.port.in.LetterDocument(rendered.contentType(), rendered.content());
  }

  @Override
  public List<nl.passend.application.letters.port.in.LetterDelivery> letterDeliveries(Actor actor, ApplicationId id) {
    AdmissibilityApplication application = load(id);
    access.requireMayRead(actor, application.partnership(), application.applyingSchool());
    return outbox.bySubject(id.value()).stream().map(nl.passend.application.letters.port.in.LetterDelivery::of).toList();
  }

  /**
   * Writes the decision letter (R-DL-6) for each addressee into the outbox, in the decision's own
   * transaction: a decision that rolls back leaves no letter, and one that commits leaves all of them.
   * The letter is rendered now, so that what is sent is the letter of this decision.
   */
  private void queueDecisionLetters(Actor actor, AdmissibilityApplication stored, List<nl.passend.application.letters.port.in.Addressee> addressees) {
    Partnership partnership = letters.partnership(stored.partnership());
    nl.passend.domain.decision.DecisionLetter letter = nl.passend.domain.decision.DecisionLetter.of(stored, partnership.name(), partnership.region())
        .orElseThrow(() -> new IllegalStateException("a decided application has a letter"));
    letters.queue(actor, complete(letter, partnership, stored), stored.policy(), stored.partnership(), stored.version(), addressees,
        "Beschikking toelaatbaarheid " + stored.id().value() + " – " + partnership.name());
  }

  /** The letter with the sender's address and the criteria of the application's scheme applied to its recorded facts. */
  private nl.passend.domain.decision.DecisionLetter complete(nl.passend.domain.decision.DecisionLetter letter, Partnership partnership,
      AdmissibilityApplication application) {
    return letters.complete(letter, partnership, application.policy(), application.id().value(),
        nl.passend.domain.eligibility.Scheme.forApplication(application.schoolType(), application.specialNeedsType()));
  }

  /**
   * Who may file an application's dossier and facts: partnership staff, the applying school or its
   * board, and committee members of the partnership who do not work at the applying school (R-TLV-3).
   */
  private void requireMayFile(Actor actor, AdmissibilityApplication application) {
    if (!(access.isStaffOf(actor, application.partnership()) || access.coversSchool(actor, application.applyingSchool())
        || access.isCommitteeOf(actor, application.partnership()))) {
      throw new AccessDeniedException("this application is outside the actor's scope");
    }
    if (access.isCommitteeOf(actor, application.partnership())) {
      access.requireNoConflict(actor, application.applyingSchool());
    }
  }

  private PartnershipPolicy policy(AdmissibilityApplication application) {
    return policies.find(application.policy()).orElseThrow(() -> new IllegalStateException("policy " + application.policy() + " is gone"));
  }

  private DeadlineCalculator calculator(PartnershipPolicy policy) {
    return new DeadlineCalculator(policy.deadlines(), calendars.calendarFor(policy));
  }

  private void record(Actor actor, String action, AdmissibilityApplication application, String reason) {
    audit.append(new AuditEntry(clock.now(), actor.reference(), action, application.id().value(), Optional.of(application.partnership()), reason));
  }
}
