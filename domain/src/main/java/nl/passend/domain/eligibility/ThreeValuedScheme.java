package nl.passend.domain.eligibility;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import nl.passend.domain.common.Validation;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.organisation.SchoolType;

/**
 * The three-valued evaluation every rule-based scheme shares (SPEC §5.4): a subclass names its
 * criteria and derives the outcome from their verdicts alone (one evaluation for outcome and
 * explanation); this class fills each unknown fact the scheme reads with every value
 * that can make a difference (IQ values around the scheme's bounds, learning results around its
 * thresholds, both values of a finding, ages around its age limit) and returns the outcome only
 * when all completions agree. Otherwise the outcome is INSUFFICIENT_EVIDENCE and {@code missing}
 * names each unknown fact whose value alone can change the outcome.
 *
 * <p>When the assessment gives every fact the scheme reads, there is one completion and the cost is
 * one decision.
 */
abstract class ThreeValuedScheme implements EligibilityScheme {

  /**
   * Criterium: a named part of a scheme, for the explanation.
   *
   * @param id the rule id
   * @param description the rule in words
   * @param test the rule on complete facts
   */
  record Criterion(String id, String description, Predicate<Facts> test) {}

  /** The two values of an unknown finding, false first. */
  private static final boolean[] BOTH = {false, true};

  private final Scheme scheme;
  private final LocalDate effectiveFrom;
  /** What does not change between evaluations; built on first use (a scheme is immutable). */
  private volatile Memo memo;
  private final Optional<SchoolType> schoolType;
  private final Optional<FundingCategory> fundingCategory;

  ThreeValuedScheme(Scheme scheme, LocalDate effectiveFrom, Optional<SchoolType> schoolType, Optional<FundingCategory> fundingCategory) {
    this.scheme = Validation.present(scheme, "scheme");
    this.effectiveFrom = Validation.present(effectiveFrom, "effectiveFrom");
    this.schoolType = Validation.present(schoolType, "schoolType");
    this.fundingCategory = Validation.present(fundingCategory, "fundingCategory");
  }

  @Override
  public final Scheme scheme() {
    return scheme;
  }

  @Override
  public final LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  @Override
  public final Optional<SchoolType> schoolType() {
    return schoolType;
  }

  @Override
  public final Optional<FundingCategory> fundingCategory() {
    return fundingCategory;
  }

  /** The id of the scheme's own rule, e.g. {@code R-CRI-C3-ZML}; listed first. */
  abstract String ruleId();

  /** The findings the scheme reads. */
  abstract Set<Finding> findingsRead();

  /** IQ values that cover every region the scheme distinguishes; empty when it does not read the IQ. */
  List<Integer> iqCandidates() {
    return List.of();
  }

  /** Ages that cover every region the scheme distinguishes; empty when it does not read the age. */
  List<Integer> ageCandidates() {
    return List.of();
  }

  /**
   * Learning results that cover every region the scheme distinguishes; empty when it reads no
   * learning results. A scheme that reads them reads all four domains (R-CRI-X).
   */
  List<DomainResult> domainCandidates() {
    return List.of();
  }

  /** The named parts of the scheme, for the explanation. */
  abstract List<Criterion> criteria();

  /**
   * The outcome derived from the verdicts of {@link #criteria()} on one complete valuation of the
   * facts, {@code holds[i]} being the verdict of criterion {@code i}; never INSUFFICIENT_EVIDENCE.
   * The outcome reads nothing but these verdicts, so that the explanation (which lists the same
   * criteria) and the outcome cannot disagree.
   */
  abstract Outcome decide(boolean[] holds);

  /** A sentence for the scheme's own rule given the outcome. */
  abstract String summary(Outcome outcome);

  @Override
  public final Set<String> factsRead() {
    Set<String> read = new java.util.LinkedHashSet<>();
    if (!iqCandidates().isEmpty()) {
      read.add("iq");
    }
    if (!ageCandidates().isEmpty()) {
      read.add("dateOfBirth");
    }
    memo().domains.forEach(d -> read.add("domains." + d.name()));
    findingsRead().forEach(f -> read.add(f.jsonName()));
    return java.util.Collections.unmodifiableSet(read);
  }

