package nl.passend.domain.decision;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.common.RuleViolationException;
import nl.passend.domain.common.Validation;
import nl.passend.domain.deadline.ClockStop;
import nl.passend.domain.deadline.DeadlineCalculator;
import nl.passend.domain.deadline.Deadlines;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.School;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.Sector;
import nl.passend.domain.organisation.SpecialNeedsType;
import nl.passend.domain.student.Enrolment;
import nl.passend.domain.student.Registration;
import nl.passend.domain.student.Student;
import nl.passend.domain.student.StudentId;

/**
 * Aanvraag toelaatbaarheidsverklaring: an application for an admissibility statement and its
 * procedure (SPEC §5.2). Each step is a method with a domain name that returns the application in
 * its new state, records who took it, when and why, and refuses a step the state does not allow
 * with a {@link TransitionRejectedException}.
 *
 * <pre>
 * SUBMITTED → ACKNOWLEDGED ⇄ INFORMATION_REQUESTED
 *             ACKNOWLEDGED → UNDER_ASSESSMENT → HEARING
 *             UNDER_ASSESSMENT | HEARING → (advise, R-DL-3) → GRANTED;  HEARING → REFUSED | NOT_CONSIDERED
 *             GRANTED | REFUSED | NOT_CONSIDERED → OBJECTED → OBJECTION_DISMISSED
 *             OBJECTED → (upheld, R-INT-3) UNDER_ASSESSMENT: the contested decision is revoked and taken again
 * </pre>
 *
 * <p>An application cannot be built in a state the diagram does not reach: every instance comes from
 * {@link #submit}, a step, or {@link #restore()} (the one way to rebuild from storage), and each of
 * these replays the trail and checks that state, statement, decision date, objection, suspensions,
 * extension and advice are exactly what the trail's steps produce.
 */
public final class AdmissibilityApplication {
  /** Per action: the states it may be taken in, the rule that says so and why. */
  private static final Map<Action, Step> STEPS = new EnumMap<>(Action.class);

  private record Step(Set<ApplicationState> from, String ruleId, String why) {}

  static {
    STEPS.put(Action.ACKNOWLEDGE, new Step(EnumSet.of(ApplicationState.SUBMITTED), "SPEC-5.2", "only a submitted application is acknowledged"));
    STEPS.put(Action.REQUEST_INFORMATION, new Step(EnumSet.of(ApplicationState.ACKNOWLEDGED), "R-DL-2",
        "information is requested after acknowledgement and before the assessment"));
    STEPS.put(Action.RECEIVE_INFORMATION, new Step(EnumSet.of(ApplicationState.INFORMATION_REQUESTED), "R-DL-2", "no information was requested"));
    STEPS.put(Action.EXTEND, new Step(EnumSet.of(ApplicationState.ACKNOWLEDGED, ApplicationState.INFORMATION_REQUESTED,
        ApplicationState.UNDER_ASSESSMENT, ApplicationState.HEARING), "R-DL-3", "only an undecided application is extended"));
    STEPS.put(Action.START_ASSESSMENT, new Step(EnumSet.of(ApplicationState.ACKNOWLEDGED), "SPEC-5.2",
        "the assessment starts after acknowledgement, and not while information is awaited"));
    STEPS.put(Action.SCHEDULE_HEARING, new Step(EnumSet.of(ApplicationState.UNDER_ASSESSMENT), "R-DL-5", "a hearing is offered during the assessment"));
    STEPS.put(Action.ADVISE, new Step(EnumSet.of(ApplicationState.UNDER_ASSESSMENT, ApplicationState.HEARING), "R-DL-3",
        "the committee advises during the assessment, before the decision"));
    STEPS.put(Action.GRANT, new Step(EnumSet.of(ApplicationState.UNDER_ASSESSMENT, ApplicationState.HEARING), "SPEC-5.2",
        "a statement is granted after the assessment has started"));
    STEPS.put(Action.REFUSE, new Step(EnumSet.of(ApplicationState.HEARING), "R-DL-5", "an intended refusal needs a hearing first"));
    STEPS.put(Action.NOT_CONSIDER, new Step(EnumSet.of(ApplicationState.HEARING), "R-DL-5",
        "not taking an application into consideration needs a hearing first"));
    STEPS.put(Action.OBJECT, new Step(EnumSet.of(ApplicationState.GRANTED, ApplicationState.REFUSED, ApplicationState.NOT_CONSIDERED), "R-DL-9",
        "an objection is made against a decision"));
    STEPS.put(Action.DECIDE_OBJECTION, new Step(EnumSet.of(ApplicationState.OBJECTED), "R-DL-9", "there is no objection to decide"));
    STEPS.put(Action.STATEMENT_REPLACED, new Step(EnumSet.of(ApplicationState.GRANTED, ApplicationState.OBJECTION_DISMISSED), "R-INT-4",
        "only a granted statement is replaced"));
  }

  private final ApplicationId id;
  private final PolicyId policy;
  private final PartnershipId partnership;
  private final StudentId student;
  private final BrinCode applyingSchool;
  private final SchoolType schoolType;
  private final Optional<SpecialNeedsType> specialNeedsType;
  private final boolean proSpecialRoute;
  private final Optional<Long> renews;
  private final Optional<Long> replaces;
  private final LocalDate receivedOn;
  private final ApplicationState state;
  private final List<TrailEntry> trail;
  private final Set<DossierItem> dossier;
  private final List<ExpertAdvice> expertAdvices;
  private final Optional<BrinCode> firstChoiceSchool;
  private final List<Suspension> suspensions;
  private final boolean extended;
  private final Optional<CommitteeAdvice> advice;
  private final Optional<LocalDate> decidedOn;
  private final Optional<AdmissibilityStatement> statement;
  private final Optional<Objection> objection;
  private final long version;

