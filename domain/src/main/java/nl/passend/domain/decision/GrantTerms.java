package nl.passend.domain.decision;

import java.time.LocalDate;
import java.util.Optional;
import nl.passend.domain.common.Validation;
import nl.passend.domain.funding.FundingCategory;

/**
 * Toekenning: what a grant sets: the statement's start and end, and a funding category when it
 * deviates from the policy's default, with the reason (R-TLV-5, R-TLV-6).
 *
 * @param startDate the first day the statement is valid
 * @param endDate the last day (a 31 July); empty for PrO
 * @param fundingCategory the category, when the committee sets one; otherwise the policy's default
 * @param categoryOverrideReason why the category deviates from the default
 * @param exitDestination the expected exit destination of the development plan, when given (R-TLV-11)
 */
public record GrantTerms(LocalDate startDate, Optional<LocalDate> endDate, Optional<FundingCategory> fundingCategory,
    Optional<String> categoryOverrideReason, Optional<ExitDestination> exitDestination) {
  /** Validates the presence of the fields. */
  public GrantTerms {
    Validation.present(startDate, "startDate");
    Validation.present(endDate, "endDate");
    Validation.present(fundingCategory, "fundingCategory");
    Validation.present(categoryOverrideReason, "categoryOverrideReason");
    categoryOverrideReason = categoryOverrideReason.map(String::strip).filter(r -> !r.isEmpty());
    Validation.present(exitDestination, "exitDestination");
  }

  /** Terms without an exit destination. */
  public GrantTerms(LocalDate startDate, Optional<LocalDate> endDate, Optional<FundingCategory> fundingCategory,
      Optional<String> categoryOverrideReason) {
    this(startDate, endDate, fundingCategory, categoryOverrideReason, Optional.empty());
  }
}
