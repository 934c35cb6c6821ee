package nl.passend.domain.policy;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.passend.domain.deadline.DeadlineRules;
import nl.passend.domain.deadline.Region;
import nl.passend.domain.decision.DossierItem;
import nl.passend.domain.decision.DossierRules;
import nl.passend.domain.decision.Profession;
import nl.passend.domain.decision.StatementRules;
import nl.passend.domain.eligibility.Cluster4Scheme;
import nl.passend.domain.eligibility.CommitteeJudgementScheme;
import nl.passend.domain.eligibility.DomainThreshold;
import nl.passend.domain.eligibility.EligibilityPolicy;
import nl.passend.domain.eligibility.Finding;
import nl.passend.domain.eligibility.IqBand;
import nl.passend.domain.eligibility.LwooDleScheme;
import nl.passend.domain.eligibility.LwooNationalScheme;
import nl.passend.domain.eligibility.MedicalScheme;
import nl.passend.domain.eligibility.ProScheme;
import nl.passend.domain.eligibility.SboGuidelines;
import nl.passend.domain.eligibility.Scheme;
import nl.passend.domain.eligibility.VsoCascadeScheme;
import nl.passend.domain.eligibility.ZmlScheme;
import nl.passend.domain.funding.CategoryAmounts;
import nl.passend.domain.funding.Equalisation;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.funding.Money;
import nl.passend.domain.funding.SupportRates;
import nl.passend.domain.monitoring.Target;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.SchoolType;
import nl.passend.domain.organisation.SpecialNeedsType;
import nl.passend.domain.organisation.Sector;
import nl.passend.domain.plan.DevelopmentPlanRules;
import nl.passend.domain.support.ArrangementRules;
import nl.passend.domain.support.ArrangementType;
import nl.passend.domain.support.BasicSupportCatalogues;
import nl.passend.domain.support.SupportProfileReview;
import nl.passend.domain.time.SchoolYear;
import nl.passend.domain.transfer.TransferProtocol;

/**
 * Ingebouwde beleiden: the policies of the four partnerships whose plans are the seeds of SPEC.md,
 * defined here and nowhere else. A partnership that wants different rules supplies its own policy
 * document; it never changes code.
 */
public final class SeedPolicies {
  /** SWV Passend Onderwijs PO 22.01, support plan 2014-2018 (revised 2016), seed {@code 004}. */
  public static final PolicyId PO_22_01 = PolicyId.of("po-22-01");
  /** SWV VO 22.01 Noord- en Midden-Drenthe, support plan 2022-2026, seed {@code 000}. */
  public static final PolicyId VO_22_01 = PolicyId.of("vo-22-01");
  /** SWV VO 31-02 Midden-Limburg, support plan 2019-2023, seed {@code 001}. */
  public static final PolicyId VO_31_02 = PolicyId.of("vo-31-02");
  /** Sterk VO Zuidoost-Drenthe, plan 2022-2026 (public summary), seed {@code 002}. */
  public static final PolicyId VO_ZO_DRENTHE = PolicyId.of("vo-zo-drenthe");

  // Effective dates of the scheme versions: the day each support plan was adopted or took effect.
  private static final LocalDate PO_2016 = LocalDate.of(2016, 3, 30);
  private static final LocalDate VO_2022 = LocalDate.of(2022, 4, 14);
  private static final LocalDate ML_2019 = LocalDate.of(2019, 8, 1);
  private static final LocalDate ZOD_2022 = LocalDate.of(2022, 8, 1);

  private static final ImmutableMap<PolicyId, PartnershipPolicy> ALL = ImmutableMap.of(
      PO_22_01, po2201(),
      VO_22_01, vo2201(),
      VO_31_02, vo3102(),
      VO_ZO_DRENTHE, voZoDrenthe());

  private SeedPolicies() {}

  private static Map<SpecialNeedsType, FundingCategory> categories(
      FundingCategory zml, FundingCategory lz, FundingCategory lg, FundingCategory mg, FundingCategory cluster4) {
    Map<SpecialNeedsType, FundingCategory> map = new EnumMap<>(SpecialNeedsType.class);
    map.put(SpecialNeedsType.ZML, zml);
    map.put(SpecialNeedsType.LZ, lz);
    map.put(SpecialNeedsType.LG, lg);
    map.put(SpecialNeedsType.MG, mg);
    map.put(SpecialNeedsType.CLUSTER_4, cluster4);
    return map;
  }

  /** The built-in policy with this id, if there is one. */
  public static Optional<PartnershipPolicy> find(PolicyId id) {
    return Optional.ofNullable(ALL.get(id));
  }

  /** All built-in policies, in the order of the table in SPEC.md. */
  public static Collection<PartnershipPolicy> all() {
    return ALL.values();
  }

