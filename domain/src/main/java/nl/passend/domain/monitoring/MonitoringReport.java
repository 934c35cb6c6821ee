package nl.passend.domain.monitoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.passend.domain.absence.AbsenceRules;
import nl.passend.domain.absence.Exemption;
import nl.passend.domain.absence.ExemptionGround;
import nl.passend.domain.absence.OutOfSchoolCase;
import nl.passend.domain.absence.OutOfSchoolStatistics;
import nl.passend.domain.common.Validation;
import nl.passend.domain.deadline.DeadlineCalculator;
import nl.passend.domain.decision.AdmissibilityApplication;
import nl.passend.domain.decision.AdmissibilityStatement;
import nl.passend.domain.decision.LwooDesignation;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.PartnershipId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.Sector;
import nl.passend.domain.deadline.DeadlineRules;
import nl.passend.domain.placement.PlacementDutyCase;
import nl.passend.domain.student.Enrolment;
import nl.passend.domain.student.Student;

/**
 * Monitoringsrapportage (R-MON-3): per count date the students per school type, participation rates,
 * statements per type and category, decisions within the deadline, open and overdue placement-duty
 * cases, thuiszitters with their rate and durations, exemptions per ground, statements ending in the
 * next 6 months, and the policy's targets met or missed. One pass over each input; no joins.
 *
 * @param partnership the partnership
 * @param countDate the count date
 * @param studentsByType students enrolled on the count date per school type
 * @param participationDenominator the denominator of the participation rates
 * @param participation the rate of each school type of the sector, two decimals (R-MON-1)
 * @param statementsByType statements in force per school type and category ({@code NONE} for SBO/PrO)
 * @param decisions decisions taken in the 12 months up to the count date
 * @param decisionsWithinTerm of those, taken within the decision term (R-DL-8)
 * @param decisionsWithinTermPercent their share, two decimals; empty without decisions
 * @param openPlacementDutyCases placement-duty cases open on the count date
 * @param overduePlacementDutyCases of those, overdue (R-ZP-3)
 * @param outOfSchool thuiszitters (open out-of-school cases) on the count date
 * @param population the population of the rate
 * @param outOfSchoolPerThousand thuiszitters per 1,000 of the population, two decimals
 * @param outOfSchoolByDuration thuiszitters per duration
 * @param outOfSchoolBeyondNationalTarget thuiszitters longer than 3 months without an offer (R-TZ-2)
 * @param exemptionsByGround exemptions in force per ground
 * @param statementsEndingWithinSixMonths statements ending in the 6 months after the count date (R-TLV-7)
 * @param lwooDesignations LWOO designations counted (for the PrO + LWOO target)
 * @param targets the policy's targets, met or missed (R-MON-2)
 */
