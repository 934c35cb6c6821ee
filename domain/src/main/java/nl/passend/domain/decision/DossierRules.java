package nl.passend.domain.decision;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.passend.domain.common.Validation;
import nl.passend.domain.organisation.BrinCode;

/**
 * Dossiereisen en deskundigheid: what a complete dossier holds and who gives the expert advice
 * (policy data; R-TLV-2, R-TLV-3).
 *
 * @param required the items of a complete dossier
 * @param proSpecialRouteExtra what the PrO special route adds ({@code vo-22-01} moment d)
 * @param minExperts how many experts advise (2 by law)
 * @param oneOf at least one expert has one of these professions (po-22-01, vo-22-01: orthopedagogue
 *     or psychologist); empty for no such rule
 * @param firstFromReferringSchoolAmong when set, the first expert works for the referring school and
 *     has one of these professions ({@code vo-31-02})
 * @param secondAlways when set, the second expert always has this profession ({@code vo-31-02}:
 *     orthopedagogue)
 * @param minIndependentReviewers how many committee members without a tie to the applying school
 *     review an application ({@code vo-31-02}: 2)
 */
public record DossierRules(
    Set<DossierItem> required,
    Set<DossierItem> proSpecialRouteExtra,
    int minExperts,
    Set<Profession> oneOf,
    Set<Profession> firstFromReferringSchoolAmong,
    Set<Profession> secondAlways,
    int minIndependentReviewers) {

  /** Validates the rules. */
  public DossierRules {
    required = ImmutableSet.copyOf(Validation.present(required, "required"));
    proSpecialRouteExtra = ImmutableSet.copyOf(Validation.present(proSpecialRouteExtra, "proSpecialRouteExtra"));
    Validation.require(minExperts >= 1 && minExperts <= 5, "minExperts", "must be 1 to 5, but was %d", minExperts);
    oneOf = ImmutableSet.copyOf(Validation.present(oneOf, "oneOf"));
    firstFromReferringSchoolAmong = ImmutableSet.copyOf(Validation.present(firstFromReferringSchoolAmong, "firstFromReferringSchoolAmong"));
    secondAlways = ImmutableSet.copyOf(Validation.present(secondAlways, "secondAlways"));
    Validation.require(secondAlways.size() <= 1, "secondAlways", "names at most one profession");
    Validation.require(minIndependentReviewers >= 1 && minIndependentReviewers <= 10, "minIndependentReviewers", "must be 1 to 10");
  }

  /** The legal minimum: expert advice of two experts, the guardians' view, signatures and consent. */
  public static DossierRules defaults() {
    return new DossierRules(EnumSet.of(DossierItem.EXPERT_ADVICE, DossierItem.GUARDIANS_VIEW, DossierItem.SIGNATURES, DossierItem.CONSENT_FORM),
        Set.of(), 2, Set.of(), Set.of(), Set.of(), 1);
  }

  /** The items of a complete dossier missing from {@code present}, for the given route. */
  public List<DossierItem> missingItems(Set<DossierItem> present, boolean proSpecialRoute) {
    Set<DossierItem> needed = EnumSet.noneOf(DossierItem.class);
    needed.addAll(required);
    if (proSpecialRoute) {
      needed.addAll(proSpecialRouteExtra);
    }
    return ImmutableList.copyOf(Sets.difference(needed, present));
  }

  /**
   * What is wrong with the expert advice of a dossier from {@code referringSchool} (R-TLV-3); empty
   * when it meets the rules.
   */
  public List<String> adviceProblems(List<ExpertAdvice> advices, BrinCode referringSchool) {
    List<String> problems = new ArrayList<>();
    // R-INT-7: two experts are two people, counted by reference.
    long experts = advices.stream().map(ExpertAdvice::expertReference).distinct().count();
    if (experts < minExperts) {
      problems.add("needs advice of " + minExperts + " different experts, has " + experts);
    }
    if (!oneOf.isEmpty() && advices.stream().noneMatch(a -> oneOf.contains(a.profession()))) {
      problems.add("one expert must be one of " + oneOf);
    }
    if (!firstFromReferringSchoolAmong.isEmpty() && !advices.isEmpty()) {
      ExpertAdvice first = advices.get(0);
      if (!first.worksFor(referringSchool) || !firstFromReferringSchoolAmong.contains(first.profession())) {
        problems.add("the first expert works for the referring school and is one of " + firstFromReferringSchoolAmong);
      }
    }
    if (!secondAlways.isEmpty() && advices.size() >= 2 && !secondAlways.contains(advices.get(1).profession())) {
      problems.add("the second expert is always " + secondAlways.iterator().next());
    }
    return problems;
  }
}
