package nl.passend.domain.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.passend.domain.common.InvalidValueException;
import org.junit.jupiter.api.Test;

class ParticipationTest {

  /** 003: Tynaarlo, 1 October 2017: 3.052 BO, 39 SBO, 32 SO, 41 VSO of 3.164 = 96,5 / 1,2 / 1,0 / 1,3 %. */
  @Test
  void tynaarloParticipationOf2017_R_MON_1() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("BO", 3052L);
    counts.put("SBO", 39L);
    counts.put("SO", 32L);
    counts.put("VSO", 41L);
    Participation p = Participation.of(counts, List.of("BO", "SBO", "SO", "VSO"), 1);
    assertThat(p.denominator()).isEqualTo(3164);
    assertThat(p.rates()).containsExactly(
        Map.entry("BO", new BigDecimal("96.5")), Map.entry("SBO", new BigDecimal("1.2")),
        Map.entry("SO", new BigDecimal("1.0")), Map.entry("VSO", new BigDecimal("1.3")));
  }

  /** 004:L1790: po-22-01's SBO share, 293 of (14.125 + 293) = 2,03 %. */
  @Test
  void po2201SboShareUsesBoPlusSbo_R_MON_1() {
    Participation p = Participation.of(Map.of("BO", 14_125L, "SBO", 293L), List.of("BO", "SBO"), 2);
    assertThat(p.rates().get("SBO")).isEqualByComparingTo("2.03");
  }

  @Test
  void negativeCountsAndZeroDenominatorsAreRejected() {
    assertThatThrownBy(() -> Participation.of(Map.of("BO", -1L), List.of("BO"), 1)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Participation.of(Map.of("BO", 0L), List.of("BO"), 1)).hasMessageContaining("zero");
    assertThatThrownBy(() -> Participation.of(Map.of("BO", 1L), List.of("SBO"), 1)).hasMessageContaining("no count");
  }

  @Test
  void aGroupNamedTwiceInTheDenominatorIsRefusedRatherThanCountedTwice_R_MON_1() {
    assertThatThrownBy(() -> Participation.of(Map.of("BO", 10L, "SBO", 1L), List.of("BO", "SBO", "BO"), 1))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("denominator").hasMessageContaining("more than once");
  }

  @Test
  void targetsMetOrMissedExactly_R_MON_2() {
    Target vso = Target.atMost("VSO_SHARE", "3.5", "000");
    assertThat(vso.metBy(35, 1000)).isTrue();
    assertThat(vso.metBy(351, 10000 - 1)).isFalse();
    Target decisions = Target.atLeast("DECIDED_WITHIN_TERM", "80", "000");
    assertThat(decisions.metBy(4, 5)).isTrue();
    assertThat(decisions.metBy(79, 100)).isFalse();
    assertThat(decisions.metBy(81, 100)).isTrue();
  }

  @Provide
  Arbitrary<List<Long>> partitions() {
    return Arbitraries.longs().between(0, 1_000_000).list().ofMinSize(1).ofMaxSize(8).filter(l -> l.stream().mapToLong(Long::longValue).sum() > 0);
  }

  /** The exact rates of a full partition add up to 100% before rounding (R-MON-4). */
  @Property
  void ratesOfAFullPartitionAddUpToHundred(@ForAll("partitions") List<Long> parts) {
    long total = parts.stream().mapToLong(Long::longValue).sum();
    BigDecimal sum = BigDecimal.ZERO;
    for (long p : parts) {
      sum = sum.add(Percentages.exact(p, total));
    }
    assertThat(sum.subtract(BigDecimal.valueOf(100)).abs()).isLessThan(new BigDecimal("1E-25"));
    Map<String, Long> counts = new LinkedHashMap<>();
    List<String> groups = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      counts.put("g" + i, parts.get(i));
      groups.add("g" + i);
    }
    assertThat(Participation.of(counts, groups, 1).denominator()).isEqualTo(total);
  }
}
