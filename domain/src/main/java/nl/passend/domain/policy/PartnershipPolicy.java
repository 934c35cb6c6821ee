package nl.passend.domain.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.passend.domain.absence.AbsenceRules;
import nl.passend.domain.common.Validation;
import nl.passend.domain.deadline.DeadlineCalculator;
import nl.passend.domain.deadline.DeadlineRules;
import nl.passend.domain.deadline.SchoolCalendar;
import nl.passend.domain.deadline.Region;
import nl.passend.domain.decision.DecisionPolicy;
import nl.passend.domain.decision.DossierRules;
import nl.passend.domain.decision.StatementRules;
import nl.passend.domain.eligibility.EligibilityPolicy;
import nl.passend.domain.funding.CategoryAmounts;
import nl.passend.domain.funding.Equalisation;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.funding.SupportRates;
import nl.passend.domain.monitoring.MonitoringReport;
import nl.passend.domain.monitoring.Target;
import nl.passend.domain.organisation.Partnership;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.Sector;
import nl.passend.domain.organisation.SpecialNeedsType;
import nl.passend.domain.plan.DevelopmentPlanRules;
import nl.passend.domain.support.ArrangementRules;
import nl.passend.domain.support.BasicSupportCatalogue;
import nl.passend.domain.support.SupportProfileReview;
import nl.passend.domain.transfer.TransferProtocol;
import org.immutables.value.Value;

/**
 * Beleid van een samenwerkingsverband: everything in which partnerships differ, as data (SPEC
 * preamble: "a decision is a default of a policy, never a hard-coded constant"). Built with
 * {@link #builder()}; validated when built.
 */
@Value.Immutable
public abstract class PartnershipPolicy implements DecisionPolicy {

  /** The policy's id; built-in policies carry the id of their partnership. */
  @Override
  public abstract PolicyId id();

  /** The name of the partnership or plan it follows. */
  public abstract String name();

  /** The sector it is for; only partnerships of this sector can follow it (R-ORG-1). */
  @Override
  public abstract Sector sector();

  /** The region, in words. */
  @Value.Default
  public String region() {
    return "";
  }

  /** Where its rules come from (seed and lines, or the partnership's own document). */
  @Value.Default
  public String source() {
    return "";
  }

  /** How many days two enrolments may overlap at a handover (R-STU-3; default 0). */
  @Value.Default
  public int enrolmentOverlapToleranceDays() {
    return 0;
  }

  /** How often schools review their support profiles (R-SUP-3; default the legal 4 years). */
  @Value.Default
  public SupportProfileReview supportProfileReview() {
    return SupportProfileReview.LEGAL;
  }

  /** The basic-support standard the partnership agreed, when it published one (R-SUP-3). */
  public abstract Optional<BasicSupportCatalogue> basicSupportCatalogue();

  /** Which arrangements it grants and how (R-SUP-2, R-SUP-5). */
  @Value.Default
  public ArrangementRules arrangements() {
    return ArrangementRules.defaults();
  }

  /** The highest share of a school's students in a school-internal rebound, in percent (R-SUP-4). */
  public abstract Optional<BigDecimal> maxReboundPercent();

  /** The terms of development plans (R-OPP-1..4). */
  @Value.Default
  public DevelopmentPlanRules developmentPlans() {
    return DevelopmentPlanRules.defaults();
  }

  /**
   * The default funding category of a statement per special-needs type (R-TLV-5); a type not in
   * the map defaults to {@code LOW}.
   */
  public abstract Map<SpecialNeedsType, FundingCategory> fundingCategories();

  /** The default funding category for a type (R-TLV-5). */
  @Override
  public FundingCategory defaultFundingCategory(SpecialNeedsType type) {
    return fundingCategories().getOrDefault(type, FundingCategory.LOW);
  }

  /**
   * Per special-needs type the further categories a statement may carry without a reason (R-TLV-5,
   * version 2; {@code vo-22-01}: LG LOW or MEDIUM, {@code 000:L2598}); the default is always allowed.
   */
  public abstract Map<SpecialNeedsType, java.util.Set<FundingCategory>> alsoAllowedFundingCategories();

  /** The default category and the further ones allowed for the type (R-TLV-5). */
  @Override
  public java.util.Set<FundingCategory> allowedFundingCategories(SpecialNeedsType type) {
    java.util.Set<FundingCategory> allowed = java.util.EnumSet.of(defaultFundingCategory(type));
    allowed.addAll(alsoAllowedFundingCategories().getOrDefault(type, java.util.Set.of()));
    return java.util.Collections.unmodifiableSet(allowed);
  }

