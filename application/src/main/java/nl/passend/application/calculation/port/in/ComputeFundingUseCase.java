package nl.passend.application.calculation.port.in;

import java.util.Map;
import nl.passend.application.common.Actor;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.funding.Money;
import nl.passend.domain.funding.SpecialEducationDeduction;
import nl.passend.domain.organisation.PolicyId;

/** Bekostiging berekenen: distribution and deduction (R-FIN-3, R-FIN-5). */
public interface ComputeFundingUseCase {
  /** Shares out the amount in proportion to the shares, in units of {@code roundTo}, adding up exactly. */
  Map<String, Money> distribute(Actor actor, Money amount, Money roundTo, Map<String, Long> shares);

  /** The SO/VSO deduction with the policy's amounts per category. */
  SpecialEducationDeduction deduction(Actor actor, PolicyId policy, Map<FundingCategory, Long> counts, long residential);
}
