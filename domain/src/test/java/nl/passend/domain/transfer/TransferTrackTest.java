package nl.passend.domain.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import nl.passend.domain.organisation.PolicyId;
import nl.passend.domain.policy.SeedPolicies;
import nl.passend.domain.student.StudentId;
import nl.passend.domain.time.SchoolYear;
import org.junit.jupiter.api.Test;

class TransferTrackTest {
  private static final TransferProtocol PROTOCOL = SeedPolicies.find(PolicyId.of("po-22-01")).orElseThrow().transferProtocol().orElseThrow();
  private static final TransferTrack TRACK = new TransferTrack(StudentId.of("s"), PROTOCOL, SchoolYear.parse("2025-2026"), Set.of());

  @Test
  void keyDatesOfGroup8_R_ZP_4() {
    assertThat(step(15).dueOn(SchoolYear.parse("2025-2026"))).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(step(16).dueOn(SchoolYear.parse("2025-2026"))).isEqualTo(LocalDate.of(2025, 12, 1));
    assertThat(step(17).dueOn(SchoolYear.parse("2025-2026"))).isEqualTo(LocalDate.of(2026, 3, 15));
    assertThat(step(1).startsOn(SchoolYear.parse("2025-2026"))).isEqualTo(LocalDate.of(2024, 9, 1));
    assertThat(step(23).startsOn(SchoolYear.parse("2025-2026"))).isEqualTo(LocalDate.of(2026, 8, 1));
    assertThat(step(25).dueOn(SchoolYear.parse("2025-2026"))).isEqualTo(LocalDate.of(2029, 8, 31));
    assertThat(PROTOCOL.steps()).hasSize(25);
  }

  @Test
  void stepsDueAndOverdueOnADate_R_ZP_4() {
    LocalDate date = LocalDate.of(2025, 12, 1);
    assertThat(TRACK.dueOn(date)).extracting(s -> s.step().number()).contains(13, 16, 18, 19);
    assertThat(TRACK.overdueOn(date)).extracting(s -> s.step().number()).contains(1, 12, 14).doesNotContain(16);
    TransferTrack registered = TRACK.withDone(16);
    assertThat(registered.dueOn(date)).extracting(s -> s.step().number()).doesNotContain(16);
    assertThat(registered.overdueOn(LocalDate.of(2025, 12, 2))).extracting(s -> s.step().number()).doesNotContain(16);
    assertThat(TRACK.overdueOn(LocalDate.of(2025, 12, 2))).extracting(s -> s.step().number()).contains(16);
  }

  private static TransferStep step(int n) {
    return PROTOCOL.steps().stream().filter(s -> s.number() == n).findFirst().orElseThrow();
  }
}
