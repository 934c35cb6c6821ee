package nl.passend.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The identifier check without a regex accepts exactly what the regex of its form accepts. */
class IdentifierFormTest {
  private static final Pattern FORM = Pattern.compile(Validation.IDENTIFIER_FORM);

  @Provide
  Arbitrary<String> candidates() {
    // Mostly characters near the edges of the allowed classes, some of any kind, lengths around 64.
    Arbitrary<Character> near = Arbitraries.of('a', 'z', 'A', 'Z', '0', '9', '.', '_', '-', '/', ':', '@', '`', '{', '[', ' ', 'é', 'Ä', '٣');
    return Arbitraries.oneOf(near, Arbitraries.chars()).list().ofMinSize(0).ofMaxSize(70)
        .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
  }

  @Property(tries = 5000)
  void theCheckIsTheRegex(@ForAll("candidates") String value) {
    assertThat(Validation.isIdentifier(value)).as("'%s'", value).isEqualTo(FORM.matcher(value).matches());
  }

  @Test
  void edges() {
    assertThat(Validation.isIdentifier("a")).isTrue();
    assertThat(Validation.isIdentifier("a".repeat(64))).isTrue();
    assertThat(Validation.isIdentifier("a".repeat(65))).isFalse();
    assertThat(Validation.isIdentifier("-a")).isFalse();
    assertThat(Validation.isIdentifier("s-1.x_y")).isTrue();
    assertThat(Validation.isIdentifier("")).isFalse();
    assertThatThrownBy(() -> Validation.identifier("a/b", "studentId")).isInstanceOf(InvalidValueException.class).hasMessageContaining("studentId");
  }
}
