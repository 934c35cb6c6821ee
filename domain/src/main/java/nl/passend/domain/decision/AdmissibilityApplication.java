package nl.passend.domain.decision;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.common.RuleViolationException;
import nl.passend.domain.common.Validation;
import nl.passend.domain.deadline.DeadlineCalculator;
import nl.passend.domain.deadline.Deadlines;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.SpecialNeedsType;
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
 *             UNDER_ASSESSMENT | HEARING → GRANTED;  HEARING → REFUSED | NOT_CONSIDERED
 *             GRANTED | REFUSED | NOT_CONSIDERED → OBJECTED → OBJECTION_UPHELD | OBJECTION_DISMISSED
 * </pre>
 *
 * @param id the application's id
 * @param policy the policy it is decided under
 * @param partnership the partnership
 * @param student the student (pseudonymous)
 * @param applyingSchool the school whose board applies (R-TLV-1)
 * @param schoolType the type applied for: SBO, SO, VSO or PRO
 * @param specialNeedsType for SO/VSO the type applied for
 * @param proSpecialRoute for PrO, whether the special route applies ({@code vo-22-01} moment d)
 * @param receivedOn the day the committee received it
 * @param state the current state
 * @param trail every step, in order
 * @param dossier the items the dossier holds
 * @param expertAdvices the expert advice in the dossier
 * @param firstChoiceSchool the guardians' first-choice school, when named (R-DL-6)
 * @param suspensions the periods the decision clock stood still
 * @param extended whether the decision term was extended (R-DL-3)
 * @param decidedOn the day of the decision
 * @param statement the statement, once granted
 * @param objection the objection, once made
 * @param version the version for optimistic locking; the repository raises it on each save
 */
