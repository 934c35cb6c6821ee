package nl.passend.domain.eligibility;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.SchoolType;

/**
 * Criteria of richtlijnen: one version of a partnership's scheme, a pure and deterministic function
 * of an {@link Assessment} (SPEC §5.4).
 */
public interface EligibilityScheme {
  /** Which scheme this is. */
  Scheme scheme();

  /** The first assessment date this version applies to; its ISO form is the version label. */
  LocalDate effectiveFrom();

  /** The school type it admits to; empty for LWOO. */
  Optional<SchoolType> schoolType();

  /** The default funding category of a statement it leads to, where one applies. */
  Optional<FundingCategory> fundingCategory();

  /** The rule in words with its source, for the criteria table and the policy document. */
  String description();

  /**
   * The facts the scheme reads, by their API names ({@code iq}, {@code dateOfBirth},
   * {@code domains.ARITHMETIC}, finding names); no other fact can change its outcome.
   */
  Set<String> factsRead();

  /** The scheme as plain data, to write it to a policy document and read it back. */
  SchemeDefinition definition();

  /** Evaluates the assessment. */
  EligibilityResult evaluate(Assessment assessment);
}