  private AdmissibilityApplication(Builder b) {
    this.id = Validation.present(b.id, "id");
    this.policy = Validation.present(b.policy, "policyId");
    this.partnership = Validation.present(b.partnership, "partnershipId");
    this.student = Validation.present(b.student, "studentId");
    this.applyingSchool = Validation.present(b.applyingSchool, "applyingSchoolBrin");
    this.schoolType = Validation.present(b.schoolType, "schoolType");
    Validation.require(schoolType.needsAdmissibilityStatement(), "schoolType", "an application is for SBO, SO, VSO or PRO, not %s", schoolType);
    this.specialNeedsType = Validation.present(b.specialNeedsType, "specialNeedsType");
    if (schoolType.hasClusters()) {
      Validation.require(specialNeedsType.isPresent(), "specialNeedsType", "an application for %s names the type: ZML, LZ, LG, MG or CLUSTER_4", schoolType);
    } else {
      Validation.require(specialNeedsType.isEmpty(), "specialNeedsType", "an application for %s has no special-needs type", schoolType);
    }
    this.proSpecialRoute = b.proSpecialRoute;
    Validation.require(!proSpecialRoute || schoolType == SchoolType.PRO, "proSpecialRoute", "the special route is for PrO only");
    this.renews = Validation.present(b.renews, "renews");
    renews.ifPresent(r -> Validation.require(r >= 1, "renews", "a statement's sequence number starts at 1"));
    this.replaces = Validation.present(b.replaces, "replaces");
    replaces.ifPresent(r -> Validation.require(r >= 1, "replaces", "a statement's sequence number starts at 1"));
    Validation.require(renews.isEmpty() || replaces.isEmpty(), "replaces", "an application renews a statement or replaces one, not both");
    this.receivedOn = Validation.present(b.receivedOn, "receivedOn");
    this.state = Validation.present(b.state, "state");
    this.trail = ImmutableList.copyOf(Validation.present(b.trail, "trail"));
    Set<DossierItem> items = Validation.present(b.dossier, "dossier");
    this.dossier = items.isEmpty() ? ImmutableSet.of() : ImmutableSet.copyOf(EnumSet.copyOf(items));
    this.expertAdvices = ImmutableList.copyOf(Validation.present(b.expertAdvices, "expertAdvices"));
    this.firstChoiceSchool = Validation.present(b.firstChoiceSchool, "firstChoiceSchool");
    this.suspensions = ImmutableList.copyOf(Validation.present(b.suspensions, "suspensions"));
    this.extended = b.extended;
    this.advice = Validation.present(b.advice, "advice");
    this.decidedOn = Validation.present(b.decidedOn, "decidedOn");
    this.statement = Validation.present(b.statement, "statement");
    this.objection = Validation.present(b.objection, "objection");
    this.version = b.version;
    Validation.require(version >= 0, "version", "must not be negative");
    checkReachable();
  }

  /**
   * The one way to rebuild an application from storage: set every component on the builder; its
   * {@link Builder#build()} refuses any combination the procedure cannot reach.
   */
  public static Builder restore() {
    return new Builder();
  }

  /**
   * Submits an application (R-TLV-1): only the board of the school where the student is enrolled in
   * the statement's sector, or for a student not yet enrolled in that sector the board of a school
   * where the student is registered, applies; never the guardians. On the PrO special route the PrO
   * school of the partnership applies for a pupil enrolled at another VO school.
   *
   * @param facts what the applicant check needs: the student's record, the applying school, the
   *     student's registrations and the partnership's PrO schools
   * @throws ApplicantRefusedException when a school that may not apply does, naming those that may
   * @throws RuleViolationException when the guardians apply
   * @throws InvalidValueException when the type does not fit the policy's sector or lacks its cluster type
   */
  public static AdmissibilityApplication submit(ApplicationId id, DecisionPolicy policy, PartnershipId partnership, ApplicantFacts facts,
      Applicant applicant, SchoolType schoolType, Optional<SpecialNeedsType> specialNeedsType, boolean proSpecialRoute, Optional<Long> renews,
      LocalDate receivedOn, String by) {
    return submit(id, policy, partnership, facts, applicant, schoolType, specialNeedsType, proSpecialRoute, renews, Optional.empty(), receivedOn, by);
  }

  /**
   * Submits an application that may name a statement it replaces (R-INT-4, R-TLV-9: from SO to SBO,
   * for example); see the other {@code submit} for the rest.
   *
   * @param replaces the sequence number of the student's statement in force that the new statement
   *     replaces; that statement ends the day before the new one starts
   */
  public static AdmissibilityApplication submit(ApplicationId id, DecisionPolicy policy, PartnershipId partnership, ApplicantFacts facts,
      Applicant applicant, SchoolType schoolType, Optional<SpecialNeedsType> specialNeedsType, boolean proSpecialRoute, Optional<Long> renews,
      Optional<Long> replaces, LocalDate receivedOn, String by) {
    Validation.present(policy, "policyId");
    Validation.present(applicant, "applicant");
    Validation.present(facts, "facts");
    if (applicant == Applicant.GUARDIANS) {
      throw new RuleViolationException("R-TLV-1", "the board of the school applies, never the guardians");
    }
    Validation.present(schoolType, "schoolType");
    Validation.require(schoolType.sector() == policy.sector(), "schoolType",
        "policy %s is for sector %s and cannot admit to %s", policy.id(), policy.sector(), schoolType);
    Validation.present(receivedOn, "receivedOn");
    Validation.require(!proSpecialRoute || schoolType == SchoolType.PRO, "proSpecialRoute", "the special route is for PrO only");
    checkApplicant(facts, schoolType, proSpecialRoute, receivedOn);
    Builder b = new Builder();
    b.id = id;
    b.policy = policy.id();
    b.partnership = partnership;
    b.student = facts.student().id();
    b.applyingSchool = facts.applyingSchool().brin();
    b.schoolType = schoolType;
    b.specialNeedsType = specialNeedsType;
    b.proSpecialRoute = proSpecialRoute;
    b.renews = renews;
    b.replaces = Validation.present(replaces, "replaces");
    b.receivedOn = receivedOn;
    b.state = ApplicationState.SUBMITTED;
    b.trail = List.of(new TrailEntry(Action.SUBMIT, by, receivedOn, "application received"));
    return b.build();
  }

  /**
   * What the applicant check of R-TLV-1 reads.
   *
   * @param student the student's record with its enrolments
   * @param applyingSchool the school whose board applies
   * @param registrations the student's registrations (aanmeldingen)
   * @param proSchools the partnership's PrO schools, for the special route
   */
  public record ApplicantFacts(Student student, School applyingSchool, List<Registration> registrations, List<BrinCode> proSchools) {
    /** Validates the facts. */
    public ApplicantFacts {
      Validation.present(student, "studentId");
      Validation.present(applyingSchool, "applyingSchoolBrin");
      registrations = List.copyOf(Validation.present(registrations, "registrations"));
      proSchools = List.copyOf(Validation.present(proSchools, "proSchools"));
    }
  }