  @Override
  public final EligibilityResult evaluate(Assessment assessment) {
    Validation.present(assessment, "assessment");
    Memo m = memo();
    List<Slot> slots = new ArrayList<>();
    Facts facts = new Facts();
    List<Integer> iqs = m.iqs;
    if (!iqs.isEmpty()) {
      if (assessment.iq().isPresent()) {
        facts.iq = assessment.iq().get();
      } else {
        slots.add(new Slot("iq", iqs.size(), (f, i) -> f.iq = iqs.get(i)));
      }
    }
    List<Integer> ages = m.ages;
    if (!ages.isEmpty()) {
      if (assessment.ageAtAssessment().isPresent()) {
        facts.age = assessment.ageAtAssessment().get();
      } else {
        slots.add(new Slot("dateOfBirth", ages.size(), (f, i) -> f.age = ages.get(i)));
      }
    }
    List<DomainResult> results = m.domainResults;
    for (LearningDomain domain : m.domains) {
      DomainResult given = assessment.domains().get(domain);
      if (given != null) {
        facts.set(domain, given);
      } else {
        slots.add(new Slot("domains." + domain.name(), results.size(), (f, i) -> f.set(domain, results.get(i))));
      }
    }
    for (Finding finding : m.findings) {
      Boolean given = assessment.findings().get(finding);
      if (given != null) {
        facts.set(finding, given);
      } else {
        slots.add(new Slot(finding.jsonName(), 2, (f, i) -> f.set(finding, BOTH[i])));
      }
    }

    int total = 1;
    for (Slot slot : slots) {
      total = Math.multiplyExact(total, slot.size);
    }
    List<Criterion> criteria = m.criteria;
    Outcome[] outcomes = new Outcome[total];
    int[] criterionTrue = new int[criteria.size()];
    int[] digits = new int[slots.size()];
    boolean[] holds = new boolean[criteria.size()];
    for (int index = 0; index < total; index++) {
      decode(index, slots, digits);
      for (int s = 0; s < slots.size(); s++) {
        slots.get(s).setter.set(facts, digits[s]);
      }
      for (int c = 0; c < criteria.size(); c++) {
        holds[c] = criteria.get(c).test().test(facts);
        if (holds[c]) {
          criterionTrue[c]++;
        }
      }
      outcomes[index] = decide(holds);
    }

    Outcome first = outcomes[0];
    boolean decided = true;
    for (Outcome o : outcomes) {
      if (o != first) {
        decided = false;
        break;
      }
    }
    Outcome outcome = decided ? first : Outcome.INSUFFICIENT_EVIDENCE;
    List<String> missing = decided ? List.of() : missing(slots, outcomes, total);

    // The rule outcomes depend only on the verdicts: each is made once per scheme (see Memo).
    RuleOutcome[] rules = new RuleOutcome[criteria.size() + 1];
    rules[0] = m.overall.get(outcome);
    for (int c = 0; c < criteria.size(); c++) {
      int verdict = criterionTrue[c] == total ? Memo.HOLDS : criterionTrue[c] == 0 ? Memo.FAILS : Memo.UNDECIDED;
      rules[c + 1] = m.verdicts[c][verdict];
    }
    return new EligibilityResult(scheme, m.effectiveFrom, outcome, schoolType,
        outcome == Outcome.NOT_ELIGIBLE ? Optional.empty() : fundingCategory,
        ImmutableList.copyOf(rules), missing, List.of());
  }

  /** The unknown facts whose value alone changes the outcome for some values of the others. */
  private static List<String> missing(List<Slot> slots, Outcome[] outcomes, int total) {
    List<String> missing = new ArrayList<>();
    int stride = 1;
    int[] strides = new int[slots.size()];
    for (int s = 0; s < slots.size(); s++) {
      strides[s] = stride;
      stride *= slots.get(s).size;
    }
    for (int s = 0; s < slots.size(); s++) {
      Slot slot = slots.get(s);
      boolean matters = false;
      for (int index = 0; index < total && !matters; index++) {
        int digit = (index / strides[s]) % slot.size;
        if (digit != 0) {
          continue;
        }
        for (int v = 1; v < slot.size; v++) {
          if (outcomes[index + v * strides[s]] != outcomes[index]) {
            matters = true;
            break;
          }
        }
      }
      if (matters) {
        missing.add(slot.name);
      }
    }
    return missing;
  }

