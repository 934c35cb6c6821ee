package nl.passend.domain.support;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.BrinCode;

/**
 * Schoolondersteuningsprofiel (SOP): what a school offers, measured against the partnership's
 * basic-support standard, the extra support it offers, and when it was last reviewed (R-SUP-3).
 *
 * @param school the school
 * @param catalogue the version of the basic-support standard the profile is measured against
 * @param standardsMet the codes of the standards the school meets
 * @param extraSupport the extra support the school offers, in words
 * @param reviewedOn the day the profile was last adopted or reviewed
 */
public record SupportProfile(
    BrinCode school,
    BasicSupportCatalogue catalogue,
    Set<String> standardsMet,
    List<String> extraSupport,
    LocalDate reviewedOn) {

  /** Validates the profile: it can only claim standards of its catalogue. */
  public SupportProfile {
    Validation.present(school, "schoolBrin");
    Validation.present(catalogue, "catalogue");
    standardsMet = ImmutableSortedSet.copyOf(Validation.present(standardsMet, "standardsMet"));
    Set<String> unknown = Sets.difference(standardsMet, catalogue.codes());
    Validation.require(unknown.isEmpty(), "standardsMet", "%s are not standards of catalogue %s %s", unknown, catalogue.id(), catalogue.version());
    extraSupport = ImmutableList.copyOf(Validation.present(extraSupport, "extraSupport"));
    Validation.present(reviewedOn, "reviewedOn");
  }

  /** The standards the school does not (yet) meet, in catalogue order. */
  public List<BasicSupportStandard> unmetStandards() {
    return catalogue.standards().stream().filter(s -> !standardsMet.contains(s.code())).collect(ImmutableList.toImmutableList());
  }

  /** Whether the school meets every standard of basic support. */
  public boolean meetsBasicSupport() {
    return unmetStandards().isEmpty();
  }

  /** The last day the next review is on time under the partnership's rule. */
  public LocalDate reviewDueOn(SupportProfileReview rule) {
    return rule.nextDueOn(reviewedOn);
  }

  /** Whether the review is overdue on {@code date} under the partnership's rule. */
  public boolean isReviewOverdue(LocalDate date, SupportProfileReview rule) {
    return date.isAfter(reviewDueOn(rule));
  }

  /** A copy reviewed on {@code date} with the standards now met. */
  public SupportProfile reviewed(LocalDate date, Set<String> nowMet, List<String> nowExtra) {
    Validation.require(!date.isBefore(reviewedOn), "reviewedOn", "a review cannot precede the previous one (%s)", reviewedOn);
    return new SupportProfile(school, catalogue, nowMet, nowExtra, date);
  }
}