  /**
   * The schools whose boards may apply for {@code type} on {@code on} (R-TLV-1, version 2): the school
   * of the enrolment in the statement's sector; without one, the schools of registration in that
   * sector; on the PrO special route, the partnership's PrO schools for a pupil enrolled in VO.
   */
  public static List<BrinCode> schoolsThatMayApply(ApplicantFacts facts, SchoolType type, boolean proSpecialRoute, LocalDate on) {
    Sector sector = type.sector();
    Optional<Enrolment> inSector = facts.student().enrolmentOn(on).filter(e -> e.schoolType().sector() == sector);
    if (proSpecialRoute) {
      return inSector.isPresent() && inSector.get().schoolType() != SchoolType.PRO ? facts.proSchools() : List.of();
    }
    if (inSector.isPresent()) {
      return List.of(inSector.get().school());
    }
    return facts.registrations().stream().filter(r -> r.schoolType().sector() == sector && r.standsOn(on)).map(Registration::school).distinct().toList();
  }

  /**
   * Refuses a school that may not apply for the student (R-TLV-1), naming those that may.
   *
   * @throws ApplicantRefusedException when the applying school is not among {@link #schoolsThatMayApply}
   */
  public static void checkApplicant(ApplicantFacts facts, SchoolType type, boolean proSpecialRoute, LocalDate on) {
    List<BrinCode> may = schoolsThatMayApply(facts, type, proSpecialRoute, on);
    BrinCode applying = facts.applyingSchool().brin();
    if (may.stream().anyMatch(s -> s.equals(applying) || s.institution().equals(applying.institution()) && s.value().length() == 4)) {
      return;
    }
    String why;
    if (proSpecialRoute) {
      why = may.isEmpty() ? "the PrO special route is for a pupil enrolled at another VO school on " + on
          : "on the PrO special route the PrO school of the partnership applies";
    } else if (facts.student().enrolmentOn(on).filter(e -> e.schoolType().sector() == type.sector()).isPresent()) {
      why = "only the board of the school where the student is enrolled in " + type.sector() + " applies";
    } else if (may.isEmpty()) {
      why = "the student is neither enrolled in " + type.sector() + " nor registered at a " + type.sector() + " school on " + on;
    } else {
      why = "the student is not yet enrolled in " + type.sector() + ": only the board of a school where the student is registered applies";
    }
    throw new ApplicantRefusedException(why, may);
  }

  // ----- the steps -----

  /** Acknowledges receipt (R-DL-1). */
  public AdmissibilityApplication acknowledge(String by, LocalDate on, String reason) {
    return step(Action.ACKNOWLEDGE, by, on, reason, ApplicationState.ACKNOWLEDGED).build();
  }

  /** Requests missing information; the decision clock stops until it arrives (R-DL-2). */
  public AdmissibilityApplication requestInformation(String by, LocalDate on, String reason) {
    Builder next = step(Action.REQUEST_INFORMATION, by, on, reason, ApplicationState.INFORMATION_REQUESTED);
    List<Suspension> s = new ArrayList<>(suspensions);
    s.add(new Suspension(on, Optional.empty()));
    next.suspensions = s;
    return next.build();
  }

  /** Records that the requested information arrived; the clock runs again (R-DL-2). */
  public AdmissibilityApplication receiveInformation(String by, LocalDate on, String reason) {
    Builder next = step(Action.RECEIVE_INFORMATION, by, on, reason, ApplicationState.ACKNOWLEDGED);
    List<Suspension> s = new ArrayList<>(suspensions);
    Suspension open = s.remove(s.size() - 1);
    s.add(new Suspension(open.requestedOn(), Optional.of(on)));
    next.suspensions = s;
    return next.build();
  }

  /**
   * Extends the decision term once, to at most the policy's maximum (R-DL-3), and only while it has
   * not run out (R-INT-6, Awb 4:14 lid 3).
   */
  public AdmissibilityApplication extend(DeadlineCalculator calculator, String by, LocalDate on, String reason) {
    allow(Action.EXTEND);
    if (extended) {
      throw new TransitionRejectedException("R-DL-3", state, Action.EXTEND, "the decision term was extended already");
    }
    Validation.present(on, "on");
    LocalDate due = deadlines(calculator).get("decideBy");
    if (on.isAfter(due)) {
      throw new RuleViolationException("R-INT-6", "the decision term ran out on " + due + " and can no longer be extended");
    }
    Builder next = step(Action.EXTEND, by, on, reason, state);
    next.extended = true;
    return next.build();
  }

  /** Starts the assessment. */
  public AdmissibilityApplication startAssessment(String by, LocalDate on, String reason) {
    return step(Action.START_ASSESSMENT, by, on, reason, ApplicationState.UNDER_ASSESSMENT).build();
  }

  /** Offers school and guardians a hearing, required before a refusal or not taking it into consideration (R-DL-5). */
  public AdmissibilityApplication scheduleHearing(String by, LocalDate on, String reason) {
    return step(Action.SCHEDULE_HEARING, by, on, reason, ApplicationState.HEARING).build();
  }

  /**
   * Records the committee's advice (R-DL-3, a policy with an advice step such as {@code vo-22-01});
   * the director then decides within the policy's term after it.
   *
   * @throws TransitionRejectedException when the policy has no advice step, the assessment has not
   *     started, or the committee advised already
   */
  public AdmissibilityApplication advise(DecisionPolicy policyValue, CommitteeAdvice.Outcome outcome, String by, LocalDate on, String reason) {
    checkPolicy(policyValue);
    allow(Action.ADVISE);
    if (!policyValue.hasAdviceStep()) {
      throw new TransitionRejectedException("R-DL-3", state, Action.ADVISE, "policy " + policy + " has no advice step; the committee decides");
    }
    if (advice.isPresent()) {
      throw new TransitionRejectedException("R-DL-3", state, Action.ADVISE, "the committee advised already on " + advice.get().on());
    }
    Validation.present(outcome, "advice");
    Builder next = step(Action.ADVISE, by, on, reason, state);
    next.advice = Optional.of(new CommitteeAdvice(outcome, on, by, reason));
    return next.build();
  }

  /**
   * Grants: issues the statement with the given number (R-TLV-4..6, R-TLV-11). Without a category the
   * policy's default for the type applies; a category outside the allowed ones needs a reason. A
   * renewal starts the day after the statement it renews ends.
   *
   * @param renewed the statement this application renews, when it names one
   * @throws InvalidValueException naming {@code categoryOverrideReason}, {@code fundingCategory},
   *     {@code startDate} or {@code endDate} when the terms break R-TLV-5, R-TLV-6 or R-TLV-11
   * @throws RuleViolationException when the dossier is incomplete (R-TLV-2, R-TLV-3) or the committee
   *     has not advised yet (R-DL-3)
   */
  public AdmissibilityApplication grant(DecisionPolicy policyValue, long number, Optional<AdmissibilityStatement> renewed, String by, LocalDate on,
      String reason, GrantTerms terms) {
    return grant(policyValue, number, renewed, List.of(), by, on, reason, terms);
  }

