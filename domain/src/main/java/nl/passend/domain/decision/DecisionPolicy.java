package nl.passend.domain.decision;

import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.organisation.Sector;
import nl.passend.domain.organisation.SpecialNeedsType;

/**
 * What an application needs of its partnership's policy; the partnership policy implements it, so
 * that decisions do not depend on the policy as a whole.
 */
public interface DecisionPolicy {
  /** The policy's id. */
  PolicyId id();

  /** The sector it admits to. */
  Sector sector();

  /** The default funding category of a statement for the type (R-TLV-5). */
  FundingCategory defaultFundingCategory(SpecialNeedsType type);

  /**
   * The categories a statement for the type may carry without a reason (R-TLV-5, version 2): the
   * default and any others the policy allows; another category is a deviation in an individual
   * case and needs a recorded reason.
   */
  default java.util.Set<FundingCategory> allowedFundingCategories(SpecialNeedsType type) {
    return java.util.Set.of(defaultFundingCategory(type));
  }

  /** What a complete dossier holds and what the expert advice must meet (R-TLV-2, R-TLV-3). */
  DossierRules dossiers();

  /**
   * Whether a committee advises before the director decides (R-DL-3, {@code vo-22-01}); then no
   * decision is taken before the advice.
   */
  default boolean hasAdviceStep() {
    return false;
  }

  /** The rules on statements (R-TLV-6..8). */
  StatementRules statements();
}
