package nl.passend.domain.monitoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
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
 * @param lwooDesignations LWOO designations in force on the count date: their student is enrolled at a
 *     VO school of the partnership on that date (R-LWOO-3)
 * @param targets the policy's targets, met, missed or not computable (R-MON-2)
 * @param thuiszitters distinct students of compulsory-school age with an open long-term relative
 *     absence case on the count date and no exemption in force (R-MON-3, R-INT-8); absolute absence
 *     is not among them
 * @param thuiszittersPerThousand their rate per 1,000 of the population, one decimal
 * @param absoluteAbsence distinct students with an open absolute-absence case on the count date
 * @param absoluteAbsencePerThousand their rate per 1,000 of the population, one decimal
 * @param populationSource whether the population was given with the request or counted from the
 *     partnership's registered students aged 5 to 17 (R-TZ-4)
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
    List<TargetResult> targets,
    long thuiszitters,
    Optional<BigDecimal> thuiszittersPerThousand,
    long absoluteAbsence,
    Optional<BigDecimal> absoluteAbsencePerThousand,
    PopulationSource populationSource) {

  /** Where the population of the rates per 1,000 comes from (R-TZ-4). */
  public enum PopulationSource {
    /** Given with the request (residents aged 5 to 17 at the count date). */
    GIVEN,
    /** The partnership's registered students aged 5 to 17 at the count date. */
    REGISTERED_STUDENTS
  }

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
    Map<nl.passend.domain.student.StudentId, LocalDate> birthDates = new java.util.HashMap<>();
    java.util.Set<nl.passend.domain.student.StudentId> inVo = new java.util.HashSet<>();
    long returnedBase = 0;
    long returned = 0;
    LocalDate yearBefore0 = date.minusYears(1);
    for (Student s : in.students()) {
      birthDates.put(s.id(), s.dateOfBirth());
      Optional<Enrolment> e = s.enrolmentOn(date);
      if (e.isPresent()) {
        byType.merge(e.get().schoolType(), 1L, Long::sum);
        if (e.get().schoolType() == SchoolType.VO) {
          inVo.add(s.id());
        }
      }
      // Returned to regular education (004:L377): in SBO or SO a year before the count date, in BO on it.
      Optional<SchoolType> before = s.enrolmentOn(yearBefore0).map(Enrolment::schoolType);
      if (before.isPresent() && (before.get() == SchoolType.SBO || before.get() == SchoolType.SO)) {
        returnedBase++;
        if (e.isPresent() && e.get().schoolType() == SchoolType.BO) {
          returned++;
        }
      }
      if (!s.dateOfBirth().isAfter(date)) {
        int age = s.ageOn(date);
        if (age >= 5 && age <= 17) {
          population++;
        }
      }
    }
    PopulationSource source = PopulationSource.REGISTERED_STUDENTS;
    if (in.population().isPresent()) {
      population = in.population().getAsLong();
      source = PopulationSource.GIVEN;
    }
    long denominator = 0;
    java.util.Set<SchoolType> named = EnumSet.noneOf(SchoolType.class);
    for (SchoolType t : settings.denominator()) {
      // R-INT-8: a denominator names each group once.
      Validation.require(named.add(t), "denominator", "names %s twice", t);
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
    // R-INT-8: a student with an exemption in force on the count date is no thuiszitter.
    java.util.Set<nl.passend.domain.student.StudentId> exempt = new java.util.HashSet<>();
    Map<ExemptionGround, Long> exemptions = new EnumMap<>(ExemptionGround.class);
    for (nl.passend.domain.absence.StudentExemption stored : in.exemptions()) {
      Exemption e = stored.exemption();
      if (e.appliesOn(date)) {
        exempt.add(stored.student());
        exemptions.merge(e.ground(), 1L, Long::sum);
      }
    }
    java.util.Set<nl.passend.domain.student.StudentId> thuiszitters = new java.util.HashSet<>();
    java.util.Set<nl.passend.domain.student.StudentId> absolutelyAbsent = new java.util.HashSet<>();
    for (OutOfSchoolCase c : in.outOfSchoolCases()) {
      if (!c.isOpenOn(date)) {
        continue;
      }
      outOfSchool++;
      LocalDate born = birthDates.get(c.student());
      boolean compulsory = born == null || !born.isAfter(date)
          && !date.isBefore(nl.passend.domain.student.CompulsoryEducation.startOf(born))
          && !date.isAfter(nl.passend.domain.student.CompulsoryEducation.endOf(born));
      if (c.category() == nl.passend.domain.absence.AbsenceCategory.LONG_TERM_RELATIVE_ABSENCE && compulsory && !exempt.contains(c.student())) {
        thuiszitters.add(c.student());
      } else if (c.category() == nl.passend.domain.absence.AbsenceCategory.ABSOLUTE_ABSENCE) {
        absolutelyAbsent.add(c.student());
      }
      durations.merge(bucket(c, date), 1L, Long::sum);
      if (c.exceedsNationalTarget(date, settings.absence())) {
        beyondTarget++;
      }
    }

    long lwoo = 0;
    java.util.Set<nl.passend.domain.student.StudentId> designated = new java.util.HashSet<>();
    for (LwooDesignation d : in.lwooDesignations()) {
      if (d.coversDate(date) && inVo.contains(d.student()) && designated.add(d.student())) {
        lwoo++;
      }
    }

    Figures figures = new Figures(byType, denominator, decided, withinTerm, lwoo, thuiszitters.size(), returned, returnedBase);
    List<TargetResult> targets = new ArrayList<>();
    for (Target t : settings.targets()) {
      targets.add(evaluate(t, figures));
    }

    return new MonitoringReport(in.partnership(), date, ImmutableMap.copyOf(byType), denominator, ImmutableMap.copyOf(participation),
        copy(statements), decided, withinTerm, decided > 0 ? Optional.of(Percentages.of(withinTerm, decided, 2)) : Optional.empty(),
        open, overdue, outOfSchool, population,
        population > 0 ? Optional.of(OutOfSchoolStatistics.ratePerThousand(outOfSchool, population, 2)) : Optional.empty(),
        ImmutableMap.copyOf(durations), beyondTarget, ImmutableMap.copyOf(exemptions), ending, lwoo, ImmutableList.copyOf(targets),
        thuiszitters.size(), perThousand(thuiszitters.size(), population), absolutelyAbsent.size(), perThousand(absolutelyAbsent.size(), population),
        source);
  }

  private static Optional<BigDecimal> perThousand(long count, long population) {
    return population > 0 ? Optional.of(OutOfSchoolStatistics.ratePerThousand(count, population, 1)) : Optional.empty();
  }

  /** The figures a target can be about. */
  private record Figures(Map<SchoolType, Long> byType, long denominator, long decided, long withinTerm, long lwoo, long thuiszitters,
      long returned, long returnedBase) {}

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

  private static TargetResult evaluate(Target t, Figures f) {
    if (t.kind() == Target.Kind.COUNT_AT_MOST) {
      if (!t.metric().equals("THUISZITTERS")) {
        return TargetResult.notComputable(t, "the report counts no figure " + t.metric());
      }
      return TargetResult.of(t, BigDecimal.valueOf(f.thuiszitters()), t.metByCount(f.thuiszitters()),
          f.thuiszitters() + " thuiszitters on the count date; at most " + t.percent().toPlainString() + " allowed");
    }
    long part;
    long whole;
    String what;
    switch (t.metric()) {
      case "DECIDED_WITHIN_TERM" -> {
        part = f.withinTerm();
        whole = f.decided();
        what = "decisions within the term of all decisions in the 12 months before the count date";
      }
      case "PRO_LWOO_SHARE" -> {
        part = f.byType().getOrDefault(SchoolType.PRO, 0L) + f.lwoo();
        whole = f.denominator();
        what = "PrO students (" + f.byType().getOrDefault(SchoolType.PRO, 0L) + ") and LWOO designations in force (" + f.lwoo()
            + ") of the denominator";
      }
      case "VSO_SHARE", "SBO_SHARE", "SO_SHARE" -> {
        SchoolType type = SchoolType.valueOf(t.metric().substring(0, t.metric().indexOf('_')));
        part = f.byType().getOrDefault(type, 0L);
        whole = f.denominator();
        what = type + " students of the denominator";
      }
      case "RETURNED_TO_REGULAR_SHARE" -> {
        part = f.returned();
        whole = f.returnedBase();
        what = "students in SBO or SO a year before the count date who are in BO on it";
      }
      default -> {
        return TargetResult.notComputable(t, "a per-school target (" + t.metric() + ") is not part of the partnership-wide report");
      }
    }
    if (whole == 0) {
      return TargetResult.notComputable(t, "no " + what + ": the denominator is zero");
    }
    boolean met = t.metBy(part, whole);
    return TargetResult.of(t, Percentages.of(part, whole, 2), met, part + " of " + whole + " " + what + "; target "
        + (t.atMost() ? "at most " : "at least ") + t.percent().toPlainString() + "%");
  }

  private static Map<SchoolType, Map<String, Long>> copy(Map<SchoolType, Map<String, Long>> m) {
    Map<SchoolType, Map<String, Long>> out = new EnumMap<>(SchoolType.class);
    m.forEach((k, v) -> out.put(k, ImmutableMap.copyOf(v)));
    return ImmutableMap.copyOf(out);
  }
}