  /** The eligibility schemes with their versions (SPEC §5.4). */
  @Value.Default
  public EligibilityPolicy eligibility() {
    return EligibilityPolicy.none();
  }

  /** The terms of the procedures (R-DL-1..9, R-ZP-1). */
  @Value.Default
  public DeadlineRules deadlines() {
    return DeadlineRules.standard(false);
  }

  /** Whether the committee advises and the director decides after it (R-DL-3): the deadlines say so. */
  @Override
  public boolean hasAdviceStep() {
    return deadlines().hasAdviceStep();
  }

  /** The holiday region of the partnership's school calendar, when its deadlines shift over holidays (R-DL-4). */
  public abstract Optional<Region> calendarRegion();

  /** The rules of statements: duration, review before the end, observation placements (R-TLV-6..8). */
  @Override
  @Value.Default
  public StatementRules statements() {
    return StatementRules.defaults();
  }

  /** What a complete dossier holds and who gives expert advice (R-TLV-2, R-TLV-3). */
  @Value.Default
  public DossierRules dossiers() {
    return DossierRules.defaults();
  }

  /** The thresholds of absence and the national target for out-of-school students (R-TZ-1, R-TZ-2). */
  @Value.Default
  public AbsenceRules absence() {
    return AbsenceRules.national();
  }

  /** The PO-VO transfer protocol, for partnerships that have one (R-ZP-4). */
  public abstract Optional<TransferProtocol> transferProtocol();

  /** The school-year rates of light and heavy support, when known (R-FIN-1, R-FIN-2). */
  public abstract Optional<SupportRates> supportRates();

  /** The amounts DUO deducts per funding category, when known (R-FIN-3). */
  public abstract Optional<CategoryAmounts> categoryAmounts();

  /** The equalisation path, when the partnership had one (R-FIN-6). */
  public abstract Optional<Equalisation> equalisation();

  /** The school types of the participation denominator (R-MON-1). */
  public abstract List<SchoolType> participationDenominator();

  /** The targets (R-MON-2). */
  public abstract List<Target> targets();

  /** The parts of the policy the monitoring report reads, with the partnership's calendar. */
  public MonitoringReport.Settings monitoringSettings(SchoolCalendar calendar) {
    return new MonitoringReport.Settings(sector(), participationDenominator(), targets(), deadlines(),
        new DeadlineCalculator(deadlines(), calendar), absence());
  }

  /** A builder for a policy. */
  public static ImmutablePartnershipPolicy.Builder builder() {
    return ImmutablePartnershipPolicy.builder();
  }

  /** Checks that the partnership can follow this policy: same id and sector (R-ORG-1). */
  public void checkGoverns(Partnership partnership) {
    Validation.require(partnership.policy().equals(id()), "policyId",
        "partnership %s follows policy %s, not %s", partnership.id(), partnership.policy(), id());
    Validation.require(partnership.sector() == sector(), "policyId",
        "policy %s is for sector %s, but partnership %s is %s (R-ORG-1)", id(), sector(), partnership.id(), partnership.sector());
  }

  @Value.Check
  protected void check() {
    Validation.text(name(), "name");
    Validation.require(enrolmentOverlapToleranceDays() >= 0 && enrolmentOverlapToleranceDays() <= 31,
        "enrolmentOverlapToleranceDays", "must be 0 to 31 days, but was %d", enrolmentOverlapToleranceDays());
    maxReboundPercent().ifPresent(p -> Validation.require(
        p.signum() > 0 && p.compareTo(BigDecimal.valueOf(100)) <= 0, "maxReboundPercent",
        "must be more than 0 and at most 100 percent, but was %s", p.toPlainString()));
    Validation.require(!participationDenominator().isEmpty(), "participationDenominator", "names at least one school type (R-MON-1)");
    participationDenominator().forEach(t -> Validation.require(t.sector() == sector(), "participationDenominator",
        "%s is not a school type of sector %s", t, sector()));
    Validation.require(java.util.EnumSet.copyOf(participationDenominator()).size() == participationDenominator().size(),
        "participationDenominator", "names a school type more than once, which would count its students twice: %s", participationDenominator());
    Validation.require(!deadlines().shiftOverSchoolHolidays() || calendarRegion().isPresent(), "calendarRegion",
        "a policy whose deadlines shift over school holidays names the region of its calendar (R-DL-4)");
  }
}
