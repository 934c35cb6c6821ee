package nl.passend.formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.passend.domain.absence.AbsenceRules;
import nl.passend.domain.deadline.DeadlineRules;
import nl.passend.domain.deadline.Region;
import nl.passend.domain.decision.DossierItem;
import nl.passend.domain.decision.DossierRules;
import nl.passend.domain.decision.Profession;
import nl.passend.domain.decision.StatementRules;
import nl.passend.domain.eligibility.EligibilityPolicy;
import nl.passend.domain.eligibility.EligibilityScheme;
import nl.passend.domain.eligibility.Scheme;
import nl.passend.domain.eligibility.SchemeDefinition;
import nl.passend.domain.funding.CategoryAmounts;
import nl.passend.domain.funding.Equalisation;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.funding.Money;
import nl.passend.domain.funding.SupportRates;
import nl.passend.domain.monitoring.Target;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.Sector;
import nl.passend.domain.organisation.SpecialNeedsType;
import nl.passend.domain.plan.DevelopmentPlanRules;
import nl.passend.domain.policy.ImmutablePartnershipPolicy;
import nl.passend.domain.policy.PartnershipPolicy;
import nl.passend.domain.support.ArrangementRules;
import nl.passend.domain.support.ArrangementType;
import nl.passend.domain.support.BasicSupportCatalogue;
import nl.passend.domain.support.BasicSupportStandard;
import nl.passend.domain.support.SupportProfileReview;
import nl.passend.domain.time.SchoolYear;
import nl.passend.domain.transfer.Anchor;
import nl.passend.domain.transfer.TransferProtocol;
import nl.passend.domain.transfer.TransferStep;

/**
 * Beleidsdocument: the JSON form of a partnership policy, as {@link PolicyCodec} reads and writes it
 * (served at {@code GET /api/v1/policies/{id}}, read from {@code PASSEND_POLICY_DIR} and from the
 * built-in documents). Only
 * {@code id}, {@code name} and {@code sector} are required; a section left out takes the default
 * (the national rules). Money and percentages are decimal strings.
 */