  private static PartnershipPolicy po2201() {
    return PartnershipPolicy.builder()
        .id(PO_22_01)
        .name("SWV Passend Onderwijs PO 22.01")
        .sector(Sector.PO)
        .region("Aa en Hunze, Assen, Midden-Drenthe, Tynaarlo")
        .source("seed 004: Ondersteuningsplan 2014-2018, bijgestelde versie 2016-2018, with the Werkwijzer CvT")
        .developmentPlans(DevelopmentPlanRules.defaults())
        // 004:L1119-1124: 1 week, 2 weeks, 4 weeks extendable to 8 (the handbook wins over L1307's "+2").
        .deadlines(DeadlineRules.standard(false))
        .transferProtocol(TransferProtocol.po2201())
        // 004:L1649-1652: light € 156,61 + € 7,43 per BO student; heavy € 318,83 + € 30,01 per BO + SBO student.
        .supportRates(new SupportRates(Money.parse("156.61", "rate"), Money.parse("7.43", "rate"),
            Money.parse("318.83", "rate"), Money.parse("30.01", "rate")))
        // 004:L1656: € 716.814 at 100% in 2015/16, then 90%, 75%, 60%, 30%, 0% in 2020/21; the material part
        // € 27.918 at 100% follows the school year starting in the calendar year (004:L1707).
        .equalisation(new Equalisation(Money.ofEuros(716_814), Map.of(
            SchoolYear.startingIn(2015), new BigDecimal("100"), SchoolYear.startingIn(2016), new BigDecimal("90"),
            SchoolYear.startingIn(2017), new BigDecimal("75"), SchoolYear.startingIn(2018), new BigDecimal("60"),
            SchoolYear.startingIn(2019), new BigDecimal("30"), SchoolYear.startingIn(2020), BigDecimal.ZERO), Money.ofEuros(27_918)))
        // 004:L1794-1798: SBO share = SBO / (BO + SBO).
        .addParticipationDenominator(SchoolType.BO, SchoolType.SBO)
        // 004:L374-377: SO at most 1%, SBO at most 2.6%, at least 1% of SBO/SO students back in regular
        // education per school year; 004:L467: 80% of decisions within 4 weeks; 004:L242: no thuiszitters.
        .addTargets(Target.atMost("SO_SHARE", "1", "004:L374-377"), Target.atMost("SBO_SHARE", "2.6", "004:L374-377"),
            Target.atLeast("RETURNED_TO_REGULAR_SHARE", "1", "004:L377"),
            Target.atLeast("DECIDED_WITHIN_TERM", "80", "004:L467"), Target.countAtMost("THUISZITTERS", 0, "004:L242"))
        // 004:L1134-1153, L1305-1309: expert advice on the 9 questions, guardians' view, educational report,
        // first-choice school; two experts, one an orthopedagogue or psychologist (004:L394).
        .dossiers(new DossierRules(
            EnumSet.of(DossierItem.EXPERT_ADVICE, DossierItem.NINE_QUESTIONS_ADDRESSED, DossierItem.GUARDIANS_VIEW,
                DossierItem.EDUCATIONAL_REPORT, DossierItem.FIRST_CHOICE_SCHOOL, DossierItem.SIGNATURES, DossierItem.CONSENT_FORM),
            Set.of(), 2, EnumSet.of(Profession.ORTHOPEDAGOGUE, Profession.PSYCHOLOGIST), Set.of(), Set.of(), 1))
        // 004:L1290-1297: ZML LOW, LZ LOW, LG MEDIUM, MG HIGH, cluster 4 LOW.
        .putAllFundingCategories(categories(FundingCategory.LOW, FundingCategory.LOW, FundingCategory.MEDIUM, FundingCategory.HIGH, FundingCategory.LOW))
        .eligibility(EligibilityPolicy.of(List.of(
            new SboGuidelines(PO_2016, 55),
            new ZmlScheme(Scheme.ZML, PO_2016, SchoolType.SO, FundingCategory.LOW, 70, 55, 8),
            new ZmlScheme(Scheme.MG, PO_2016, SchoolType.SO, FundingCategory.HIGH, 70, 55, 8),
            new MedicalScheme(Scheme.LZ, PO_2016, SchoolType.SO, FundingCategory.LOW),
            new MedicalScheme(Scheme.LG, PO_2016, SchoolType.SO, FundingCategory.MEDIUM),
            new Cluster4Scheme(PO_2016, SchoolType.SO, FundingCategory.LOW))))
        .build();
  }

