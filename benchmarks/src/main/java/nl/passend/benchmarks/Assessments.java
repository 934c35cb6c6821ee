package nl.passend.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.passend.domain.eligibility.Assessment;
import nl.passend.domain.eligibility.DomainResult;
import nl.passend.domain.eligibility.Finding;
import nl.passend.domain.eligibility.LearningDomain;

/** A fixed, seeded set of complete assessments: the same 10,000 in every run. */
final class Assessments {
  static final int COUNT = 10_000;
  static final LocalDate ASSESSED_ON = LocalDate.of(2025, 3, 1);

  private Assessments() {}

  static List<Assessment> generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Assessment> all = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      Map<LearningDomain, DomainResult> domains = new EnumMap<>(LearningDomain.class);
      for (LearningDomain d : LearningDomain.values()) {
        int dl = 40 + random.nextInt(41);
        domains.put(d, new DomainResult(dl, random.nextInt(dl + 1)));
      }
      Map<Finding, Boolean> findings = new EnumMap<>(Finding.class);
      for (Finding f : List.of(Finding.VERY_LOW_SELF_RELIANCE, Finding.VERY_LIMITED_PROGRESS, Finding.REGULAR_SUPPORT_EXHAUSTED,
          Finding.COMORBID_DISORDER_IMPAIRING_LEARNING, Finding.SECOND_DISABILITY_DIAGNOSED)) {
        findings.put(f, random.nextBoolean());
      }
      LocalDate born = ASSESSED_ON.minusYears(6 + random.nextInt(8)).minusDays(random.nextInt(365));
      all.add(new Assessment(ASSESSED_ON, java.util.Optional.of(born), java.util.Optional.of(40 + random.nextInt(71)), domains, findings));
    }
    return all;
  }
}
