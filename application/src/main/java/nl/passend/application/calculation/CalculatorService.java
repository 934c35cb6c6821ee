package nl.passend.application.calculation;

import nl.passend.application.calculation.port.in.CalculatorUseCases;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.passend.application.calculation.port.in.ComputeDeadlinesUseCase;
import nl.passend.application.calculation.port.in.ComputeFundingUseCase;
import nl.passend.application.calculation.port.in.ComputeParticipationUseCase;
import nl.passend.application.calculation.port.in.EvaluateEligibilityUseCase;
import nl.passend.application.common.Actor;
import nl.passend.application.common.NotFoundException;
import nl.passend.application.common.port.out.SchoolCalendarSource;
import nl.passend.application.policy.port.out.PolicyRepository;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.common.Validation;
import nl.passend.domain.deadline.DeadlineCalculator;
import nl.passend.domain.deadline.Deadlines;
import nl.passend.domain.deadline.Procedure;
import nl.passend.domain.deadline.SchoolCalendar;
import nl.passend.domain.eligibility.Assessment;
import nl.passend.domain.eligibility.EligibilityResult;
import nl.passend.domain.eligibility.Scheme;
import nl.passend.domain.funding.CategoryAmounts;
import nl.passend.domain.funding.Distribution;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.funding.Money;
import nl.passend.domain.funding.SpecialEducationDeduction;
import nl.passend.domain.monitoring.Participation;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.policy.PartnershipPolicy;

/** Implements the calculators: any authenticated actor; pure apart from reading the policy and calendar. */
public final class CalculatorService implements CalculatorUseCases {
  private final PolicyRepository policies;
  private final SchoolCalendarSource calendars;

  /** Creates the service. */
  public CalculatorService(PolicyRepository policies, SchoolCalendarSource calendars) {
    this.policies = requireNonNull(policies, "policies");
    this.calendars = requireNonNull(calendars, "calendars");
  }

  @Override
  public EligibilityResult evaluate(Actor actor, PolicyId policyId, Scheme scheme, Assessment assessment) {
    Validation.present(actor, "actor");
    PartnershipPolicy policy = policy(policyId);
    return policy.eligibility().evaluate(scheme, assessment)
        .orElseThrow(() -> new NotFoundException("scheme", scheme + " of policy " + policyId));
  }

  @Override
  public Deadlines deadlines(Actor actor, PolicyId policyId, Procedure procedure, LocalDate start, Optional<SchoolCalendar> calendar) {
    Validation.present(actor, "actor");
    Validation.present(procedure, "procedure");
    PartnershipPolicy policy = policy(policyId);
    DeadlineCalculator calculator = new DeadlineCalculator(policy.deadlines(), calendar.orElseGet(() -> calendars.calendarFor(policy)));
    return switch (procedure) {
      case ADMISSIBILITY_DECISION -> calculator.admissibility(Validation.present(start, "receivedOn"));
      case PLACEMENT_DUTY -> calculator.placementDuty(Validation.present(start, "receivedOn"));
      case OBJECTION -> calculator.objection(Validation.present(start, "decisionNotifiedOn"));
      case DEVELOPMENT_PLAN -> calculator.developmentPlan(Validation.present(start, "placedOn"));
      case START_AFTER_STATEMENT -> calculator.startAfterStatement(Validation.present(start, "issuedOn"));
    };
  }

  @Override
  public Deadlines deadlines(Actor actor, PolicyId policyId, ComputeDeadlinesUseCase.Query query) {
    Validation.present(query, "query");
    PartnershipPolicy policy = policy(policyId);
    LocalDate start = switch (query.procedure()) {
      case ADMISSIBILITY_DECISION, PLACEMENT_DUTY -> required(query.receivedOn(), "receivedOn");
      case OBJECTION -> required(query.decisionNotifiedOn(), "decisionNotifiedOn");
      case DEVELOPMENT_PLAN -> required(query.placedOn(), "placedOn");
      case START_AFTER_STATEMENT -> required(query.issuedOn(), "issuedOn");
    };
    Optional<SchoolCalendar> calendar = query.holidays().map(list -> {
      nl.passend.domain.deadline.Region region = policy.calendarRegion().orElse(nl.passend.domain.deadline.Region.NORTH);
      java.util.List<nl.passend.domain.deadline.HolidayPeriod> periods = new java.util.ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        ComputeDeadlinesUseCase.Holiday h = Validation.present(list.get(i), "holidays[" + i + "]");
        String field = "holidays[" + i + "]";
        try {
          periods.add(new nl.passend.domain.deadline.HolidayPeriod(region, h.name() == null ? "holiday" : h.name(),
              Validation.present(h.first(), field + ".first"), Validation.present(h.last(), field + ".last")));
        } catch (nl.passend.domain.common.InvalidValueException e) {
          throw e.field().startsWith(field) ? e : new nl.passend.domain.common.InvalidValueException(field, e.reason());
        }
      }
      try {
        return nl.passend.domain.deadline.HolidayCalendar.of(periods);
      } catch (nl.passend.domain.common.InvalidValueException e) {
        throw new nl.passend.domain.common.InvalidValueException("holidays", e.reason());
      }
    });
    return deadlines(actor, policyId, query.procedure(), start, calendar);
  }

  private static LocalDate required(Optional<LocalDate> date, String field) {
    return date.orElseThrow(() -> new nl.passend.domain.common.InvalidValueException(field, "is required"));
  }

  @Override
  public Map<String, Money> distribute(Actor actor, Money amount, Money roundTo, Map<String, Long> shares) {
    Validation.present(actor, "actor");
    return Distribution.largestRemainder(amount, roundTo, shares);
  }

  @Override
  public SpecialEducationDeduction deduction(Actor actor, PolicyId policyId, Map<FundingCategory, Long> counts, long residential) {
    Validation.present(actor, "actor");
    PartnershipPolicy policy = policies.find(policyId)
        .orElseThrow(() -> new InvalidValueException("policyId", "there is no policy " + policyId));
    CategoryAmounts amounts = policy.categoryAmounts()
        .orElseThrow(() -> new InvalidValueException("policyId", "policy " + policyId + " has no amounts per funding category"));
    return SpecialEducationDeduction.compute(amounts, counts, residential);
  }

  @Override
  public Participation participation(Actor actor, Map<String, Long> counts, List<String> denominator, int decimals) {
    Validation.present(actor, "actor");
    return Participation.of(counts, denominator, decimals);
  }

  private PartnershipPolicy policy(PolicyId id) {
    return policies.find(id).orElseThrow(() -> new NotFoundException("policy", id.value()));
  }
}
