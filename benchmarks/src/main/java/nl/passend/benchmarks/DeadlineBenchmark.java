package nl.passend.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import nl.passend.domain.deadline.DeadlineCalculator;
import nl.passend.domain.deadline.Deadlines;
import nl.passend.domain.deadline.HolidayCalendar;
import nl.passend.domain.deadline.HolidayPeriod;
import nl.passend.domain.deadline.Region;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.formats.PolicyCodec;
import nl.passend.domain.policy.PartnershipPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * All deadlines of an application (acknowledge, request information, decide, decide extended) for
 * 10,000 receipt dates under vo-22-01, whose decision deadline moves by the school holidays of its
 * region. The holidays are invented dates of the usual shape (autumn, Christmas, spring, May,
 * summer) for 2024-2027; the partnership supplies its own in production.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DeadlineBenchmark {
  static final int COUNT = 10_000;
  private LocalDate[] received;
  private DeadlineCalculator calculator;

  @Setup
  public void setUp() {
    PartnershipPolicy policy = PolicyCodec.builtIn(PolicyId.of("vo-22-01")).orElseThrow();
    Region region = policy.calendarRegion().orElseThrow();
    List<HolidayPeriod> holidays = new ArrayList<>();
    for (int year = 2024; year <= 2027; year++) {
      holidays.add(new HolidayPeriod(region, "autumn", LocalDate.of(year, 10, 19), LocalDate.of(year, 10, 27)));
      holidays.add(new HolidayPeriod(region, "christmas", LocalDate.of(year, 12, 21), LocalDate.of(year + 1, 1, 5)));
      holidays.add(new HolidayPeriod(region, "spring", LocalDate.of(year, 2, 15), LocalDate.of(year, 2, 23)));
      holidays.add(new HolidayPeriod(region, "may", LocalDate.of(year, 4, 26), LocalDate.of(year, 5, 4)));
      holidays.add(new HolidayPeriod(region, "summer", LocalDate.of(year, 7, 5), LocalDate.of(year, 8, 17)));
    }
    HolidayCalendar calendar = HolidayCalendar.of(holidays);
    calculator = new DeadlineCalculator(policy.deadlines(), calendar);
    SplittableRandom random = new SplittableRandom(20_251_123L);
    received = new LocalDate[COUNT];
    LocalDate first = LocalDate.of(2024, 9, 1);
    int shifted = 0;
    DeadlineCalculator plain = new DeadlineCalculator(policy.deadlines(), HolidayCalendar.of(List.of()));
    for (int i = 0; i < COUNT; i++) {
      received[i] = first.plusDays(random.nextInt(3 * 365));
      Deadlines d = calculator.admissibility(received[i]);
      for (LocalDate date : d.dates().values()) {
        if (date.isBefore(received[i])) {
          throw new IllegalStateException("a deadline before receipt: " + received[i]);
        }
      }
      LocalDate without = plain.admissibility(received[i]).get("decideBy");
      if (d.get("decideBy").isBefore(without)) {
        throw new IllegalStateException("holidays made a deadline earlier: " + received[i]);
      }
      shifted += d.get("decideBy").isAfter(without) ? 1 : 0;
    }
    System.out.printf("%n[check] %d receipt dates: no deadline before receipt; %d decision deadlines moved by holidays%n", COUNT, shifted);
  }

  @Benchmark
  @OperationsPerInvocation(COUNT)
  public void admissibilityDeadlines(Blackhole bh) {
    for (LocalDate date : received) {
      bh.consume(calculator.admissibility(date));
    }
  }
}