  private static void decode(int index, List<Slot> slots, int[] digits) {
    int rest = index;
    for (int s = 0; s < slots.size(); s++) {
      digits[s] = rest % slots.get(s).size;
      rest /= slots.get(s).size;
    }
  }

  /** Values around each bound: {@code b - 1} and {@code b}, clamped to the valid IQ range 30-160. */
  static List<Integer> iqAround(int... bounds) {
    TreeSet<Integer> values = new TreeSet<>();
    values.add(30);
    values.add(160);
    for (int b : bounds) {
      values.add(Math.max(30, Math.min(160, b - 1)));
      values.add(Math.max(30, Math.min(160, b)));
    }
    return List.copyOf(values);
  }

  /** A learning result at the end of group 8 (DL 60) for each DLE. */
  static List<DomainResult> atEndOfGroup8(int... dles) {
    TreeSet<Integer> values = new TreeSet<>();
    for (int d : dles) {
      values.add(Math.max(0, Math.min(60, d)));
    }
    return values.stream().map(d -> new DomainResult(60, d)).toList();
  }

  private record Slot(String name, int size, Setter setter) {}

  private Memo memo() {
    Memo m = memo;
    if (m == null) {
      m = new Memo(this);
      memo = m;
    }
    return m;
  }

  /**
   * The candidates, facts read, criteria and sentences of a scheme: they depend only on its
   * parameters, so they are made once instead of at every evaluation.
   */
  private static final class Memo {
    static final int HOLDS = 0;
    static final int FAILS = 1;
    static final int UNDECIDED = 2;
    static final List<Optional<Boolean>> HOLDS_VALUES = List.of(Optional.of(true), Optional.of(false), Optional.empty());
    private static final String[] VERDICTS = {"holds", "does not hold", "cannot be decided: it depends on facts that are missing"};

    final List<Integer> iqs;
    final List<Integer> ages;
    final List<DomainResult> domainResults;
    final List<LearningDomain> domains;
    final List<Finding> findings;
    final List<Criterion> criteria;
    final RuleOutcome[][] verdicts;
    final java.util.Map<Outcome, RuleOutcome> overall = new java.util.EnumMap<>(Outcome.class);
    /** The effective date as the result names it (a date's {@code toString} builds a string each time). */
    final String effectiveFrom;

    Memo(ThreeValuedScheme scheme) {
      iqs = List.copyOf(scheme.iqCandidates());
      ages = List.copyOf(scheme.ageCandidates());
      domainResults = List.copyOf(scheme.domainCandidates());
      domains = domainResults.isEmpty() ? List.of() : List.of(Facts.DOMAINS);
      effectiveFrom = scheme.effectiveFrom().toString();
      findings = List.copyOf(scheme.findingsRead());
      criteria = List.copyOf(scheme.criteria());
      verdicts = new RuleOutcome[criteria.size()][];
      for (int c = 0; c < criteria.size(); c++) {
        verdicts[c] = new RuleOutcome[VERDICTS.length];
        for (int v = 0; v < VERDICTS.length; v++) {
          verdicts[c][v] = new RuleOutcome(criteria.get(c).id(), HOLDS_VALUES.get(v), criteria.get(c).description() + ": " + VERDICTS[v] + ".");
        }
      }
      for (Outcome outcome : Outcome.values()) {
        Optional<Boolean> holds = switch (outcome) {
          case ELIGIBLE -> Optional.of(true);
          case NOT_ELIGIBLE -> Optional.of(false);
          default -> Optional.empty();
        };
        overall.put(outcome, new RuleOutcome(scheme.ruleId(), holds, scheme.summary(outcome)));
      }
    }
  }

  @FunctionalInterface
  private interface Setter {
    void set(Facts facts, int valueIndex);
  }
}