public record AdmissibilityApplication(
    ApplicationId id,
    PolicyId policy,
    PartnershipId partnership,
    StudentId student,
    BrinCode applyingSchool,
    SchoolType schoolType,
    Optional<SpecialNeedsType> specialNeedsType,
    boolean proSpecialRoute,
    LocalDate receivedOn,
    ApplicationState state,
    List<TrailEntry> trail,
    Set<DossierItem> dossier,
    List<ExpertAdvice> expertAdvices,
    Optional<BrinCode> firstChoiceSchool,
    List<Suspension> suspensions,
    boolean extended,
    Optional<LocalDate> decidedOn,
    Optional<AdmissibilityStatement> statement,
    Optional<Objection> objection,
    long version) {

  /** Validates the application. */
  public AdmissibilityApplication {
    Validation.present(id, "id");
    Validation.present(policy, "policyId");
    Validation.present(partnership, "partnershipId");
    Validation.present(student, "studentId");
    Validation.present(applyingSchool, "applyingSchoolBrin");
    Validation.present(schoolType, "schoolType");
    Validation.require(schoolType.needsAdmissibilityStatement(), "schoolType", "an application is for SBO, SO, VSO or PRO, not %s", schoolType);
    Validation.present(specialNeedsType, "specialNeedsType");
    if (schoolType.hasClusters()) {
      Validation.require(specialNeedsType.isPresent(), "specialNeedsType", "an application for %s names the type: ZML, LZ, LG, MG or CLUSTER_4", schoolType);
    } else {
      Validation.require(specialNeedsType.isEmpty(), "specialNeedsType", "an application for %s has no special-needs type", schoolType);
    }
    Validation.require(!proSpecialRoute || schoolType == SchoolType.PRO, "proSpecialRoute", "the special route is for PrO only");
    Validation.present(receivedOn, "receivedOn");
    Validation.present(state, "state");
    trail = ImmutableList.copyOf(Validation.present(trail, "trail"));
    dossier = dossier.isEmpty() ? ImmutableSet.of() : ImmutableSet.copyOf(EnumSet.copyOf(dossier));
    expertAdvices = ImmutableList.copyOf(Validation.present(expertAdvices, "expertAdvices"));
    Validation.present(firstChoiceSchool, "firstChoiceSchool");
    suspensions = ImmutableList.copyOf(Validation.present(suspensions, "suspensions"));
    Validation.present(decidedOn, "decidedOn");
    Validation.present(statement, "statement");
    Validation.present(objection, "objection");
    Validation.require(version >= 0, "version", "must not be negative");
  }

  /**
   * Submits an application (R-TLV-1): only the board of the school where the student is enrolled, or
   * for a student not yet enrolled the board of the school where the student is registered, applies;
   * never the guardians.
   *
   * @throws RuleViolationException when the guardians apply
   * @throws InvalidValueException when the type does not fit the policy's sector or lacks its cluster type
   */
  public static AdmissibilityApplication submit(
      ApplicationId id,
      DecisionPolicy policy,
      PartnershipId partnership,
      StudentId student,
      BrinCode applyingSchool,
      Applicant applicant,
      SchoolType schoolType,
      Optional<SpecialNeedsType> specialNeedsType,
      boolean proSpecialRoute,
      LocalDate receivedOn,
      String by) {
    Validation.present(policy, "policyId");
    Validation.present(applicant, "applicant");
    if (applicant == Applicant.GUARDIANS) {
      throw new RuleViolationException("R-TLV-1", "the board of the school applies, never the guardians");
    }
    Validation.present(schoolType, "schoolType");
    Validation.require(schoolType.sector() == policy.sector(), "schoolType",
        "policy %s is for sector %s and cannot admit to %s", policy.id(), policy.sector(), schoolType);
    TrailEntry entry = new TrailEntry(Action.SUBMIT, by, receivedOn, "application received");
    return new AdmissibilityApplication(id, policy.id(), partnership, student, applyingSchool, schoolType, specialNeedsType,
        proSpecialRoute, receivedOn, ApplicationState.SUBMITTED, List.of(entry), Set.of(), List.of(), Optional.empty(),
        List.of(), false, Optional.empty(), Optional.empty(), Optional.empty(), 0);
  }

  /**
   * Checks that {@code applyingSchool} may apply for {@code student} on {@code on} (R-TLV-1): it is
   * the school where the student is enrolled, or, when the student is not enrolled anywhere, the
   * school where the student is registered.
   *
   * @throws RuleViolationException when another school applies
   */
  public static void checkApplyingSchool(Student student, BrinCode applyingSchool, LocalDate on, Optional<BrinCode> registeredAt) {
    Optional<BrinCode> enrolledAt = student.enrolmentOn(on).map(e -> e.school());
    BrinCode entitled = enrolledAt.or(() -> registeredAt).orElseThrow(() -> new RuleViolationException("R-TLV-1",
        "the student is neither enrolled nor registered at a school on " + on));
    if (!entitled.institution().equals(applyingSchool.institution())) {
      throw new RuleViolationException("R-TLV-1", enrolledAt.isPresent()
          ? "only the board of the school where the student is enrolled applies"
          : "only the board of the school where the student is registered applies");
    }
  }

  // ----- the steps -----

  /** Acknowledges receipt (R-DL-1). */
  public AdmissibilityApplication acknowledge(String by, LocalDate on, String reason) {
    require(Action.ACKNOWLEDGE, EnumSet.of(ApplicationState.SUBMITTED), "SPEC-5.2", "only a submitted application is acknowledged");
    return step(Action.ACKNOWLEDGE, by, on, reason, ApplicationState.ACKNOWLEDGED);
  }

  /** Requests missing information; the decision clock stops until it arrives (R-DL-2). */
  public AdmissibilityApplication requestInformation(String by, LocalDate on, String reason) {
    require(Action.REQUEST_INFORMATION, EnumSet.of(ApplicationState.ACKNOWLEDGED), "R-DL-2", "information is requested after acknowledgement and before the assessment");
    AdmissibilityApplication next = step(Action.REQUEST_INFORMATION, by, on, reason, ApplicationState.INFORMATION_REQUESTED);
    List<Suspension> s = new ArrayList<>(suspensions);
    s.add(new Suspension(on, Optional.empty()));
    return next.with(s);
  }

  /** Records that the requested information arrived; the clock runs again (R-DL-2). */
  public AdmissibilityApplication receiveInformation(String by, LocalDate on, String reason) {
    require(Action.RECEIVE_INFORMATION, EnumSet.of(ApplicationState.INFORMATION_REQUESTED), "R-DL-2", "no information was requested");
    AdmissibilityApplication next = step(Action.RECEIVE_INFORMATION, by, on, reason, ApplicationState.ACKNOWLEDGED);
    List<Suspension> s = new ArrayList<>(suspensions);
    Suspension open = s.remove(s.size() - 1);
    s.add(new Suspension(open.requestedOn(), Optional.of(on)));
    return next.with(s);
  }

  /** Extends the decision term once, to at most the policy's maximum (R-DL-3). */
  public AdmissibilityApplication extend(String by, LocalDate on, String reason) {
    require(Action.EXTEND, EnumSet.of(ApplicationState.ACKNOWLEDGED, ApplicationState.INFORMATION_REQUESTED,
        ApplicationState.UNDER_ASSESSMENT, ApplicationState.HEARING), "R-DL-3", "only an undecided application is extended");
    if (extended) {
      throw new TransitionRejectedException("R-DL-3", state, Action.EXTEND, "the decision term was extended already");
    }
    AdmissibilityApplication next = step(Action.EXTEND, by, on, reason, state);
    return new AdmissibilityApplication(id, policy, partnership, student, applyingSchool, schoolType, specialNeedsType, proSpecialRoute,
        receivedOn, next.state, next.trail, dossier, expertAdvices, firstChoiceSchool, suspensions, true, decidedOn, statement, objection, version);
  }

  /** Starts the assessment. */
  public AdmissibilityApplication startAssessment(String by, LocalDate on, String reason) {
    require(Action.START_ASSESSMENT, EnumSet.of(ApplicationState.ACKNOWLEDGED), "SPEC-5.2",
        "the assessment starts after acknowledgement, and not while information is awaited");
    return step(Action.START_ASSESSMENT, by, on, reason, ApplicationState.UNDER_ASSESSMENT);
  }

  /** Offers school and guardians a hearing, required before a refusal or not taking it into consideration (R-DL-5). */
  public AdmissibilityApplication scheduleHearing(String by, LocalDate on, String reason) {
    require(Action.SCHEDULE_HEARING, EnumSet.of(ApplicationState.UNDER_ASSESSMENT), "R-DL-5", "a hearing is offered during the assessment");
    return step(Action.SCHEDULE_HEARING, by, on, reason, ApplicationState.HEARING);
  }

  /**
   * Grants: issues the statement with the given number (R-TLV-4..6). Without a category the policy's
   * default for the type applies; a different category needs a reason.
   *
   * @throws InvalidValueException naming {@code categoryOverrideReason}, {@code fundingCategory} or
   *     {@code endDate} when the terms break R-TLV-5 or R-TLV-6
   */
  public AdmissibilityApplication grant(DecisionPolicy policyValue, long number, String by, LocalDate on, String reason, GrantTerms terms) {
    require(Action.GRANT, EnumSet.of(ApplicationState.UNDER_ASSESSMENT, ApplicationState.HEARING), "SPEC-5.2",
        "a statement is granted after the assessment has started");
    Validation.present(policyValue, "policy");
    Validation.require(policyValue.id().equals(policy), "policy", "the application is decided under %s, not %s", policy, policyValue.id());
    Validation.present(terms, "terms");
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
    AdmissibilityStatement.checkDuration(schoolType, terms.startDate(), terms.endDate(), policyValue.statements());
    AdmissibilityStatement issued = new AdmissibilityStatement(number, partnership, student, schoolType, specialNeedsType, category, override,
        on, terms.startDate(), terms.endDate(), AdmissibilityStatement.legalBasisFor(schoolType), StatementStatus.ACTIVE);
    // Bad terms are answered first (400); then the rule that the dossier is complete (409).
    requireCompleteDossier(policyValue.dossiers());
    AdmissibilityApplication next = step(Action.GRANT, by, on, reason, ApplicationState.GRANTED);
    return new AdmissibilityApplication(id, policy, partnership, student, applyingSchool, schoolType, specialNeedsType, proSpecialRoute,
        receivedOn, next.state, next.trail, dossier, expertAdvices, firstChoiceSchool, suspensions, extended, Optional.of(on),
        Optional.of(issued), objection, version);
  }

  /** Refuses, only after a hearing was offered (R-DL-5). */
  public AdmissibilityApplication refuse(String by, LocalDate on, String reason) {
    require(Action.REFUSE, EnumSet.of(ApplicationState.HEARING), "R-DL-5", "an intended refusal needs a hearing first");
    return decided(step(Action.REFUSE, by, on, reason, ApplicationState.REFUSED), on);
  }

  /** Does not take the application into consideration, only after a hearing was offered (R-DL-5). */
  public AdmissibilityApplication notConsider(String by, LocalDate on, String reason) {
    require(Action.NOT_CONSIDER, EnumSet.of(ApplicationState.HEARING), "R-DL-5", "not taking an application into consideration needs a hearing first");
    return decided(step(Action.NOT_CONSIDER, by, on, reason, ApplicationState.NOT_CONSIDERED), on);
  }

  /**
   * Records an objection by the guardians or the applying board, within the objection term after the
   * decision's notice (R-DL-9). Decided: the notice is given on the day of the decision.
   *
   * @throws RuleViolationException when the term has passed
   */
  public AdmissibilityApplication object(ObjectingParty party, DeadlineCalculator calculator, String by, LocalDate on, String reason) {
    require(Action.OBJECT, EnumSet.of(ApplicationState.GRANTED, ApplicationState.REFUSED, ApplicationState.NOT_CONSIDERED), "R-DL-9",
        "an objection is made against a decision");
    Validation.present(party, "by");
    LocalDate notified = decidedOn.orElseThrow();
    LocalDate objectBy = calculator.objection(notified).get("objectBy");
    if (on.isAfter(objectBy)) {
      throw new RuleViolationException("R-DL-9", "the objection term ended on " + objectBy);
    }
    AdmissibilityApplication next = step(Action.OBJECT, by, on, reason, ApplicationState.OBJECTED);
    return new AdmissibilityApplication(id, policy, partnership, student, applyingSchool, schoolType, specialNeedsType, proSpecialRoute,
        receivedOn, next.state, next.trail, dossier, expertAdvices, firstChoiceSchool, suspensions, extended, decidedOn, statement,
        Optional.of(new Objection(party, on, notified, Optional.empty(), Optional.empty())), version);
  }

  /** Decides the objection: upheld or dismissed (R-DL-9). */
  public AdmissibilityApplication decideObjection(boolean upheld, String by, LocalDate on, String reason) {
    require(Action.DECIDE_OBJECTION, EnumSet.of(ApplicationState.OBJECTED), "R-DL-9", "there is no objection to decide");
    Objection open = objection.orElseThrow();
    AdmissibilityApplication next = step(Action.DECIDE_OBJECTION, by, on, reason,
        upheld ? ApplicationState.OBJECTION_UPHELD : ApplicationState.OBJECTION_DISMISSED);
    return new AdmissibilityApplication(id, policy, partnership, student, applyingSchool, schoolType, specialNeedsType, proSpecialRoute,
        receivedOn, next.state, next.trail, dossier, expertAdvices, firstChoiceSchool, suspensions, extended, decidedOn, statement,
        Optional.of(new Objection(open.by(), open.receivedOn(), open.decisionNotifiedOn(), Optional.of(upheld), Optional.of(on))), version);
  }

  // ----- the dossier -----

  /** A copy whose dossier holds these items, expert advice and first-choice school (R-TLV-2, R-TLV-3, R-DL-6). */
  public AdmissibilityApplication withDossier(Set<DossierItem> items, List<ExpertAdvice> advices, Optional<BrinCode> firstChoice) {
    Validation.require(!state.isDecided(), "dossier", "the dossier of a decided application does not change");
    return new AdmissibilityApplication(id, policy, partnership, student, applyingSchool, schoolType, specialNeedsType, proSpecialRoute,
        receivedOn, state, trail, items, advices, firstChoice, suspensions, extended, decidedOn, statement, objection, version);
  }

  /**
   * Refuses a grant on an incomplete dossier (R-TLV-2, version 2) or on expert advice short of R-TLV-3,
   * naming what is missing.
   */
  private void requireCompleteDossier(DossierRules rules) {
    List<String> items = missingDossierItems(rules).stream().map(Enum::name).toList();
    List<String> advice = expertAdviceProblems(rules);
    if (items.isEmpty() && advice.isEmpty()) {
      return;
    }
    List<String> missing = new ArrayList<>(items);
    missing.addAll(advice);
    throw new RuleViolationException(items.isEmpty() ? "R-TLV-3" : "R-TLV-2",
        "a statement is granted only on a complete dossier with the expert advice the law requires; missing: " + String.join(", ", missing),
        missing);
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

  /** The deadlines of the procedure, with the decision terms moved by the days the clock was suspended (R-DL-1..4). */
  public Deadlines deadlines(DeadlineCalculator calculator) {
    return calculator.admissibility(receivedOn, clockStops());
  }

  /** The periods the decision clock stood still: each suspension whose information arrived (R-DL-2). */
  public List<nl.passend.domain.deadline.ClockStop> clockStops() {
    return suspensions.stream().filter(s -> s.receivedOn().isPresent())
        .map(s -> new nl.passend.domain.deadline.ClockStop(s.requestedOn(), s.receivedOn().get())).toList();
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

  /** Whether the committee decided within the decision term without extension, for the target of R-DL-8. */
  public Optional<Boolean> decidedWithinTerm(DeadlineCalculator calculator) {
    return decidedOn.map(d -> !d.isAfter(deadlines(calculator).get("decideBy")));
  }

  /**
   * Who receives the decision letter (R-DL-6): the applying school and the guardians, and when granted
   * also the guardians' first-choice school.
   */
  public List<String> decisionRecipients() {
    Validation.require(decidedOn.isPresent(), "state", "no decision has been taken");
    List<String> recipients = new ArrayList<>(List.of("school:" + applyingSchool, "guardians:" + student));
    if (statement.isPresent()) {
      firstChoiceSchool.filter(s -> !s.equals(applyingSchool)).ifPresent(s -> recipients.add("school:" + s));
    }
    return List.copyOf(recipients);
  }

  /** A copy with the version the repository stored. */
  public AdmissibilityApplication withVersion(long newVersion) {
    return new AdmissibilityApplication(id, policy, partnership, student, applyingSchool, schoolType, specialNeedsType, proSpecialRoute,
        receivedOn, state, trail, dossier, expertAdvices, firstChoiceSchool, suspensions, extended, decidedOn, statement, objection, newVersion);
  }

  /** A copy with the statement revoked. */
  public AdmissibilityApplication withStatementRevoked() {
    AdmissibilityStatement s = statement.orElseThrow(() -> new RuleViolationException("SPEC-5.2", "there is no statement to revoke"));
    return new AdmissibilityApplication(id, policy, partnership, student, applyingSchool, schoolType, specialNeedsType, proSpecialRoute,
        receivedOn, state, trail, dossier, expertAdvices, firstChoiceSchool, suspensions, extended, decidedOn, Optional.of(s.revoked()),
        objection, version);
  }

  @Override
  public String toString() {
    return "AdmissibilityApplication[" + id + ", " + state + "]";
  }

  // ----- helpers -----

  private void require(Action action, Set<ApplicationState> allowed, String ruleId, String why) {
    if (!allowed.contains(state)) {
      throw new TransitionRejectedException(ruleId, state, action, why);
    }
  }

  private AdmissibilityApplication step(Action action, String by, LocalDate on, String reason, ApplicationState to) {
    Validation.present(on, "on");
    LocalDate last = trail.get(trail.size() - 1).on();
    Validation.require(!on.isBefore(last), "on", "a step cannot precede the previous one (%s)", last);
    List<TrailEntry> next = new ArrayList<>(trail);
    next.add(new TrailEntry(action, by, on, reason));
    return new AdmissibilityApplication(id, policy, partnership, student, applyingSchool, schoolType, specialNeedsType, proSpecialRoute,
        receivedOn, to, next, dossier, expertAdvices, firstChoiceSchool, suspensions, extended, decidedOn, statement, objection, version);
  }

  private AdmissibilityApplication with(List<Suspension> newSuspensions) {
    return new AdmissibilityApplication(id, policy, partnership, student, applyingSchool, schoolType, specialNeedsType, proSpecialRoute,
        receivedOn, state, trail, dossier, expertAdvices, firstChoiceSchool, newSuspensions, extended, decidedOn, statement, objection, version);
  }

  private static AdmissibilityApplication decided(AdmissibilityApplication a, LocalDate on) {
    return new AdmissibilityApplication(a.id, a.policy, a.partnership, a.student, a.applyingSchool, a.schoolType, a.specialNeedsType,
        a.proSpecialRoute, a.receivedOn, a.state, a.trail, a.dossier, a.expertAdvices, a.firstChoiceSchool, a.suspensions, a.extended,
        Optional.of(on), a.statement, a.objection, a.version);
  }
}