  private static PartnershipPolicy vo2201() {
    return PartnershipPolicy.builder()
        .id(VO_22_01)
        .name("SWV VO 22.01 Noord- en Midden-Drenthe")
        .sector(Sector.VO)
        .region("Aa en Hunze, Assen, Midden-Drenthe, Tynaarlo")
        .source("seed 000: Ondersteuningsplan 2022-2026 with the VSO and PrO admission annexes")
        // "Jaarlijks voor 1 augustus" (000:L1712-1729); the legal four years still bound the interval.
        .supportProfileReview(new SupportProfileReview(48, Optional.of(MonthDay.of(Month.AUGUST, 1))))
        .maxReboundPercent(new BigDecimal("5"))
        // 000:L2517-2529: 1, 2, 4 (+4) weeks; the committee does not meet in school holidays (Drenthe: region north).
        // 000:L2522-2525, L1213-1215: the committee (CvA) advises, the director decides within 1 week (R-DL-3).
        .deadlines(DeadlineRules.standard(true).withAdviceStep(1))
        .calendarRegion(Region.NORTH)
        .addParticipationDenominator(SchoolType.VO, SchoolType.VSO, SchoolType.PRO)
        // 000:L534-539, L581.
        .addTargets(Target.atMost("VSO_SHARE", "3.5", "000:L534-539"), Target.atMost("PRO_LWOO_SHARE", "15", "000:L534-539"),
            Target.atMost("REBOUND_SHARE_PER_SCHOOL", "5", "000:L534-539"), Target.atLeast("DECIDED_WITHIN_TERM", "80", "000:L581"))
        // 000:L2476-2498: observation placements of at most 12 weeks.
        .statements(new StatementRules(true, Optional.empty(), Optional.of(12)))
        // 000:L2261-2276, L2754-2786: expert advice, views of guardians, OPP; the PrO special route adds the
        // student's view and an OPP with a recent evaluation; one expert an orthopedagogue or psychologist.
        .dossiers(new DossierRules(
            EnumSet.of(DossierItem.EXPERT_ADVICE, DossierItem.GUARDIANS_VIEW, DossierItem.DEVELOPMENT_PLAN,
                DossierItem.SIGNATURES, DossierItem.CONSENT_FORM),
            EnumSet.of(DossierItem.STUDENT_VIEW, DossierItem.DEVELOPMENT_PLAN_WITH_RECENT_EVALUATION),
            2, EnumSet.of(Profession.ORTHOPEDAGOGUE, Profession.PSYCHOLOGIST), Set.of(), Set.of(), 1))
        // 000:L2590-2614: ZML LOW, LZ LOW, LG LOW (MEDIUM allowed without a reason, L2598), MG HIGH, cluster 4 LOW.
        .putAllFundingCategories(categories(FundingCategory.LOW, FundingCategory.LOW, FundingCategory.LOW, FundingCategory.HIGH, FundingCategory.LOW))
        .putAlsoAllowedFundingCategories(SpecialNeedsType.LG, EnumSet.of(FundingCategory.MEDIUM))
        .eligibility(EligibilityPolicy.of(List.of(
            new ZmlScheme(Scheme.ZML, VO_2022, SchoolType.VSO, FundingCategory.LOW, 70, 55, 8),
            new ZmlScheme(Scheme.MG, VO_2022, SchoolType.VSO, FundingCategory.HIGH, 70, 55, 8),
            new MedicalScheme(Scheme.LZ, VO_2022, SchoolType.VSO, FundingCategory.LOW),
            new MedicalScheme(Scheme.LG, VO_2022, SchoolType.VSO, FundingCategory.LOW),
            new Cluster4Scheme(VO_2022, SchoolType.VSO, FundingCategory.LOW),
            new ProScheme(VO_2022, IqBand.of(55, 80), Optional.of(IqBand.of(75, 80)), DomainThreshold.delayAtLeast(50),
                Optional.of(LwooNationalScheme.statutory(VO_2022))),
            LwooNationalScheme.statutory(VO_2022))))
        .build();
  }

