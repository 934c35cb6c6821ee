package nl.passend.domain.eligibility;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.passend.domain.common.Validation;

/**
 * Toelatingsbeleid: a partnership's schemes, each in one or more versions with the day they take
 * effect; the decision date (or, without one, the assessment date) picks the version (R-CRI-LWOO:
 * schemes are effective-dated).
 *
 * @param versions per scheme its versions, ordered by effective date
 */
public record EligibilityPolicy(Map<Scheme, List<EligibilityScheme>> versions) {

  /** Validates the versions: per scheme at least one, each of that scheme, effective dates distinct. */
  public EligibilityPolicy {
    Validation.present(versions, "schemes");
    Map<Scheme, List<EligibilityScheme>> sorted = new EnumMap<>(Scheme.class);
    versions.forEach((scheme, list) -> {
      Validation.require(list != null && !list.isEmpty(), "schemes", "scheme %s has no version", scheme);
      list.forEach(v -> Validation.require(v.scheme() == scheme, "schemes", "%s version is filed under %s", nl.passend.domain.common.Words.withArticle(v.scheme().name()), scheme));
      List<EligibilityScheme> ordered = new ArrayList<>(list);
      ordered.sort(Comparator.comparing(EligibilityScheme::effectiveFrom));
      for (int i = 1; i < ordered.size(); i++) {
        Validation.require(ordered.get(i).effectiveFrom().isAfter(ordered.get(i - 1).effectiveFrom()), "schemes",
            "scheme %s has two versions effective on %s", scheme, ordered.get(i).effectiveFrom());
      }
      sorted.put(scheme, ImmutableList.copyOf(ordered));
    });
    versions = ImmutableSortedMap.copyOf(sorted);
  }

  /** A policy of the given versions. */
  public static EligibilityPolicy of(List<EligibilityScheme> schemes) {
    Map<Scheme, List<EligibilityScheme>> map = new EnumMap<>(Scheme.class);
    for (EligibilityScheme s : schemes) {
      map.computeIfAbsent(s.scheme(), k -> new ArrayList<>()).add(s);
    }
    return new EligibilityPolicy(map);
  }

  /** No schemes. */
  public static EligibilityPolicy none() {
    return new EligibilityPolicy(Map.of());
  }

  /** The schemes the policy has. */
  public Set<Scheme> schemes() {
    return versions.keySet();
  }

  /**
   * The version in effect on {@code assessmentDate}: the latest that took effect on or before it.
   * Decided: an assessment before the first known version uses that first version, since the seeds
   * give no older rules.
   */
  public Optional<EligibilityScheme> version(Scheme scheme, LocalDate assessmentDate) {
    List<EligibilityScheme> list = versions.get(scheme);
    if (list == null) {
      return Optional.empty();
    }
    EligibilityScheme chosen = list.get(0);
    for (EligibilityScheme s : list) {
      if (!s.effectiveFrom().isAfter(assessmentDate)) {
        chosen = s;
      }
    }
    return Optional.of(chosen);
  }

  /**
   * Evaluates the assessment under the scheme's version in force on its decision date, or on its
   * assessment date when it names no decision date (R-CRI-LWOO); empty when the policy lacks the
   * scheme.
   */
  public Optional<EligibilityResult> evaluate(Scheme scheme, Assessment assessment) {
    return version(scheme, assessment.versionDate()).map(s -> s.evaluate(assessment));
  }
}