  /**
   * Grants, refusing a statement that would overlap another statement of the student in force in the
   * partnership (R-INT-4), unless this application renews it.
   *
   * @param others the student's statements in this partnership issued on other applications
   * @throws RuleViolationException naming R-INT-4 and the statement in force
   */
  public AdmissibilityApplication grant(DecisionPolicy policyValue, long number, Optional<AdmissibilityStatement> renewed,
      List<AdmissibilityStatement> others, String by, LocalDate on, String reason, GrantTerms terms) {
    checkPolicy(policyValue);
    allow(Action.GRANT);
    Validation.present(terms, "terms");
    Validation.present(renewed, "renewed");
    Optional<FundingCategory> category;
    Optional<String> override = Optional.empty();
    if (schoolType.hasClusters()) {
      FundingCategory standard = policyValue.defaultFundingCategory(specialNeedsType.orElseThrow());
      FundingCategory chosen = terms.fundingCategory().orElse(standard);
      Set<FundingCategory> allowed = policyValue.allowedFundingCategories(specialNeedsType.get());
      if (!allowed.contains(chosen)) {
        if (terms.categoryOverrideReason().isEmpty()) {
          throw new InvalidValueException("categoryOverrideReason",
              "category " + chosen + " is not among the policy's categories " + allowed + " for " + specialNeedsType.get()
                  + " and needs a reason (R-TLV-5)");
        }
        override = terms.categoryOverrideReason();
      }
      category = Optional.of(chosen);
    } else {
      if (terms.fundingCategory().isPresent()) {
        throw new InvalidValueException("fundingCategory", "SBO and PrO statements carry no funding category (R-TLV-5)");
      }
      category = Optional.empty();
    }
    Validation.require(!terms.startDate().isBefore(receivedOn), "startDate",
        "a statement starts no earlier than the application's receipt (%s, R-INT-5)", receivedOn);
    AdmissibilityStatement.checkDuration(schoolType, terms.startDate(), terms.endDate(), terms.exitDestination(), policyValue.statements());
    Optional<Long> renewing = Optional.empty();
    if (renews.isPresent()) {
      AdmissibilityStatement old = renewed.orElseThrow(() -> new InvalidValueException("renews", "there is no statement " + renews.get() + " to renew"));
      Validation.require(old.number() == renews.get() && old.student().equals(student) && old.partnership().equals(partnership), "renews",
          "statement %d is not a statement of this student in this partnership", renews.get());
      LocalDate dayAfter = old.endDate().map(e -> e.plusDays(1))
          .orElseThrow(() -> new InvalidValueException("renews", "a PrO statement has no end and is not renewed (R-TLV-11)"));
      Validation.require(terms.startDate().equals(dayAfter), "startDate",
          "a renewal starts the day after statement %d ends: %s (R-TLV-11)", old.number(), dayAfter);
      renewing = Optional.of(old.number());
    }
    AdmissibilityStatement issued = new AdmissibilityStatement(number, partnership, student, schoolType, specialNeedsType, category, override,
        on, terms.startDate(), terms.endDate(), AdmissibilityStatement.legalBasisFor(schoolType), StatementStatus.ACTIVE, renewing);
    if (replaces.isPresent()) {
      // R-INT-4, R-TLV-9: the statement replaced must be the student's, in force the day before the new one starts.
      AdmissibilityStatement old = Validation.present(others, "others").stream()
          .filter(o -> o.number() == replaces.get() && o.student().equals(student) && o.partnership().equals(partnership)
              && o.status() != StatementStatus.REVOKED)
          .findFirst().orElseThrow(() -> new InvalidValueException("replaces",
              "statement " + replaces.get() + " is not a statement of this student in this partnership"));
      old.replacedBy(number, terms.startDate());
    }
    // Bad terms are answered first (400); then the rules on the dossier and the advice (409).
    for (AdmissibilityStatement other : Validation.present(others, "others")) {
      if (other.status() != StatementStatus.REVOKED && other.partnership().equals(partnership) && !renewing.equals(Optional.of(other.number()))
          && !replaces.equals(Optional.of(other.number())) && other.overlaps(issued.startDate(), issued.endDate())) {
        throw new RuleViolationException("R-INT-4", "statement " + other.number() + " of this student is in force from " + other.startDate()
            + other.endDate().map(e -> " until " + e).orElse("") + "; a student has one statement in force per partnership");
      }
    }
    requireCompleteDossier(policyValue.dossiers());
    requireAdvice(policyValue, Action.GRANT);
    Builder next = step(Action.GRANT, by, on, reason, ApplicationState.GRANTED);
    next.decidedOn = Optional.of(on);
    next.statement = Optional.of(issued);
    return next.build();
  }

  /** Grants an application that renews no statement; see {@link #grant(DecisionPolicy, long, Optional, String, LocalDate, String, GrantTerms)}. */
  public AdmissibilityApplication grant(DecisionPolicy policyValue, long number, String by, LocalDate on, String reason, GrantTerms terms) {
    return grant(policyValue, number, Optional.empty(), by, on, reason, terms);
  }

  /**
   * Records that the statement {@code replacement}, starting on {@code replacementStart}, replaced this
   * application's statement (R-INT-4, R-TLV-9): the statement ends the day before, and the trail says so.
   *
   * @throws TransitionRejectedException when this application holds no statement in force
   */
  public AdmissibilityApplication statementReplaced(long replacement, LocalDate replacementStart, String by, LocalDate on) {
    allow(Action.STATEMENT_REPLACED);
    AdmissibilityStatement current = statement.filter(s -> s.status() != StatementStatus.REVOKED && s.replacement().isEmpty())
        .orElseThrow(() -> new TransitionRejectedException("R-INT-4", state, Action.STATEMENT_REPLACED, "there is no statement in force to replace"));
    AdmissibilityStatement ended = current.replacedBy(replacement, replacementStart);
    Builder next = step(Action.STATEMENT_REPLACED, by, on, "statement " + current.number() + " ends on " + ended.lastDay().orElseThrow()
        + ": statement " + replacement + " replaces it from " + replacementStart, state);
    next.statement = Optional.of(ended);
    return next.build();
  }

  /** Refuses, only after a hearing was offered (R-DL-5) and, with an advice step, after the advice (R-DL-3). */
  public AdmissibilityApplication refuse(DecisionPolicy policyValue, String by, LocalDate on, String reason) {
    checkPolicy(policyValue);
    allow(Action.REFUSE);
    requireAdvice(policyValue, Action.REFUSE);
    Builder next = step(Action.REFUSE, by, on, reason, ApplicationState.REFUSED);
    next.decidedOn = Optional.of(on);
    return next.build();
  }

