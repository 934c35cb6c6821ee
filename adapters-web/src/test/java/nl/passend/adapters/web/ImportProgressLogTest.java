package nl.passend.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.passend.application.student.port.in.ImportStudentsUseCase;
import org.junit.jupiter.api.Test;

/** The import's log lines: counts and rate at most every two seconds, one line at the end, nothing about a student. */
class ImportProgressLogTest {
  private long now = 1_000_000_000L;
  private final List<String> lines = new ArrayList<>();
  private final ImportProgressLog log = new ImportProgressLog("po-22-01", lines::add, () -> now);

  private void after(double seconds) {
    now += (long) (seconds * TimeUnit.SECONDS.toNanos(1));
  }

  @Test
  void aLineEveryTwoSecondsWithCountsAndRateAndOneAtTheEnd() {
    after(0.5);
    log.accept(new ImportStudentsUseCase.Progress(5_000, 4_000, 0));
    assertThat(lines).isEmpty();
    after(1.5);
    log.accept(new ImportStudentsUseCase.Progress(40_000, 30_000, 3));
    assertThat(lines).containsExactly("student import into po-22-01: 40,000 lines read, 30,000 students, 3 bad lines, 20,000 lines/s");
    after(1.0);
    log.accept(new ImportStudentsUseCase.Progress(60_000, 45_000, 3));
    assertThat(lines).hasSize(1);
    after(1.0);
    log.accept(new ImportStudentsUseCase.Progress(80_000, 60_000, 3));
    assertThat(lines).hasSize(2).last().isEqualTo("student import into po-22-01: 80,000 lines read, 60,000 students, 3 bad lines, 20,000 lines/s");
    after(1.0);
    log.stored(new ImportStudentsUseCase.Result(70_000, 60_000, 10_000, 100_000));
    assertThat(lines).last()
        .isEqualTo("student import into po-22-01 stored: 100,000 lines, 70,000 students (60,000 new, 10,000 updated) in 5.0 s, 20,000 lines/s");
  }

  @Test
  void anImportThatStoredNothingSaysWhy() {
    after(2.25);
    log.refused("12 bad lines");
    assertThat(lines).containsExactly("student import into po-22-01 stored nothing after 2.3 s: 12 bad lines");
  }
}
