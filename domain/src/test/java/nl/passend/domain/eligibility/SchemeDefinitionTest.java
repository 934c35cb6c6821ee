package nl.passend.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import nl.passend.domain.common.InvalidValueException;
import nl.passend.domain.testing.AssessmentArbitraries;
import org.junit.jupiter.api.Test;

class SchemeDefinitionTest {

  @Provide
  Arbitrary<EligibilityScheme> schemes() {
    return net.jqwik.api.Arbitraries.of(EligibilityPropertiesTest.allSchemes());
  }

  @Provide
  Arbitrary<Assessment> assessments() {
    return AssessmentArbitraries.assessments();
  }

  /** Every built-in scheme written as data and built again evaluates every assessment the same way. */
  @Property(tries = 300)
  void aDefinitionRoundTrips(@ForAll("schemes") EligibilityScheme scheme, @ForAll("assessments") Assessment a) {
    EligibilityScheme rebuilt = scheme.definition().build();
    assertThat(rebuilt.definition()).isEqualTo(scheme.definition());
    assertThat(rebuilt.evaluate(a)).isEqualTo(scheme.evaluate(a));
  }

  @Test
  void badParametersAreNamed() {
    assertThatThrownBy(() -> new SchemeDefinition("PRO", Scheme.PRO, LocalDate.of(2020, 1, 1), Map.of(
        "iqBand", Map.of("min", 81, "max", 55),
        "delays", Map.of("kind", "DLE", "low", 0, "high", 29, "minDomains", 2))).build())
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("parameters.iqBand"))
        .hasMessageContaining("exceeds");
    assertThatThrownBy(() -> new SchemeDefinition("ZML", Scheme.ZML, LocalDate.of(2020, 1, 1), Map.of("schoolType", "SO")).build())
        .hasMessageContaining("parameters.fundingCategory");
    assertThatThrownBy(() -> new SchemeDefinition("NOPE", Scheme.ZML, LocalDate.of(2020, 1, 1), Map.of()).build())
        .hasMessageContaining("kind");
  }
}