public record MonitoringReport(
    PartnershipId partnership,
    LocalDate countDate,
    Map<SchoolType, Long> studentsByType,
    long participationDenominator,
    Map<SchoolType, BigDecimal> participation,
    Map<SchoolType, Map<String, Long>> statementsByType,
    long decisions,
    long decisionsWithinTerm,
    Optional<BigDecimal> decisionsWithinTermPercent,
    long openPlacementDutyCases,
    long overduePlacementDutyCases,
    long outOfSchool,
    long population,
    Optional<BigDecimal> outOfSchoolPerThousand,
    Map<DurationBucket, Long> outOfSchoolByDuration,
    long outOfSchoolBeyondNationalTarget,
    Map<ExemptionGround, Long> exemptionsByGround,
    long statementsEndingWithinSixMonths,
    long lwooDesignations,
    List<TargetResult> targets) {

  /**
   * Wat het rapport van het beleid nodig heeft: the parts of the policy the report reads.
   *
   * @param sector the partnership's sector
   * @param denominator the school types of the participation denominator (R-MON-1)
   * @param targets the targets (R-MON-2)
   * @param deadlines the decision terms (R-DL-8)
   * @param calculator the deadline calculator with the partnership's calendar
   * @param absence the national target for thuiszitters
   */
  public record Settings(Sector sector, List<SchoolType> denominator, List<Target> targets, DeadlineRules deadlines,
      DeadlineCalculator calculator, AbsenceRules absence) {}

  /** Computes the report. */
  public static MonitoringReport compute(MonitoringInput in, Settings settings) {
    Validation.present(in, "input");
    Validation.present(settings, "settings");
    LocalDate date = in.countDate();

    // Students: one pass.
    Map<SchoolType, Long> byType = new EnumMap<>(SchoolType.class);
    for (SchoolType t : SchoolType.values()) {
      if (t.sector() == settings.sector()) {
        byType.put(t, 0L);
      }
    }
    long population = 0;
    for (Student s : in.students()) {
      Optional<Enrolment> e = s.enrolmentOn(date);
      if (e.isPresent()) {
        byType.merge(e.get().schoolType(), 1L, Long::sum);
      }
      if (!s.dateOfBirth().isAfter(date)) {
        int age = s.ageOn(date);
        if (age >= 5 && age <= 17) {
          population++;
        }
      }
    }
    if (in.population().isPresent()) {
      population = in.population().getAsLong();
    }
    long denominator = 0;
    for (SchoolType t : settings.denominator()) {
      denominator += byType.getOrDefault(t, 0L);
    }
    Map<SchoolType, BigDecimal> participation = new EnumMap<>(SchoolType.class);
    if (denominator > 0) {
      for (Map.Entry<SchoolType, Long> e : byType.entrySet()) {
        participation.put(e.getKey(), Percentages.of(e.getValue(), denominator, 2));
      }
    }

    // Statements: in force per type and category; ending within 6 months.
    Map<SchoolType, Map<String, Long>> statements = new EnumMap<>(SchoolType.class);
    long ending = 0;
    LocalDate sixMonths = date.plusMonths(6);
    for (AdmissibilityStatement s : in.statements()) {
      if (s.validOn(date)) {
        statements.computeIfAbsent(s.schoolType(), k -> new LinkedHashMap<>())
            .merge(s.fundingCategory().map(FundingCategory::name).orElse("NONE"), 1L, Long::sum);
      }
      if (s.endsWithin(date.plusDays(1), sixMonths)) {
        ending++;
      }
    }

    // Decisions in the 12 months up to the count date (R-DL-8).
    long decided = 0;
    long withinTerm = 0;
    LocalDate yearBefore = date.minusYears(1);
    for (AdmissibilityApplication a : in.applications()) {
      if (a.decidedOn().filter(d -> d.isAfter(yearBefore) && !d.isAfter(date)).isPresent()) {
        decided++;
        if (a.decidedWithinTerm(settings.calculator()).orElse(false)) {
          withinTerm++;
        }
      }
    }

    long open = 0;
    long overdue = 0;
    for (PlacementDutyCase c : in.placementDutyCases()) {
      if (c.isOpenOn(date)) {
        open++;
        if (c.isOverdue(date, settings.deadlines())) {
          overdue++;
        }
      }
    }

    long outOfSchool = 0;
    long beyondTarget = 0;
    Map<DurationBucket, Long> durations = new EnumMap<>(DurationBucket.class);
    for (DurationBucket b : DurationBucket.values()) {
      durations.put(b, 0L);
    }
    for (OutOfSchoolCase c : in.outOfSchoolCases()) {
      if (!c.isOpenOn(date)) {
        continue;
      }
      outOfSchool++;
      durations.merge(bucket(c, date), 1L, Long::sum);
      if (c.exceedsNationalTarget(date, settings.absence())) {
        beyondTarget++;
      }
    }

    Map<ExemptionGround, Long> exemptions = new EnumMap<>(ExemptionGround.class);
    for (Exemption e : in.exemptions()) {
      if (e.appliesOn(date)) {
        exemptions.merge(e.ground(), 1L, Long::sum);
      }
    }

    long lwoo = 0;
    for (LwooDesignation d : in.lwooDesignations()) {
      if (!d.decidedOn().isAfter(date)) {
        lwoo++;
      }
    }

    List<TargetResult> targets = new ArrayList<>();
    for (Target t : settings.targets()) {
      targets.add(evaluate(t, byType, denominator, decided, withinTerm, lwoo));
    }

    return new MonitoringReport(in.partnership(), date, ImmutableMap.copyOf(byType), denominator, ImmutableMap.copyOf(participation),
        copy(statements), decided, withinTerm, decided > 0 ? Optional.of(Percentages.of(withinTerm, decided, 2)) : Optional.empty(),
        open, overdue, outOfSchool, population,
        population > 0 ? Optional.of(OutOfSchoolStatistics.ratePerThousand(outOfSchool, population, 2)) : Optional.empty(),
        ImmutableMap.copyOf(durations), beyondTarget, ImmutableMap.copyOf(exemptions), ending, lwoo, ImmutableList.copyOf(targets));
  }

  private static DurationBucket bucket(OutOfSchoolCase c, LocalDate date) {
    if (!date.isAfter(c.startedOn().plusWeeks(4))) {
      return DurationBucket.UP_TO_4_WEEKS;
    }
    if (!date.isAfter(c.startedOn().plusMonths(3))) {
      return DurationBucket.UP_TO_3_MONTHS;
    }
    if (!date.isAfter(c.startedOn().plusMonths(6))) {
      return DurationBucket.UP_TO_6_MONTHS;
    }
    return DurationBucket.LONGER;
  }

  private static TargetResult evaluate(Target t, Map<SchoolType, Long> byType, long denominator, long decided, long withinTerm, long lwoo) {
    long part;
    long whole;
    switch (t.metric()) {
      case "DECIDED_WITHIN_TERM" -> {
        part = withinTerm;
        whole = decided;
      }
      case "PRO_LWOO_SHARE" -> {
        part = byType.getOrDefault(SchoolType.PRO, 0L) + lwoo;
        whole = denominator;
      }
      case "VSO_SHARE", "SBO_SHARE", "SO_SHARE" -> {
        part = byType.getOrDefault(SchoolType.valueOf(t.metric().substring(0, t.metric().indexOf('_'))), 0L);
        whole = denominator;
      }
      default -> {
        // Per-school targets (rebound) are not part of the partnership-wide report.
        return new TargetResult(t, Optional.empty(), Optional.empty());
      }
    }
    if (whole == 0) {
      return new TargetResult(t, Optional.empty(), Optional.empty());
    }
    return new TargetResult(t, Optional.of(Percentages.of(part, whole, 2)), Optional.of(t.metBy(part, whole)));
  }

  private static Map<SchoolType, Map<String, Long>> copy(Map<SchoolType, Map<String, Long>> m) {
    Map<SchoolType, Map<String, Long>> out = new EnumMap<>(SchoolType.class);
    m.forEach((k, v) -> out.put(k, ImmutableMap.copyOf(v)));
    return ImmutableMap.copyOf(out);
  }
}
