package nl.passend.domain.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.passend.domain.common.Validation;

/**
 * Eigen werkwijze LWOO {@code vo-31-02} vanaf 1-1-2020 (R-CRI-LWOO, {@code 001:L2468-2485}): no IQ
 * criterion; "de wettelijk bepaalde criteria m.b.t. leerachterstanden blijven bepalend", so ELIGIBLE
 * iff the statutory delay (25% up to 50% of the DL; at DL 60 a DLE of 31 to 45) on at least 2
 * domains, one of them arithmetic or reading comprehension. The threshold is policy data and may
 * also be written on the DLE (kind {@code DLE}).
 */
public final class LwooDleScheme extends ThreeValuedScheme {
  private final DomainThreshold delays;

  /** Creates the scheme with its DLE threshold. */
  public LwooDleScheme(LocalDate effectiveFrom, DomainThreshold delays) {
    super(Scheme.LWOO, effectiveFrom, Optional.empty(), Optional.empty());
    this.delays = Validation.present(delays, "delays");
  }

  @Override
  String ruleId() {
    return "R-CRI-LWOO";
  }

  @Override
  Set<Finding> findingsRead() {
    return Set.of();
  }

  @Override
  List<DomainResult> domainCandidates() {
    return delays.candidates();
  }

  @Override
  List<Criterion> criteria() {
    return List.of(new Criterion("R-CRI-LWOO.delays", "There is " + delays.describe(), delays::holds));
  }

  @Override
  Outcome decide(boolean[] v) {
    return v[0] ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE;
  }

  @Override
  String summary(Outcome outcome) {
    return switch (outcome) {
      case ELIGIBLE -> "Entitled to LWOO: " + delays.describe() + ".";
      case NOT_ELIGIBLE -> "Not entitled to LWOO: it needs " + delays.describe() + ".";
      default -> "The LWOO criteria cannot be decided until the missing learning results are given.";
    };
  }

  @Override
  public String description() {
    return delays.describe() + " (no IQ criterion)";
  }

  @Override
  public SchemeDefinition definition() {
    return new SchemeDefinition.LwooDle(effectiveFrom(), delays);
  }

}