  /** Does not take the application into consideration, only after a hearing (R-DL-5) and any advice (R-DL-3). */
  public AdmissibilityApplication notConsider(DecisionPolicy policyValue, String by, LocalDate on, String reason) {
    checkPolicy(policyValue);
    allow(Action.NOT_CONSIDER);
    requireAdvice(policyValue, Action.NOT_CONSIDER);
    Builder next = step(Action.NOT_CONSIDER, by, on, reason, ApplicationState.NOT_CONSIDERED);
    next.decidedOn = Optional.of(on);
    return next.build();
  }

  /**
   * Records an objection by the guardians or the applying board, within the objection term after the
   * decision's notice (R-DL-9). Decided: the notice is given on the day of the decision.
   *
   * @throws RuleViolationException when the term has passed
   */
  public AdmissibilityApplication object(ObjectingParty party, DeadlineCalculator calculator, String by, LocalDate on, String reason) {
    allow(Action.OBJECT);
    Validation.present(party, "by");
    LocalDate notified = decidedOn.orElseThrow();
    LocalDate objectBy = calculator.objection(notified).get("objectBy");
    if (on.isAfter(objectBy)) {
      throw new RuleViolationException("R-DL-9", "the objection term ended on " + objectBy);
    }
    Builder next = step(Action.OBJECT, by, on, reason, ApplicationState.OBJECTED);
    next.objection = Optional.of(new Objection(party, on, notified, Optional.empty(), Optional.empty()));
    return next.build();
  }

  /**
   * Decides the objection (R-DL-9) with its legal effect (R-INT-3, Awb 7:11). Dismissed: nothing
   * changes. Upheld: the contested decision is revoked and the application returns to
   * {@code UNDER_ASSESSMENT} so that the partnership decides again (with a new objection term); a
   * contested grant's statement becomes {@code REVOKED} on this day.
   */
  public AdmissibilityApplication decideObjection(boolean upheld, String by, LocalDate on, String reason) {
    allow(Action.DECIDE_OBJECTION);
    Objection open = objection.orElseThrow();
    Builder next = step(Action.DECIDE_OBJECTION, by, on, reason, upheld ? ApplicationState.UNDER_ASSESSMENT : ApplicationState.OBJECTION_DISMISSED);
    next.objection = Optional.of(new Objection(open.by(), open.receivedOn(), open.decisionNotifiedOn(), Optional.of(upheld), Optional.of(on)));
    if (upheld) {
      next.decidedOn = Optional.empty();
      if (contestedDecision() == Action.GRANT) {
        next.statement = statement.map(AdmissibilityStatement::revoked);
      }
    }
    return next.build();
  }

  /** The decision an objection contests: the last grant, refusal or not-considering in the trail. */
  private Action contestedDecision() {
    for (int i = trail.size() - 1; i >= 0; i--) {
      Action a = trail.get(i).action();
      if (a == Action.GRANT || a == Action.REFUSE || a == Action.NOT_CONSIDER) {
        return a;
      }
    }
    throw new IllegalStateException("an objection without a decision");
  }

  /**
   * The steps people may take from the current state (SPEC §5.2), in the procedure's order; a step
   * that needs what the state alone cannot tell (a complete dossier, the committee's advice under a
   * policy with an advice step, a term not yet run out) may still be refused when it is taken.
   *
   * @param adviceStep whether the policy has the committee's advice step (R-DL-3)
   */
  public List<Action> nextSteps(boolean adviceStep) {
    List<Action> next = new ArrayList<>();
    for (Map.Entry<Action, Step> e : STEPS.entrySet()) {
      Action a = e.getKey();
      if (a.isProcedureStep() && e.getValue().from().contains(state) && (a != Action.ADVISE || adviceStep && advice.isEmpty())) {
        next.add(a);
      }
    }
    return List.copyOf(next);
  }

  /** Whether taking {@code action} sends the decision letter to its recipients (R-DL-6). */
  public static boolean sendsDecisionLetter(Action action) {
    return action == Action.GRANT || action == Action.REFUSE || action == Action.NOT_CONSIDER || action == Action.DECIDE_OBJECTION;
  }

  // ----- the dossier -----

  /** A copy whose dossier holds these items, expert advice and first-choice school (R-TLV-2, R-TLV-3, R-DL-6). */
  public AdmissibilityApplication withDossier(Set<DossierItem> items, List<ExpertAdvice> advices, Optional<BrinCode> firstChoice) {
    Validation.require(!state.isDecided(), "dossier", "the dossier of a decided application does not change");
    Validation.present(advices, "advices");
    Builder b = toBuilder();
    b.dossier = items;
    b.expertAdvices = advices;
    b.firstChoiceSchool = firstChoice;
    return b.build();
  }

  /**
   * Files the dossier on {@code filedOn} (today): an expert advice cannot be dated after the day its
   * dossier is filed (R-INT-7).
   *
   * @throws InvalidValueException naming {@code expertAdvices[i].givenOn} for each advice dated after {@code filedOn}
   */
  public AdmissibilityApplication fileDossier(Set<DossierItem> items, List<ExpertAdvice> advices, Optional<BrinCode> firstChoice, LocalDate filedOn) {
    Validation.present(filedOn, "filedOn");
    Validation.present(advices, "advices");
    List<String> late = new java.util.ArrayList<>();
    for (int i = 0; i < advices.size(); i++) {
      if (advices.get(i).givenOn().isAfter(filedOn)) {
        late.add("expertAdvices[" + i + "].givenOn");
      }
    }
    if (!late.isEmpty()) {
      throw new InvalidValueException(late.get(0), "an expert advice cannot be dated after the day its dossier is filed (" + filedOn
          + "): " + String.join(", ", late) + " (R-INT-7)");
    }
    return withDossier(items, advices, firstChoice);
  }

  /**
   * Refuses a grant on an incomplete dossier (R-TLV-2, version 2) or on expert advice short of R-TLV-3,
   * naming what is missing.
   */
  private void requireCompleteDossier(DossierRules rules) {
    List<String> items = missingDossierItems(rules).stream().map(Enum::name).toList();
    List<String> problems = expertAdviceProblems(rules);
    if (items.isEmpty() && problems.isEmpty()) {
      return;
    }
    List<String> missing = new ArrayList<>(items);
    missing.addAll(problems);
    throw new RuleViolationException(items.isEmpty() ? "R-TLV-3" : "R-TLV-2",
        "a statement is granted only on a complete dossier with the expert advice the law requires; missing: " + String.join(", ", missing),
        missing);
  }

