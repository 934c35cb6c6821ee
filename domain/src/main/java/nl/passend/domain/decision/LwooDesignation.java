package nl.passend.domain.decision;

import com.google.common.collect.ImmutableList;
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
import nl.passend.domain.eligibility.EligibilityResult;
import nl.passend.domain.eligibility.Outcome;
import nl.passend.domain.eligibility.Scheme;
import nl.passend.domain.organisation.BrinCode;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.student.StudentId;

/**
 * Aanwijzing LWOO (R-LWOO-1..3): the stored decision that a VO student receives learning support
 * within VMBO. It is decided like an application: submitted by the VO school's board with an
 * assessment, evaluated against the policy's LWOO scheme, granted or refused with reasons, open to
 * objection (R-DL-9), and in the audit trail. It is not renewed yearly; it ends when the student
 * leaves LWOO at that school.
 *
 * <pre>
 * SUBMITTED → GRANTED → ENDED;  SUBMITTED → REFUSED
 * GRANTED | REFUSED → OBJECTED → OBJECTION_UPHELD | OBJECTION_DISMISSED
 * (register-duo: once, on a granted designation)
 * </pre>
 *
 * <p>The compact constructor replays the trail and refuses components that no sequence of steps
 * produces, so a designation cannot be built in a state the diagram does not reach.
 *
 * @param id the designation's id
 * @param partnership the partnership
 * @param student the student (pseudonymous)
 * @param school the VO school (VMBO) that asked for it
 * @param receivedOn the day the request was received
 * @param outcome the outcome of the LWOO criteria the decision rests on
 * @param schemeVersion the version of the LWOO criteria applied
 * @param state the current state
 * @param trail every step, in order
 * @param decidedOn the day of the decision
 * @param startDate the first day in force, once granted
 * @param endDate the last day in force, once ended
 * @param registeredWithDuoOn the day it was registered with DUO, when it was
 * @param objection the objection, once made
 * @param version the version for optimistic locking
 */
