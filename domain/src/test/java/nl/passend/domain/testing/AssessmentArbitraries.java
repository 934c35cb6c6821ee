package nl.passend.domain.testing;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import nl.passend.domain.eligibility.Assessment;
import nl.passend.domain.eligibility.DomainResult;
import nl.passend.domain.eligibility.Finding;
import nl.passend.domain.eligibility.LearningDomain;

/** jqwik arbitraries for assessments, with every fact sometimes unknown. */
public final class AssessmentArbitraries {
  private AssessmentArbitraries() {}

  /** Assessments between 2018 and 2026 with random known and unknown facts. */
  public static Arbitrary<Assessment> assessments() {
    Arbitrary<LocalDate> date = Arbitraries.integers().between(0, 9 * 365).map(d -> LocalDate.of(2018, 1, 1).plusDays(d));
    Arbitrary<Optional<Integer>> age = Arbitraries.integers().between(4, 16).optional(0.8);
    Arbitrary<Optional<Integer>> iq = Arbitraries.integers().between(30, 160).optional(0.85);
    Arbitrary<Map<LearningDomain, DomainResult>> domains = Arbitraries.maps(
        Arbitraries.of(LearningDomain.class), learningResults())
        .ofMaxSize(4).map(m -> m.isEmpty() ? Map.of() : new EnumMap<>(m));
    Arbitrary<Map<Finding, Boolean>> findings = Arbitraries.maps(Arbitraries.of(Finding.class), Arbitraries.of(true, false))
        .ofMaxSize(Finding.values().length).map(m -> m.isEmpty() ? Map.of() : new EnumMap<>(m));
    return Combinators.combine(date, age, iq, domains, findings).as((d, a, i, dom, f) ->
        new Assessment(d, a.map(years -> d.minusYears(years).minusDays(3)), i, dom, f));
  }

  /** Learning results measured anywhere from group 6 to the second year of VO: DL 40 to 80, DLE 0 to DL. */
  public static Arbitrary<DomainResult> learningResults() {
    return Arbitraries.integers().between(40, 80).flatMap(dl -> Arbitraries.integers().between(0, dl).map(dle -> new DomainResult(dl, dle)));
  }

  /** Complete assessments for benchmarks and fast paths: IQ, date of birth, all domains, all findings. */
  public static Arbitrary<Assessment> completeAssessments() {
    return assessments().map(a -> {
      Assessment full = a.iq().isPresent() ? a : a.withIq(75);
      full = full.dateOfBirth().isPresent() ? full : full.withDateOfBirth(full.assessmentDate().minusYears(12));
      for (LearningDomain d : LearningDomain.values()) {
        if (!full.domains().containsKey(d)) {
          full = full.withDomain(d, 60, 40);
        }
      }
      for (Finding f : Finding.values()) {
        if (full.finding(f).isEmpty()) {
          full = full.with(f, false);
        }
      }
      return full;
    });
  }
}