public record PolicyDocument(
    String id, String name, Sector sector, String region, String source, Integer enrolmentOverlapToleranceDays,
    Review supportProfileReview, Catalogue basicSupportCatalogue, Arrangements arrangements, String maxReboundPercent,
    Plans developmentPlans, Map<SpecialNeedsType, FundingCategory> fundingCategories, List<SchemeDoc> eligibility,
    DeadlineRules deadlines, Region calendarRegion, StatementRules statements, Dossiers dossiers, AbsenceRules absence,
    List<Step> transferProtocol, Rates supportRates, Amounts categoryAmounts, Equal equalisation,
    List<SchoolType> participationDenominator, List<TargetDoc> targets,
    Map<SpecialNeedsType, Set<FundingCategory>> alsoAllowedFundingCategories) {

  public record Review(int intervalMonths, MonthDay dueBefore) {}

  public record Catalogue(String id, String version, LocalDate validFrom, String source, List<Standard> standards) {}

  public record Standard(String code, String description) {}

  public record Arrangements(Set<ArrangementType> allowedTypes, boolean ambulatoryGuidanceInHours, int reviewMonths, Integer synthesisClassCapacity,
      int synthesisClassReturnYears) {}

  public record Plans(int dueWeeksAfterPlacement, int evaluationIntervalMonths) {}

  /**
   * One version of an eligibility scheme: its kind, the scheme, the first assessment date, the rule
   * in words (written for readers, not read back) and the parameters of its kind.
   */
  public record SchemeDoc(String kind, Scheme scheme, LocalDate effectiveFrom, String description, com.fasterxml.jackson.databind.JsonNode parameters) {}

  public record Dossiers(Set<DossierItem> required, Set<DossierItem> proSpecialRouteExtra, int minExperts, Set<Profession> oneOf,
      Set<Profession> firstFromReferringSchoolAmong, Set<Profession> secondAlways, int minIndependentReviewers) {}

  public record Step(int number, Anchor anchor, MonthDay from, MonthDay until, String action, String by) {}

  public record Rates(String lightPersonnel, String lightMaterial, String heavyPersonnel, String heavyMaterial) {}

  public record Amounts(String low, String medium, String high, String source) {}

  public record Equal(String amountAtFullRate, Map<String, String> percentages, String materialAtFullRate) {}

  public record TargetDoc(String metric, boolean atMost, String percent, String source, Target.Kind kind) {}

  /** The document of a policy. */
  public static PolicyDocument of(PartnershipPolicy p) {
    List<SchemeDoc> schemes = new ArrayList<>();
    p.eligibility().versions().values().forEach(list -> list.forEach(s -> {
      SchemeDefinition d = s.definition();
      schemes.add(new SchemeDoc(d.kind(), d.scheme(), d.effectiveFrom(), s.description(), SchemeDocuments.write(d)));
    }));
    ArrangementRules a = p.arrangements();
    return new PolicyDocument(p.id().value(), p.name(), p.sector(), p.region(), p.source(), p.enrolmentOverlapToleranceDays(),
        new Review(p.supportProfileReview().intervalMonths(), p.supportProfileReview().dueBefore().orElse(null)),
        p.basicSupportCatalogue().map(c -> new Catalogue(c.id(), c.version(), c.validFrom(), c.source(),
            c.standards().stream().map(s -> new Standard(s.code(), s.description())).toList())).orElse(null),
        new Arrangements(sorted(a.allowedTypes()), a.ambulatoryGuidanceInHours(), a.reviewMonths(), a.synthesisClassCapacity().orElse(null),
            a.synthesisClassReturnYears()),
        p.maxReboundPercent().map(BigDecimal::toPlainString).orElse(null),
        new Plans(p.developmentPlans().dueWeeksAfterPlacement(), p.developmentPlans().evaluationIntervalMonths()),
        p.fundingCategories().isEmpty() ? Map.of() : new EnumMap<>(p.fundingCategories()), schemes, p.deadlines(), p.calendarRegion().orElse(null),
        p.statements(), new Dossiers(sorted(p.dossiers().required()), sorted(p.dossiers().proSpecialRouteExtra()), p.dossiers().minExperts(),
            sorted(p.dossiers().oneOf()), sorted(p.dossiers().firstFromReferringSchoolAmong()), sorted(p.dossiers().secondAlways()),
            p.dossiers().minIndependentReviewers()),
        p.absence(),
        p.transferProtocol().map(t -> t.steps().stream().map(s -> new Step(s.number(), s.anchor(), s.from(), s.until(), s.action(), s.by())).toList())
            .orElse(null),
        p.supportRates().map(r -> new Rates(r.lightPersonnel().toString(), r.lightMaterial().toString(), r.heavyPersonnel().toString(),
            r.heavyMaterial().toString())).orElse(null),
        p.categoryAmounts().map(c -> new Amounts(c.low().toString(), c.medium().toString(), c.high().toString(), c.source())).orElse(null),
        p.equalisation().map(e -> {
          Map<String, String> pct = new LinkedHashMap<>();
          e.percentages().forEach((y, v) -> pct.put(y.toString(), v.toPlainString()));
          return new Equal(e.amountAtFullRate().toString(), pct, e.materialAtFullRate().toString());
        }).orElse(null),
        p.participationDenominator(),
        p.targets().stream().map(t -> new TargetDoc(t.metric(), t.atMost(), t.percent().toPlainString(), t.source(), t.kind())).toList(),
        alsoAllowed(p.alsoAllowedFundingCategories()));
  }

  /**
   * The policy of this document, validated.
   *
   * @throws nl.passend.domain.common.InvalidValueException naming the field that is wrong
   */
  public PartnershipPolicy toPolicy() {
    ImmutablePartnershipPolicy.Builder b = PartnershipPolicy.builder()
        .id(PolicyId.of(id))
        .name(name == null ? null : name)
        .sector(nl.passend.domain.common.Validation.present(sector, "sector"));
    if (region != null) {
      b.region(region);
    }
    if (source != null) {
      b.source(source);
    }
    if (enrolmentOverlapToleranceDays != null) {
      b.enrolmentOverlapToleranceDays(enrolmentOverlapToleranceDays);
    }
    if (supportProfileReview != null) {
      b.supportProfileReview(new SupportProfileReview(supportProfileReview.intervalMonths(), Optional.ofNullable(supportProfileReview.dueBefore())));
    }
    if (basicSupportCatalogue != null) {
      Catalogue c = basicSupportCatalogue;
      List<BasicSupportStandard> standards = new ArrayList<>();
      if (c.standards() != null) {
        c.standards().forEach(s -> standards.add(new BasicSupportStandard(s.code(), s.description())));
      }
      b.basicSupportCatalogue(new BasicSupportCatalogue(c.id(), c.version(), c.validFrom(), c.source(), standards));
    }
    if (arrangements != null) {
      Arrangements a = arrangements;
      b.arrangements(new ArrangementRules(a.allowedTypes() == null ? Set.of() : a.allowedTypes(), a.ambulatoryGuidanceInHours(), a.reviewMonths(),
          Optional.ofNullable(a.synthesisClassCapacity()), a.synthesisClassReturnYears()));
    }
    if (maxReboundPercent != null) {
      b.maxReboundPercent(decimal(maxReboundPercent, "maxReboundPercent"));
    }
    if (developmentPlans != null) {
      b.developmentPlans(new DevelopmentPlanRules(developmentPlans.dueWeeksAfterPlacement(), developmentPlans.evaluationIntervalMonths()));
    }
    if (fundingCategories != null) {
      b.putAllFundingCategories(fundingCategories);
    }
    if (alsoAllowedFundingCategories != null) {
      alsoAllowedFundingCategories.forEach((type, set) -> b.putAlsoAllowedFundingCategories(type, set == null ? Set.of() : Set.copyOf(set)));
    }
    if (eligibility != null) {
      List<EligibilityScheme> schemes = new ArrayList<>();
      for (int i = 0; i < eligibility.size(); i++) {
        SchemeDoc s = eligibility.get(i);
        if (s == null) {
          throw new nl.passend.domain.common.InvalidValueException("eligibility[" + i + "]", "is required");
        }
        schemes.add(SchemeDocuments.read(s.kind(), s.scheme(), s.effectiveFrom(), s.parameters(), "eligibility[" + i + "]"));
      }
      b.eligibility(EligibilityPolicy.of(schemes));
    }
    if (deadlines != null) {
      b.deadlines(deadlines);
    }
    if (calendarRegion != null) {
      b.calendarRegion(calendarRegion);
    }
    if (statements != null) {
      b.statements(statements);
    }
    if (dossiers != null) {
      Dossiers d = dossiers;
      b.dossiers(new DossierRules(orEmpty(d.required()), orEmpty(d.proSpecialRouteExtra()), d.minExperts(), orEmpty(d.oneOf()),
          orEmpty(d.firstFromReferringSchoolAmong()), orEmpty(d.secondAlways()), d.minIndependentReviewers()));
    }
    if (absence != null) {
      b.absence(absence);
    }
    if (transferProtocol != null) {
      b.transferProtocol(new TransferProtocol(transferProtocol.stream()
          .map(s -> new TransferStep(s.number(), s.anchor(), s.from(), s.until(), s.action(), s.by())).toList()));
    }
    if (supportRates != null) {
      b.supportRates(new SupportRates(money(supportRates.lightPersonnel(), "supportRates.lightPersonnel"),
          money(supportRates.lightMaterial(), "supportRates.lightMaterial"), money(supportRates.heavyPersonnel(), "supportRates.heavyPersonnel"),
          money(supportRates.heavyMaterial(), "supportRates.heavyMaterial")));
    }
    if (categoryAmounts != null) {
      b.categoryAmounts(new CategoryAmounts(money(categoryAmounts.low(), "categoryAmounts.low"), money(categoryAmounts.medium(), "categoryAmounts.medium"),
          money(categoryAmounts.high(), "categoryAmounts.high"), categoryAmounts.source() == null ? "policy document" : categoryAmounts.source()));
    }
    if (equalisation != null) {
      Map<SchoolYear, BigDecimal> pct = new LinkedHashMap<>();
      if (equalisation.percentages() != null) {
        equalisation.percentages().forEach((y, v) -> pct.put(SchoolYear.parse(y), decimal(v, "equalisation.percentages." + y)));
      }
      b.equalisation(new Equalisation(money(equalisation.amountAtFullRate(), "equalisation.amountAtFullRate"), pct,
          equalisation.materialAtFullRate() == null ? nl.passend.domain.funding.Money.ZERO
              : money(equalisation.materialAtFullRate(), "equalisation.materialAtFullRate")));
    }
    List<SchoolType> denominator = participationDenominator != null && !participationDenominator.isEmpty() ? participationDenominator
        : sector == Sector.PO ? List.of(SchoolType.BO, SchoolType.SBO) : List.of(SchoolType.VO, SchoolType.PRO, SchoolType.VSO);
    b.addAllParticipationDenominator(denominator);
    if (targets != null) {
      for (int i = 0; i < targets.size(); i++) {
        TargetDoc t = targets.get(i);
        Target.Kind kind = t.kind() != null ? t.kind() : t.atMost() ? Target.Kind.SHARE_AT_MOST : Target.Kind.SHARE_AT_LEAST;
        b.addTargets(new Target(t.metric(), kind != Target.Kind.SHARE_AT_LEAST, decimal(t.percent(), "targets[" + i + "].percent"),
            t.source() == null ? "policy document" : t.source(), kind));
      }
    }
    return b.build();
  }

  private static Map<SpecialNeedsType, Set<FundingCategory>> alsoAllowed(Map<SpecialNeedsType, ? extends Set<FundingCategory>> map) {
    Map<SpecialNeedsType, Set<FundingCategory>> sortedMap = new EnumMap<>(SpecialNeedsType.class);
    map.forEach((type, set) -> sortedMap.put(type, sorted(set)));
    return sortedMap;
  }

  /** Sets are written in the order of their enum, so that a document is the same every time it is written. */
  private static <E extends Enum<E>> Set<E> sorted(Set<E> set) {
    return java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(set));
  }

  private static <E extends Enum<E>> Set<E> orEmpty(Set<E> set) {
    return set == null ? Set.of() : set;
  }

  private static Money money(String value, String field) {
    return Money.parse(value, field);
  }

  private static BigDecimal decimal(String value, String field) {
    try {
      return new BigDecimal(nl.passend.domain.common.Validation.present(value, field).strip());
    } catch (NumberFormatException e) {
      throw new nl.passend.domain.common.InvalidValueException(field, "must be a decimal number written as a string, such as \"3.5\"");
    }
  }

}
