package nl.passend.domain.policy;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.Month;
import java.time.MonthDay;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.Sector;
import nl.passend.domain.plan.DevelopmentPlanRules;
import nl.passend.domain.support.ArrangementRules;
import nl.passend.domain.support.ArrangementType;
import nl.passend.domain.support.BasicSupportCatalogues;
import nl.passend.domain.support.SupportProfileReview;

/**
 * Ingebouwde beleiden: the policies of the four partnerships whose plans are the seeds of SPEC.md,
 * defined here and nowhere else. A partnership that wants different rules supplies its own policy
 * document; it never changes code.
 */
public final class BuiltInPolicies {
  /** SWV Passend Onderwijs PO 22.01, support plan 2014-2018 (revised 2016), seed {@code 004}. */
  public static final PolicyId PO_22_01 = PolicyId.of("po-22-01");
  /** SWV VO 22.01 Noord- en Midden-Drenthe, support plan 2022-2026, seed {@code 000}. */
  public static final PolicyId VO_22_01 = PolicyId.of("vo-22-01");
  /** SWV VO 31-02 Midden-Limburg, support plan 2019-2023, seed {@code 001}. */
  public static final PolicyId VO_31_02 = PolicyId.of("vo-31-02");
  /** Sterk VO Zuidoost-Drenthe, plan 2022-2026 (public summary), seed {@code 002}. */
  public static final PolicyId VO_ZO_DRENTHE = PolicyId.of("vo-zo-drenthe");

  private static final ImmutableMap<PolicyId, PartnershipPolicy> ALL = ImmutableMap.of(
      PO_22_01, po2201(),
      VO_22_01, vo2201(),
      VO_31_02, vo3102(),
      VO_ZO_DRENTHE, voZoDrenthe());

  private BuiltInPolicies() {}

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
        .build();
  }
}
