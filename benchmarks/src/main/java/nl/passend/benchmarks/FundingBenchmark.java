package nl.passend.benchmarks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import nl.passend.domain.funding.BudgetYear;
import nl.passend.domain.funding.CategoryAmounts;
import nl.passend.domain.funding.Distribution;
import nl.passend.domain.funding.FundingCategory;
import nl.passend.domain.funding.IncomeCalculator;
import nl.passend.domain.funding.Money;
import nl.passend.domain.funding.MultiYearBudget;
import nl.passend.domain.funding.SpecialEducationDeduction;
import nl.passend.domain.funding.SupportRates;
import nl.passend.domain.organisation.BoardId;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.formats.PolicyCodec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A five-year budget and the distribution of what is left over 150 boards for a partnership of
 * 30,000 students: income from the support rates (po-22-01), the special-education deduction
 * (vo-31-02's category amounts), the board allocations by largest remainder to the cent, and the
 * reserve signal per year. Checked before timing: allocations add up to the amount exactly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FundingBenchmark {
  static final int BOARDS = 150;
  static final int STUDENTS = 30_000;
  private SupportRates rates;
  private CategoryAmounts amounts;
  private Map<BoardId, Long> students;
  private Map<FundingCategory, Long> placements;

  @Setup
  public void setUp() {
    rates = PolicyCodec.builtIn(PolicyId.of("po-22-01")).orElseThrow().supportRates().orElseThrow();
    amounts = PolicyCodec.builtIn(PolicyId.of("vo-31-02")).orElseThrow().categoryAmounts().orElseThrow();
    SplittableRandom random = new SplittableRandom(20_251_123L);
    long[] weights = new long[BOARDS];
    long total = 0;
    for (int i = 0; i < BOARDS; i++) {
      weights[i] = 1 + random.nextInt(100);
      total += weights[i];
    }
    students = new TreeMap<>();
    long given = 0;
    for (int i = 0; i < BOARDS; i++) {
      long n = i == BOARDS - 1 ? STUDENTS - given : STUDENTS * weights[i] / total;
      given += n;
      students.put(BoardId.of(String.format("b%03d", i)), n);
    }
    placements = new EnumMap<>(Map.of(FundingCategory.LOW, 420L, FundingCategory.MEDIUM, 31L, FundingCategory.HIGH, 18L));
    Result r = budget();
    Money sum = r.allocations().values().stream().reduce(Money.ZERO, Money::plus);
    if (!sum.equals(r.remainder())) {
      throw new IllegalStateException("allocations " + sum + " do not add up to " + r.remainder());
    }
    System.out.printf("%n[check] %d boards, %d students: allocations add up to %s exactly; reserves end of year 5: %s%n",
        BOARDS, STUDENTS, r.remainder(), r.budget().reservesAtEndOf(2029));
  }

  /** What one run computes. */
  record Result(MultiYearBudget budget, Money remainder, Map<BoardId, Money> allocations) {}

  Result budget() {
    long count = students.values().stream().mapToLong(Long::longValue).sum();
    List<BudgetYear> years = new ArrayList<>();
    Money remainder = Money.ZERO;
    Map<BoardId, Money> allocations = Map.of();
    for (int y = 0; y < 5; y++) {
      long before = count + y * 150L;
      Money income = IncomeCalculator.light(rates, before - 150, before).plus(IncomeCalculator.heavy(rates, before - 150, before));
      Money deduction = SpecialEducationDeduction.compute(amounts, placements, 12).total();
      Money own = income.times(new java.math.BigDecimal("0.05"));
      remainder = income.minus(deduction).minus(own);
      allocations = Distribution.largestRemainder(remainder, Money.ofCents(1), students);
      years.add(new BudgetYear(2025 + y, income, deduction, remainder, own));
    }
    return new Result(new MultiYearBudget(years, Money.ofEuros(1_500_000)), remainder, allocations);
  }

  @Benchmark
  public Object fiveYearBudgetAndDistribution() {
    Result r = budget();
    return r.budget().reserveSignal(2029, Money.ofEuros(2_000_000));
  }
}
