package nl.passend.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
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
  void everyKindNamesItsSchemeAndBuildsIt() {
    for (EligibilityScheme scheme : EligibilityPropertiesTest.allSchemes()) {
      SchemeDefinition d = scheme.definition();
      assertThat(d.scheme()).as(d.kind()).isEqualTo(scheme.scheme());
      assertThat(d.effectiveFrom()).as(d.kind()).isEqualTo(scheme.effectiveFrom());
      assertThat(d.build().getClass()).as(d.kind()).isEqualTo(scheme.getClass());
    }
    assertThatThrownBy(() -> new SchemeDefinition.Pro(LocalDate.of(2020, 1, 1), IqBand.of(55, 80), Optional.empty(), DomainThreshold.delayAtLeast(50),
        null)).isInstanceOf(InvalidValueException.class).hasMessageContaining("lwooRoute");
  }
}