  private void requireAdvice(DecisionPolicy policyValue, Action action) {
    if (policyValue.hasAdviceStep() && advice.isEmpty()) {
      throw new TransitionRejectedException("R-DL-3", state, action, "the director decides after the committee's advice, and there is none yet");
    }
  }

  /** The items a complete dossier holds that this one lacks (R-TLV-2). */
  public List<DossierItem> missingDossierItems(DossierRules rules) {
    return rules.missingItems(dossier, proSpecialRoute);
  }

  /** What is wrong with the expert advice (R-TLV-3); empty when it meets the rules. */
  public List<String> expertAdviceProblems(DossierRules rules) {
    return rules.adviceProblems(expertAdvices, applyingSchool);
  }

  // ----- deadlines -----

  /**
   * The deadlines of the procedure, with the decision terms moved by the days the clock was suspended
   * (R-DL-1..4); with an advice step, the director's term runs from the advice once given.
   */
  public Deadlines deadlines(DeadlineCalculator calculator) {
    return calculator.admissibility(receivedOn, clockStops(), advice.map(CommitteeAdvice::on));
  }

  /** The periods the decision clock stood still: each suspension whose information arrived (R-DL-2). */
  public List<ClockStop> clockStops() {
    return suspensions.stream().filter(s -> s.receivedOn().isPresent()).map(s -> new ClockStop(s.requestedOn(), s.receivedOn().get())).toList();
  }

  /** The days the decision clock stood still. */
  public long suspendedDays() {
    return suspensions.stream().mapToLong(Suspension::days).sum();
  }

  /** Whether the clock stands still now: information is awaited. */
  public boolean isSuspended() {
    return state == ApplicationState.INFORMATION_REQUESTED;
  }

  /** The decision deadline in force: the extended one when the term was extended. */
  public LocalDate decisionDue(DeadlineCalculator calculator) {
    Deadlines d = deadlines(calculator);
    return extended ? d.get("decideByExtended") : d.get("decideBy");
  }

  /** Whether the decision was taken within the decision term without extension, for the target of R-DL-8. */
  public Optional<Boolean> decidedWithinTerm(DeadlineCalculator calculator) {
    return decidedOn.map(d -> !d.isAfter(deadlines(calculator).get("decideBy")));
  }

  /**
   * Who receives the decision letter (R-DL-6): the applying school and the guardians, and when granted
   * also the guardians' first-choice school.
   */
  public List<String> decisionRecipients() {
    Validation.require(decidedOn.isPresent() || objection.flatMap(Objection::upheld).isPresent(), "state", "no decision has been taken");
    List<String> recipients = new ArrayList<>(List.of("school:" + applyingSchool, "guardians:" + student));
    if (statement.isPresent()) {
      firstChoiceSchool.filter(s -> !s.equals(applyingSchool)).ifPresent(s -> recipients.add("school:" + s));
    }
    return List.copyOf(recipients);
  }

  /** A copy with the version the repository stored. */
  public AdmissibilityApplication withVersion(long newVersion) {
    Builder b = toBuilder();
    b.version = newVersion;
    return b.build();
  }

  // ----- the components -----

  /** The application's id. */
  public ApplicationId id() {
    return id;
  }

  /** The policy it is decided under. */
  public PolicyId policy() {
    return policy;
  }

  /** The partnership. */
  public PartnershipId partnership() {
    return partnership;
  }

  /** The student (pseudonymous). */
  public StudentId student() {
    return student;
  }

  /** The school whose board applies (R-TLV-1). */
  public BrinCode applyingSchool() {
    return applyingSchool;
  }

  /** The type applied for: SBO, SO, VSO or PRO. */
  public SchoolType schoolType() {
    return schoolType;
  }

  /** For SO/VSO the type applied for. */
  public Optional<SpecialNeedsType> specialNeedsType() {
    return specialNeedsType;
  }

  /** For PrO, whether the special route applies ({@code vo-22-01} moment d). */
  public boolean proSpecialRoute() {
    return proSpecialRoute;
  }

  /** The sequence number of the statement this application replaces (R-INT-4, R-TLV-9), when it replaces one. */
  public Optional<Long> replaces() {
    return replaces;
  }

  /** The sequence number of the statement this application renews (R-TLV-11), when it renews one. */
  public Optional<Long> renews() {
    return renews;
  }

  /** The day the committee received it. */
  public LocalDate receivedOn() {
    return receivedOn;
  }

  /** The current state. */
  public ApplicationState state() {
    return state;
  }

  /** Every step, in order. */
  public List<TrailEntry> trail() {
    return trail;
  }

  /** The items the dossier holds. */
  public Set<DossierItem> dossier() {
    return dossier;
  }

  /** The expert advice in the dossier. */
  public List<ExpertAdvice> expertAdvices() {
    return expertAdvices;
  }

  /** The guardians' first-choice school, when named (R-DL-6). */
  public Optional<BrinCode> firstChoiceSchool() {
    return firstChoiceSchool;
  }

  /** The periods the decision clock stood still. */
  public List<Suspension> suspensions() {
    return suspensions;
  }

  /** Whether the decision term was extended (R-DL-3). */
  public boolean extended() {
    return extended;
  }

  /** The committee's advice, once given (R-DL-3, a policy with an advice step). */
  public Optional<CommitteeAdvice> advice() {
    return advice;
  }

  /** The day of the decision. */
  public Optional<LocalDate> decidedOn() {
    return decidedOn;
  }

  /** The statement, once granted. */
  public Optional<AdmissibilityStatement> statement() {
    return statement;
  }

  /** The objection, once made. */
  public Optional<Objection> objection() {
    return objection;
  }

