package nl.passend.domain.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.SchoolType;

/**
 * Criteria praktijkonderwijs (R-CRI-PRO): an IQ in the band AND learning delays on enough domains.
 *
 * <p>{@code vo-22-01} ({@code 000:L2832-2853}, also {@code vo-zo-drenthe}): IQ 55-80 and a delay of
 * at least 50% on 2 domains with a key domain; both: ELIGIBLE, except JUDGEMENT_REQUIRED in the
 * transition zone 75-80. Mixed profile (Inrichtingsbesluit WVO art. 15d lid 6): exactly one of the
 * two holds and <em>the other factor</em> meets the LWOO criterion for that factor (the PrO IQ with
 * LWOO delays, or the PrO delays with an LWOO IQ): JUDGEMENT_REQUIRED. The LWOO criteria are never
 * applied to both factors at once. Otherwise NOT_ELIGIBLE. {@code vo-31-02} ({@code 001:L2490-2507}):
 * IQ 55-80 and a statutory delay of at least 50% (at DL 60: DLE 30 or less) on 2 domains with a key
 * domain: ELIGIBLE iff both (no transition zone, no mixed route).
 */
public final class ProScheme extends ThreeValuedScheme {
  private final IqBand iqBand;
  private final Optional<IqBand> judgementZone;
  private final DomainThreshold delays;
  private final Optional<LwooNationalScheme> lwooRoute;

  /**
   * Creates the scheme.
   *
   * @param effectiveFrom the version's first day
   * @param iqBand the IQ band (55-80)
   * @param judgementZone the transition zone where the committee weighs (75-80), if any
   * @param delays when a domain counts
   * @param lwooRoute the LWOO criteria of the mixed route: when exactly one PrO criterion holds and
   *     the other factor meets the LWOO criterion for that factor, the committee weighs
   */
  public ProScheme(LocalDate effectiveFrom, IqBand iqBand, Optional<IqBand> judgementZone, DomainThreshold delays,
      Optional<LwooNationalScheme> lwooRoute) {
    super(Scheme.PRO, effectiveFrom, Optional.of(SchoolType.PRO), Optional.empty());
    this.iqBand = Validation.present(iqBand, "iqBand");
    this.judgementZone = Validation.present(judgementZone, "judgementZone");
    this.delays = Validation.present(delays, "delays");
    this.lwooRoute = Validation.present(lwooRoute, "lwooRoute");
  }

  @Override
  String ruleId() {
    return "R-CRI-PRO";
  }

  @Override
  Set<Finding> findingsRead() {
    return lwooRoute.map(LwooNationalScheme::findingsRead).orElse(Set.of());
  }

  @Override
  List<Integer> iqCandidates() {
    java.util.List<Integer> bounds = new java.util.ArrayList<>(List.of(iqBand.min(), iqBand.max() + 1));
    judgementZone.ifPresent(z -> bounds.addAll(List.of(z.min(), z.max() + 1)));
    lwooRoute.ifPresent(l -> bounds.addAll(l.iqBounds()));
    return iqAround(bounds.stream().mapToInt(Integer::intValue).toArray());
  }

  @Override
  List<DomainResult> domainCandidates() {
    java.util.TreeSet<DomainResult> all = new java.util.TreeSet<>(java.util.Comparator.comparingInt(DomainResult::dl).thenComparingInt(DomainResult::dle));
    all.addAll(delays.candidates());
    lwooRoute.ifPresent(l -> all.addAll(l.domainCandidates()));
    return List.copyOf(all);
  }

  @Override
  List<Criterion> criteria() {
    List<Criterion> criteria = new java.util.ArrayList<>(List.of(
        new Criterion("R-CRI-PRO.iq", "The IQ lies within " + iqBand, f -> iqBand.contains(f.iq)),
        new Criterion("R-CRI-PRO.delays", "There is " + delays.describe(), delays::holds)));
    judgementZone.ifPresent(z -> criteria.add(new Criterion("R-CRI-PRO.transition-zone",
        "The IQ lies in the transition zone " + z + ", where the severity of the delays decides between PrO and VMBO with LWOO",
        f -> z.contains(f.iq))));
    lwooRoute.ifPresent(l -> {
      criteria.add(new Criterion("R-CRI-PRO.mixed-lwoo-delays", "Mixed profile (art. 15d lid 6): there is " + l.describeDelays(),
          l::delaysHold));
      criteria.add(new Criterion("R-CRI-PRO.mixed-lwoo-iq", "Mixed profile (art. 15d lid 6): " + l.describeIq(), l::iqHolds));
    });
    return criteria;
  }

  @Override
  Outcome decide(boolean[] v) {
    // v: 0 iq, 1 delays, then the transition zone when there is one, then the LWOO delays and LWOO IQ of the mixed route
    boolean iq = v[0];
    boolean learning = v[1];
    int next = 2;
    boolean zone = judgementZone.isPresent() && v[next++];
    if (iq && learning) {
      return zone ? Outcome.JUDGEMENT_REQUIRED : Outcome.ELIGIBLE;
    }
    if (lwooRoute.isPresent()) {
      boolean lwooDelays = v[next];
      boolean lwooIq = v[next + 1];
      if ((iq && lwooDelays) || (learning && lwooIq)) {
        return Outcome.JUDGEMENT_REQUIRED;
      }
    }
    return Outcome.NOT_ELIGIBLE;
  }

  @Override
  String summary(Outcome outcome) {
    return switch (outcome) {
      case ELIGIBLE -> "Admissible to PrO: the IQ lies within " + iqBand + " and the learning delays are large enough.";
      case NOT_ELIGIBLE -> "Not admissible to PrO: it needs an IQ within " + iqBand + " and " + delays.describe() + ".";
      case JUDGEMENT_REQUIRED -> "The committee weighs the case: the IQ lies in the transition zone"
          + judgementZone.map(z -> " " + z).orElse("") + ", or only one PrO criterion holds while the other factor meets the LWOO criterion for it"
          + " (art. 15d lid 6);"
          + " the severity of the delays decides between PrO and VMBO with LWOO.";
      default -> "Admissibility to PrO cannot be decided until the missing facts are given.";
    };
  }

  @Override
  public String description() {
    return "IQ " + iqBand + " AND " + delays.describe()
        + judgementZone.map(z -> "; both with IQ " + z + ": judgement").orElse("")
        + lwooRoute.map(l -> "; exactly one, and the other factor meets its LWOO criterion (art. 15d lid 6): judgement").orElse("");
  }

  @Override
  public SchemeDefinition definition() {
    return new SchemeDefinition.Pro(effectiveFrom(), iqBand, judgementZone, delays, lwooRoute.map(LwooNationalScheme::bands));
  }

}