public record LwooDesignation(
    String id,
    PartnershipId partnership,
    StudentId student,
    BrinCode school,
    LocalDate receivedOn,
    Outcome outcome,
    String schemeVersion,
    State state,
    List<Entry> trail,
    Optional<LocalDate> decidedOn,
    Optional<LocalDate> startDate,
    Optional<LocalDate> endDate,
    Optional<LocalDate> registeredWithDuoOn,
    Optional<Objection> objection,
    long version) {

  /**
   * The legal basis of an LWOO designation: since 2016 the partnership designates, on the criteria of
   * the Inrichtingsbesluit WVO (art. 15d) or its own under its support plan (WVO art. 17a lid 8).
   */
  public static final String LEGAL_BASIS = "WVO art. 17a en Inrichtingsbesluit WVO art. 15d";

  /** The states of a designation. */
  public enum State {
    /** Requested by the VO school. */
    SUBMITTED,
    /** Granted: in force from its start date. */
    GRANTED,
    /** Refused. */
    REFUSED,
    /** Ended: the student left LWOO at the school. */
    ENDED,
    /** An objection was made. */
    OBJECTED,
    /** The objection was upheld. */
    OBJECTION_UPHELD,
    /** The objection was dismissed. */
    OBJECTION_DISMISSED
  }

  /** The steps, with their names in the API. */
  public enum Step {
    /** Submit with an assessment. */
    SUBMIT("submit"),
    /** Grant. */
    GRANT("grant"),
    /** Refuse. */
    REFUSE("refuse"),
    /** End: the student left LWOO. */
    END("end"),
    /** Register with DUO. */
    REGISTER_DUO("register-duo"),
    /** Object to the decision (R-DL-9). */
    OBJECT("object"),
    /** Decide the objection. */
    DECIDE_OBJECTION("decide-objection");

    private final String apiName;

    Step(String apiName) {
      this.apiName = apiName;
    }

    /** The name in the API path. */
    public String apiName() {
      return apiName;
    }

    /** The step with this API name. */
    public static Optional<Step> fromApiName(String name) {
      for (Step s : values()) {
        if (s.apiName.equals(name) && s != SUBMIT) {
          return Optional.of(s);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * One step of the trail.
   *
   * @param step the step
   * @param by who took it (an actor reference)
   * @param on the day
   * @param reason why
   */
  public record Entry(Step step, String by, LocalDate on, String reason) {
    /** Validates the entry. */
    public Entry {
      Validation.present(step, "step");
      by = Validation.text(by, "by");
      Validation.present(on, "on");
      reason = reason == null ? "" : reason.strip();
      Validation.require(reason.length() <= 2000, "reason", "must be at most 2000 characters");
    }
  }

  /** Validates the designation and that its components are what its trail produces. */
  public LwooDesignation {
    id = Validation.text(id, "id");
    Validation.present(partnership, "partnershipId");
    Validation.present(student, "studentId");
    Validation.present(school, "schoolBrin");
    Validation.present(receivedOn, "receivedOn");
    Validation.present(outcome, "outcome");
    schemeVersion = Validation.text(schemeVersion, "schemeVersion");
    Validation.present(state, "state");
    trail = ImmutableList.copyOf(Validation.present(trail, "trail"));
    Validation.present(decidedOn, "decidedOn");
    Validation.present(startDate, "startDate");
    Validation.present(endDate, "endDate");
    Validation.present(registeredWithDuoOn, "registeredWithDuoOn");
    Validation.present(objection, "objection");
    Validation.require(version >= 0, "version", "must not be negative");
    checkReachable(receivedOn, outcome, state, trail, decidedOn, startDate, endDate, registeredWithDuoOn, objection);
  }

  /**
   * Submits a request for a designation on the evaluation of the policy's LWOO scheme (R-LWOO-2).
   *
   * @throws InvalidValueException when the evaluation is not of the LWOO criteria
   */
  public static LwooDesignation submit(String id, PartnershipId partnership, StudentId student, BrinCode school, LocalDate receivedOn,
      EligibilityResult evaluation, String by) {
    Validation.present(evaluation, "assessment");
    Validation.require(evaluation.scheme() == Scheme.LWOO, "assessment", "an LWOO designation rests on the LWOO criteria, not %s", evaluation.scheme());
    return new LwooDesignation(id, partnership, student, school, receivedOn, evaluation.outcome(), evaluation.schemeVersion(), State.SUBMITTED,
        List.of(new Entry(Step.SUBMIT, by, receivedOn, "request received")), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), 0);
  }

  /**
   * Grants from {@code startDate}: the criteria must be met, or call for judgement and the reason says
   * why (R-CRI-LWOO).
   *
   * @throws RuleViolationException when the criteria are not met, or judgement is required without a reason
   */
  public LwooDesignation grant(String by, LocalDate on, String reason, LocalDate start) {
    allow(Step.GRANT, EnumSet.of(State.SUBMITTED), "R-LWOO-2", "only a submitted request is granted");
    Validation.present(start, "startDate");
    if (outcome == Outcome.NOT_ELIGIBLE) {
      throw new RuleViolationException("R-CRI-LWOO", "the LWOO criteria are not met (" + outcome + "); the request can be refused");
    }
    if (outcome != Outcome.ELIGIBLE && (reason == null || reason.isBlank())) {
      throw new InvalidValueException("reason", "the LWOO criteria call for judgement (" + outcome + "): a grant gives the reason (R-CRI-LWOO)");
    }
    return next(Step.GRANT, by, on, reason, State.GRANTED, Optional.of(on), Optional.of(start), endDate, registeredWithDuoOn, objection);
  }

  /** Refuses, with the reason. */
  public LwooDesignation refuse(String by, LocalDate on, String reason) {
    allow(Step.REFUSE, EnumSet.of(State.SUBMITTED), "R-LWOO-2", "only a submitted request is refused");
    Validation.require(reason != null && !reason.isBlank(), "reason", "a refusal gives its reasons (R-LWOO-2)");
    return next(Step.REFUSE, by, on, reason, State.REFUSED, Optional.of(on), startDate, endDate, registeredWithDuoOn, objection);
  }

  /** Ends the designation on {@code lastDay}: the student left LWOO at the school (R-LWOO-1). */
  public LwooDesignation end(String by, LocalDate on, String reason, LocalDate lastDay) {
    allow(Step.END, EnumSet.of(State.GRANTED, State.OBJECTION_DISMISSED), "R-LWOO-1", "only a designation in force ends");
    Validation.present(lastDay, "endDate");
    Validation.require(!lastDay.isBefore(startDate.orElseThrow().minusDays(1)), "endDate", "a designation cannot end before it starts (%s)",
        startDate.get());
    return next(Step.END, by, on, reason, State.ENDED, decidedOn, startDate, Optional.of(lastDay), registeredWithDuoOn, objection);
  }

  /** Records that the designation was registered with DUO (R-LWOO-1); once. */
  public LwooDesignation registerWithDuo(String by, LocalDate on, String reason) {
    allow(Step.REGISTER_DUO, EnumSet.of(State.GRANTED, State.OBJECTION_DISMISSED, State.ENDED), "R-LWOO-1", "only a granted designation is registered with DUO");
    if (registeredWithDuoOn.isPresent()) {
      throw new RuleViolationException("R-LWOO-1", "the designation was registered with DUO on " + registeredWithDuoOn.get());
    }
    return next(Step.REGISTER_DUO, by, on, reason, state, decidedOn, startDate, endDate, Optional.of(on), objection);
  }

  /** Records an objection within the objection term after the decision (R-DL-9, R-LWOO-2). */
  public LwooDesignation object(ObjectingParty party, DeadlineCalculator calculator, String by, LocalDate on, String reason) {
    allow(Step.OBJECT, EnumSet.of(State.GRANTED, State.REFUSED), "R-DL-9", "an objection is made against a decision");
    Validation.present(party, "by");
    LocalDate objectBy = calculator.objection(decidedOn.orElseThrow()).get("objectBy");
    if (on.isAfter(objectBy)) {
      throw new RuleViolationException("R-DL-9", "the objection term ended on " + objectBy);
    }
    return next(Step.OBJECT, by, on, reason, State.OBJECTED, decidedOn, startDate, endDate, registeredWithDuoOn,
        Optional.of(new Objection(party, on, decidedOn.get(), Optional.empty(), Optional.empty())));
  }

  /**
   * Decides the objection. Upheld against a refusal or a grant, the decision is reconsidered: the
   * designation is no longer in force; dismissed after a grant, it stays in force.
   */
  public LwooDesignation decideObjection(boolean upheld, String by, LocalDate on, String reason) {
    allow(Step.DECIDE_OBJECTION, EnumSet.of(State.OBJECTED), "R-DL-9", "there is no objection to decide");
    Objection o = objection.orElseThrow();
    return next(Step.DECIDE_OBJECTION, by, on, reason, upheld ? State.OBJECTION_UPHELD : State.OBJECTION_DISMISSED, decidedOn, startDate, endDate,
        registeredWithDuoOn, Optional.of(new Objection(o.by(), o.receivedOn(), o.decisionNotifiedOn(), Optional.of(upheld), Optional.of(on))));
  }

  /**
   * Whether the designation's period covers {@code date} (R-LWOO-3): granted (and not overturned on
   * objection), started, and not ended. Whether the student is enrolled at a VO school of the
   * partnership on that date is for the caller, who knows the enrolments.
   */
  public boolean coversDate(LocalDate date) {
    return startDate.isPresent() && state != State.OBJECTION_UPHELD && !date.isBefore(startDate.get()) && endDate.map(e -> !date.isAfter(e)).orElse(true);
  }

  /** A copy with the version the repository stored. */
  public LwooDesignation withVersion(long newVersion) {
    return new LwooDesignation(id, partnership, student, school, receivedOn, outcome, schemeVersion, state, trail, decidedOn, startDate, endDate,
        registeredWithDuoOn, objection, newVersion);
  }

  private void allow(Step step, Set<State> from, String ruleId, String why) {
    if (!from.contains(state)) {
      throw new RuleViolationException(ruleId, "cannot " + step.apiName() + " a designation that is " + state + ": " + why);
    }
  }

  private LwooDesignation next(Step step, String by, LocalDate on, String reason, State to, Optional<LocalDate> decided, Optional<LocalDate> start,
      Optional<LocalDate> end, Optional<LocalDate> duo, Optional<Objection> obj) {
    Validation.present(on, "on");
    LocalDate last = trail.get(trail.size() - 1).on();
    Validation.require(!on.isBefore(last), "on", "a step cannot precede the previous one (%s)", last);
    List<Entry> t = new ArrayList<>(trail);
    t.add(new Entry(step, by, on, reason));
    return new LwooDesignation(id, partnership, student, school, receivedOn, outcome, schemeVersion, to, t, decided, start, end, duo, obj, version);
  }

  private static void checkReachable(LocalDate receivedOn, Outcome outcome, State state, List<Entry> trail, Optional<LocalDate> decidedOn,
      Optional<LocalDate> startDate, Optional<LocalDate> endDate, Optional<LocalDate> duo, Optional<Objection> objection) {
    Validation.require(!trail.isEmpty() && trail.get(0).step() == Step.SUBMIT && trail.get(0).on().equals(receivedOn), "trail",
        "starts with the submission on the day of receipt");
    State s = State.SUBMITTED;
    LocalDate previous = receivedOn;
    Optional<LocalDate> decided = Optional.empty();
    boolean granted = false;
    boolean ended = false;
    Optional<LocalDate> registered = Optional.empty();
    Optional<LocalDate> objected = Optional.empty();
    Optional<LocalDate> objectionDecided = Optional.empty();
    for (Entry e : trail.subList(1, trail.size())) {
      Validation.require(!e.on().isBefore(previous), "trail", "a step cannot precede the previous one (%s)", previous);
      previous = e.on();
      State from = s;
      s = switch (e.step()) {
        case GRANT -> require(from == State.SUBMITTED, State.GRANTED, e);
        case REFUSE -> require(from == State.SUBMITTED, State.REFUSED, e);
        case END -> require(from == State.GRANTED || from == State.OBJECTION_DISMISSED, State.ENDED, e);
        case REGISTER_DUO -> require(granted && registered.isEmpty()
            && (from == State.GRANTED || from == State.OBJECTION_DISMISSED || from == State.ENDED), from, e);
        case OBJECT -> require(from == State.GRANTED || from == State.REFUSED, State.OBJECTED, e);
        case DECIDE_OBJECTION -> require(from == State.OBJECTED, objection.flatMap(Objection::upheld).orElse(false)
            ? State.OBJECTION_UPHELD : State.OBJECTION_DISMISSED, e);
        case SUBMIT -> throw new InvalidValueException("trail", "a designation is submitted once");
      };
      switch (e.step()) {
        case GRANT -> {
          granted = true;
          decided = Optional.of(e.on());
        }
        case REFUSE -> decided = Optional.of(e.on());
        case END -> ended = true;
        case REGISTER_DUO -> registered = Optional.of(e.on());
        case OBJECT -> objected = Optional.of(e.on());
        case DECIDE_OBJECTION -> objectionDecided = Optional.of(e.on());
        default -> { }
      }
    }
    Validation.require(s == state, "state", "the trail leads to %s, not %s", s, state);
    Validation.require(!granted || outcome != Outcome.NOT_ELIGIBLE, "outcome", "a designation is not granted on criteria that are not met");
    Validation.require(decided.equals(decidedOn), "decidedOn", "the decision date is the day of the decision step");
    Validation.require(granted == startDate.isPresent(), "startDate", "a start date exists exactly when granted");
    Validation.require(ended == endDate.isPresent(), "endDate", "an end date exists exactly when ended");
    Validation.require(registered.equals(duo), "registeredWithDuoOn", "the DUO registration is dated its step");
    Validation.require(objected.isPresent() == objection.isPresent(), "objection", "an objection exists exactly when it was made");
    if (objection.isPresent()) {
      Objection o = objection.get();
      Validation.require(Optional.of(o.receivedOn()).equals(objected) && Optional.of(o.decisionNotifiedOn()).equals(decidedOn), "objection",
          "the objection is dated its step and is against the decision");
      Validation.require(o.decidedOn().equals(objectionDecided), "objection", "the objection is decided on the day of its step");
    }
  }

  private static State require(boolean allowed, State to, Entry e) {
    Validation.require(allowed, "trail", "%s cannot follow here", e.step());
    return to;
  }
}