  /** The version for optimistic locking; the repository raises it on each save. */
  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AdmissibilityApplication a && version == a.version && proSpecialRoute == a.proSpecialRoute && extended == a.extended
        && id.equals(a.id) && policy.equals(a.policy) && partnership.equals(a.partnership) && student.equals(a.student)
        && applyingSchool.equals(a.applyingSchool) && schoolType == a.schoolType && specialNeedsType.equals(a.specialNeedsType)
        && renews.equals(a.renews) && replaces.equals(a.replaces) && receivedOn.equals(a.receivedOn) && state == a.state && trail.equals(a.trail) && dossier.equals(a.dossier)
        && expertAdvices.equals(a.expertAdvices) && firstChoiceSchool.equals(a.firstChoiceSchool) && suspensions.equals(a.suspensions)
        && advice.equals(a.advice) && decidedOn.equals(a.decidedOn) && statement.equals(a.statement) && objection.equals(a.objection);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, state, version, trail.size());
  }

  @Override
  public String toString() {
    return "AdmissibilityApplication[" + id + ", " + state + "]";
  }

  // ----- helpers -----

  private void checkPolicy(DecisionPolicy policyValue) {
    Validation.present(policyValue, "policy");
    Validation.require(policyValue.id().equals(policy), "policy", "the application is decided under %s, not %s", policy, policyValue.id());
  }

  private void allow(Action action) {
    Step s = STEPS.get(action);
    if (!s.from().contains(state)) {
      throw new TransitionRejectedException(s.ruleId(), state, action, s.why());
    }
  }

  private Builder step(Action action, String by, LocalDate on, String reason, ApplicationState to) {
    allow(action);
    Validation.present(on, "on");
    LocalDate last = trail.get(trail.size() - 1).on();
    Validation.require(!on.isBefore(last), "on", "a step cannot precede the previous one (%s)", last);
    Builder b = toBuilder();
    List<TrailEntry> next = new ArrayList<>(trail);
    next.add(new TrailEntry(action, by, on, reason));
    b.trail = next;
    b.state = to;
    return b;
  }

  private Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.policy = policy;
    b.partnership = partnership;
    b.student = student;
    b.applyingSchool = applyingSchool;
    b.schoolType = schoolType;
    b.specialNeedsType = specialNeedsType;
    b.proSpecialRoute = proSpecialRoute;
    b.renews = renews;
    b.replaces = replaces;
    b.receivedOn = receivedOn;
    b.state = state;
    b.trail = trail;
    b.dossier = dossier;
    b.expertAdvices = expertAdvices;
    b.firstChoiceSchool = firstChoiceSchool;
    b.suspensions = suspensions;
    b.extended = extended;
    b.advice = advice;
    b.decidedOn = decidedOn;
    b.statement = statement;
    b.objection = objection;
    b.version = version;
    return b;
  }

  /**
   * Replays the trail through the procedure and checks that every other component is what the steps
   * produce; refuses what no sequence of steps reaches.
   */
  private void checkReachable() {
    Validation.require(!trail.isEmpty() && trail.get(0).action() == Action.SUBMIT, "trail", "starts with the submission");
    Validation.require(trail.get(0).on().equals(receivedOn), "trail", "the submission is dated the day of receipt");
    ApplicationState s = ApplicationState.SUBMITTED;
    LocalDate previous = receivedOn;
    int requests = 0;
    int receipts = 0;
    boolean extendedSeen = false;
    Optional<LocalDate> decided = Optional.empty();
    Optional<TrailEntry> grant = Optional.empty();
    Optional<TrailEntry> advised = Optional.empty();
    Optional<TrailEntry> objected = Optional.empty();
    Optional<TrailEntry> objectionDecided = Optional.empty();
    Optional<LocalDate> contestedOn = Optional.empty();
    Action lastDecision = null;
    boolean revokedOnObjection = false;
    boolean replacedSeen = false;
    long objections = trail.stream().filter(t -> t.action() == Action.OBJECT).count();
    int objectionsSeen = 0;
    for (TrailEntry t : trail.subList(1, trail.size())) {
      Step step = STEPS.get(t.action());
      Validation.require(step != null && step.from().contains(s), "trail", "%s cannot follow in state %s", t.action(), s);
      Validation.require(!t.on().isBefore(previous), "trail", "a step cannot precede the previous one (%s)", previous);
      previous = t.on();
      switch (t.action()) {
        case ACKNOWLEDGE -> s = ApplicationState.ACKNOWLEDGED;
        case REQUEST_INFORMATION -> {
          Validation.require(requests < suspensions.size() && suspensions.get(requests).requestedOn().equals(t.on()), "suspensions",
              "each information request opens a suspension on its day");
          requests++;
          s = ApplicationState.INFORMATION_REQUESTED;
        }
        case RECEIVE_INFORMATION -> {
          Validation.require(suspensions.get(receipts).receivedOn().equals(Optional.of(t.on())), "suspensions",
              "each receipt closes its suspension on its day");
          receipts++;
          s = ApplicationState.ACKNOWLEDGED;
        }
        case EXTEND -> {
          Validation.require(!extendedSeen, "extended", "the decision term is extended once");
          extendedSeen = true;
        }
        case START_ASSESSMENT -> s = ApplicationState.UNDER_ASSESSMENT;
        case SCHEDULE_HEARING -> s = ApplicationState.HEARING;
        case ADVISE -> {
          Validation.require(advised.isEmpty(), "advice", "the committee advises once");
          // Where the committee advises, no decision precedes its advice (R-DL-3).
          Validation.require(lastDecision == null, "advice", "the committee advises before the first decision");
          advised = Optional.of(t);
        }
        case GRANT -> {
          grant = Optional.of(t);
          decided = Optional.of(t.on());
          lastDecision = Action.GRANT;
          revokedOnObjection = false;
          s = ApplicationState.GRANTED;
        }
        case REFUSE -> {
          decided = Optional.of(t.on());
          lastDecision = Action.REFUSE;
          s = ApplicationState.REFUSED;
        }
        case NOT_CONSIDER -> {
          decided = Optional.of(t.on());
          lastDecision = Action.NOT_CONSIDER;
          s = ApplicationState.NOT_CONSIDERED;
        }
        case OBJECT -> {
          objected = Optional.of(t);
          objectionDecided = Optional.empty();
          contestedOn = decided;
          objectionsSeen++;
          s = ApplicationState.OBJECTED;
        }
        case DECIDE_OBJECTION -> {
          objectionDecided = Optional.of(t);
          // Only the last objection is kept; an earlier one was upheld, for after a dismissal nothing follows.
          Boolean upheld = objectionsSeen < objections ? Boolean.TRUE : objection.flatMap(Objection::upheld).orElse(null);
          Validation.require(upheld != null, "objection", "a decided objection has an outcome");
          if (upheld) {
            decided = Optional.empty();
            revokedOnObjection |= lastDecision == Action.GRANT;
            s = ApplicationState.UNDER_ASSESSMENT;
          } else {
            s = ApplicationState.OBJECTION_DISMISSED;
          }
        }
        case STATEMENT_REPLACED -> {
          Validation.require(lastDecision == Action.GRANT && !revokedOnObjection && !replacedSeen, "trail",
              "only a statement in force is replaced, once");
          replacedSeen = true;
        }
        case SUBMIT -> throw new InvalidValueException("trail", "an application is submitted once");
        default -> throw new IllegalStateException("unknown action " + t.action());
      }
    }
    Validation.require(s == state, "state", "the trail leads to %s, not %s", s, state);
    Validation.require(requests == suspensions.size(), "suspensions", "one suspension per information request");
    Validation.require(receipts == requests || receipts == requests - 1 && state == ApplicationState.INFORMATION_REQUESTED, "suspensions",
        "only the last suspension is open, while information is awaited");
    Validation.require(extendedSeen == extended, "extended", "the term is extended exactly when the trail says so");
    Validation.require(advised.isPresent() == advice.isPresent(), "advice", "the advice is present exactly when the trail records it");
    if (advice.isPresent()) {
      Validation.require(advice.get().on().equals(advised.get().on()), "advice", "the advice is dated its step");
    }
    Validation.require(decided.equals(decidedOn), "decidedOn", "the decision date is the day of the decision step");
    Validation.require(grant.isPresent() == statement.isPresent(), "statement", "a statement exists exactly when it was granted");
    if (statement.isPresent()) {
      AdmissibilityStatement st = statement.get();
      Validation.require(st.issuedOn().equals(grant.get().on()), "statement", "the statement is issued on the day of the grant");
      Validation.require(st.student().equals(student) && st.partnership().equals(partnership) && st.schoolType() == schoolType
          && st.specialNeedsType().equals(specialNeedsType), "statement", "the statement is for this application's student, partnership and type");
      Validation.require(st.renews().equals(renews), "statement", "a renewal's statement names the statement it renews");
      Validation.require(st.replacement().isPresent() == replacedSeen, "statement", "a statement is replaced exactly when the trail records it");
      Validation.require(!revokedOnObjection || st.status() == StatementStatus.REVOKED, "statement",
          "a grant overturned on objection leaves its statement revoked (R-INT-3)");
    }
    Validation.require(objected.isPresent() == objection.isPresent(), "objection", "an objection exists exactly when it was made");
    if (objection.isPresent()) {
      Objection o = objection.get();
      Validation.require(o.receivedOn().equals(objected.get().on()), "objection", "the objection is received on the day of its step");
      Validation.require(Optional.of(o.decisionNotifiedOn()).equals(contestedOn), "objection", "the objection is against the decision's notice");
    }
    Validation.require(objectionDecided.isPresent() == objection.flatMap(Objection::upheld).isPresent(), "objection",
        "an objection has an outcome exactly when it was decided");
    if (objectionDecided.isPresent()) {
      Validation.require(objection.flatMap(Objection::decidedOn).equals(Optional.of(objectionDecided.get().on())), "objection",
          "the objection is decided on the day of its step");
    }
  }

  /**
   * The components of an application, set one by one; {@link #build()} checks them all. Obtain it
   * with {@link AdmissibilityApplication#restore()}.
   */
  public static final class Builder {
    private ApplicationId id;
    private PolicyId policy;
    private PartnershipId partnership;
    private StudentId student;
    private BrinCode applyingSchool;
    private SchoolType schoolType;
    private Optional<SpecialNeedsType> specialNeedsType = Optional.empty();
    private boolean proSpecialRoute;
    private Optional<Long> renews = Optional.empty();
    private Optional<Long> replaces = Optional.empty();
    private LocalDate receivedOn;
    private ApplicationState state;
    private List<TrailEntry> trail = List.of();
    private Set<DossierItem> dossier = Set.of();
    private List<ExpertAdvice> expertAdvices = List.of();
    private Optional<BrinCode> firstChoiceSchool = Optional.empty();
    private List<Suspension> suspensions = List.of();
    private boolean extended;
    private Optional<CommitteeAdvice> advice = Optional.empty();
    private Optional<LocalDate> decidedOn = Optional.empty();
    private Optional<AdmissibilityStatement> statement = Optional.empty();
    private Optional<Objection> objection = Optional.empty();
    private long version;

    private Builder() {}

    /** Sets the id. */
    public Builder id(ApplicationId value) {
      id = value;
      return this;
    }

    /** Sets the policy. */
    public Builder policy(PolicyId value) {
      policy = value;
      return this;
    }

    /** Sets the partnership. */
    public Builder partnership(PartnershipId value) {
      partnership = value;
      return this;
    }

    /** Sets the student. */
    public Builder student(StudentId value) {
      student = value;
      return this;
    }

    /** Sets the applying school. */
    public Builder applyingSchool(BrinCode value) {
      applyingSchool = value;
      return this;
    }

    /** Sets the type applied for. */
    public Builder schoolType(SchoolType value) {
      schoolType = value;
      return this;
    }

    /** Sets the special-needs type. */
    public Builder specialNeedsType(Optional<SpecialNeedsType> value) {
      specialNeedsType = value;
      return this;
    }

    /** Sets whether the PrO special route applies. */
    public Builder proSpecialRoute(boolean value) {
      proSpecialRoute = value;
      return this;
    }

    /** Sets the statement replaced. */
    public Builder replaces(Optional<Long> value) {
      replaces = value;
      return this;
    }

    /** Sets the statement renewed. */
    public Builder renews(Optional<Long> value) {
      renews = value;
      return this;
    }

    /** Sets the day of receipt. */
    public Builder receivedOn(LocalDate value) {
      receivedOn = value;
      return this;
    }

    /** Sets the state. */
    public Builder state(ApplicationState value) {
      state = value;
      return this;
    }

    /** Sets the trail. */
    public Builder trail(List<TrailEntry> value) {
      trail = value;
      return this;
    }

    /** Sets the dossier items. */
    public Builder dossier(Set<DossierItem> value) {
      dossier = value;
      return this;
    }

    /** Sets the expert advice. */
    public Builder expertAdvices(List<ExpertAdvice> value) {
      expertAdvices = value;
      return this;
    }

    /** Sets the first-choice school. */
    public Builder firstChoiceSchool(Optional<BrinCode> value) {
      firstChoiceSchool = value;
      return this;
    }

    /** Sets the suspensions. */
    public Builder suspensions(List<Suspension> value) {
      suspensions = value;
      return this;
    }

    /** Sets whether the term was extended. */
    public Builder extended(boolean value) {
      extended = value;
      return this;
    }

    /** Sets the committee's advice. */
    public Builder advice(Optional<CommitteeAdvice> value) {
      advice = value;
      return this;
    }

    /** Sets the decision date. */
    public Builder decidedOn(Optional<LocalDate> value) {
      decidedOn = value;
      return this;
    }

    /** Sets the statement. */
    public Builder statement(Optional<AdmissibilityStatement> value) {
      statement = value;
      return this;
    }

    /** Sets the objection. */
    public Builder objection(Optional<Objection> value) {
      objection = value;
      return this;
    }

    /** Sets the stored version. */
    public Builder version(long value) {
      version = value;
      return this;
    }

    /**
     * Builds the application.
     *
     * @throws InvalidValueException naming the first component that no sequence of steps produces
     */
    public AdmissibilityApplication build() {
      return new AdmissibilityApplication(this);
    }
  }
}