  private static PartnershipPolicy vo3102() {
    return PartnershipPolicy.builder()
        .id(VO_31_02)
        .name("SWV VO 31-02 Midden-Limburg")
        .sector(Sector.VO)
        .region("Midden-Limburg")
        .source("seed 001: Ondersteuningsplan 2019-2023")
        .supportProfileReview(new SupportProfileReview(12, Optional.empty()))
        .basicSupportCatalogue(BasicSupportCatalogues.VO_31_02)
        // Only ambulante begeleiding (in hours) and the syntheseklas (12 places, return within 2 years);
        // no individual arrangements (001:L724-769).
        .arrangements(new ArrangementRules(
            Set.of(ArrangementType.AMBULATORY_GUIDANCE, ArrangementType.SYNTHESIS_CLASS), true, 6, Optional.of(12), 2))
        // 001:L862-866: orientation on a return to VO starts about 5 months before a VSO statement ends.
        .statements(new StatementRules(true, Optional.of(5), Optional.empty()).withDurationByExitDestination())
        // 001:L2513-2516, L875-879, L2533: signatures, two expert advices (the first from the referring
        // school, the second always an orthopedagogue), OPP or action plan, consent, guardians' view;
        // at least two independent reviewers.
        .dossiers(new DossierRules(
            EnumSet.of(DossierItem.SIGNATURES, DossierItem.EXPERT_ADVICE, DossierItem.DEVELOPMENT_PLAN,
                DossierItem.CONSENT_FORM, DossierItem.GUARDIANS_VIEW),
            Set.of(), 2, Set.of(),
            EnumSet.of(Profession.ORTHOPEDAGOGUE, Profession.PSYCHOLOGIST, Profession.SOCIAL_WORKER, Profession.YOUTH_DOCTOR),
            EnumSet.of(Profession.ORTHOPEDAGOGUE), 2))
        // 001:L533-538, L794: VSO share = VSO / (VO + PRO + VSO): the seed's 4,56% = 398 / 8.721 counts its 192
        // PrO students in the denominator (SPEC version 2, R-MON-1: in every VO denominator VO includes PrO).
        .addParticipationDenominator(SchoolType.VO, SchoolType.PRO, SchoolType.VSO)
        // 001:L847-851: the 2018 amounts per category.
        .categoryAmounts(new CategoryAmounts(Money.ofEuros(9_845), Money.ofEuros(17_350), Money.ofEuros(21_530), "001:L847-851 (August 2018)"))
        // 001:L854-856: LOW unless the school justifies MEDIUM or HIGH.
        .putAllFundingCategories(categories(FundingCategory.LOW, FundingCategory.LOW, FundingCategory.LOW, FundingCategory.LOW, FundingCategory.LOW))
        .eligibility(EligibilityPolicy.of(List.of(
            // 001:L2490-2507: "de nu geldige landelijke criteria": IQ 55-80 and the statutory delay of at least 50%
            // (the seed's "DLE<30 eind groep 8" illustrates it at DL 60) on 2 domains, one a key domain (SPEC version 2).
            new ProScheme(ML_2019, IqBand.of(55, 80), Optional.empty(), DomainThreshold.delayAtLeast(50), Optional.empty()),
            // Before 1 January 2020 the national LWOO criteria; from then no IQ criterion, the statutory delays
            // of 25% up to 50% decide (001:L2468-2485; SPEC version 2).
            LwooNationalScheme.statutory(ML_2019),
            new LwooDleScheme(LocalDate.of(2020, 1, 1), DomainThreshold.delayBetween(25, 50)),
            new VsoCascadeScheme(ML_2019, FundingCategory.LOW))))
        .build();
  }

  private static PartnershipPolicy voZoDrenthe() {
    return PartnershipPolicy.builder()
        .id(VO_ZO_DRENTHE)
        .name("Sterk VO Zuidoost-Drenthe")
        .sector(Sector.VO)
        .region("Zuidoost-Drenthe")
        .source("seed 002: public summary of the support plan 2022-2026")
        .basicSupportCatalogue(BasicSupportCatalogues.VO_ZO_DRENTHE)
        .addParticipationDenominator(SchoolType.VO, SchoolType.VSO, SchoolType.PRO)
        .putAllFundingCategories(categories(FundingCategory.LOW, FundingCategory.LOW, FundingCategory.LOW, FundingCategory.LOW, FundingCategory.LOW))
        // The public summary publishes no VSO criteria: the committee weighs (002). The PrO and LWOO criteria
        // are statutory (000:L2826-2827, 001:L2492), so the statutory schemes apply, not a judgement (SPEC version 2).
        .eligibility(EligibilityPolicy.of(List.of(
            new CommitteeJudgementScheme(Scheme.VSO, ZOD_2022, SchoolType.VSO, Optional.of(FundingCategory.LOW),
                Set.of(Finding.REGULAR_SUPPORT_EXHAUSTED, Finding.SCHOOL_REACHED_LIMITS, Finding.SEVERE_BEHAVIOURAL_OR_EMOTIONAL_PROBLEMS,
                    Finding.MEDICAL_DIAGNOSIS), false),
            new ProScheme(ZOD_2022, IqBand.of(55, 80), Optional.of(IqBand.of(75, 80)), DomainThreshold.delayAtLeast(50),
                Optional.of(LwooNationalScheme.statutory(ZOD_2022))),
            LwooNationalScheme.statutory(ZOD_2022))))
        .build();
  }
}
