package nl.passend.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The BRIN check without a regex accepts exactly what the regex of its form accepts (R-ORG-3). */
class BrinFormTest {
  private static final Pattern FORM = Pattern.compile(BrinCode.FORM);

  @Provide
  Arbitrary<String> candidates() {
    Arbitrary<Character> near = Arbitraries.of('0', '9', 'A', 'Z', 'a', '@', '[', '/', ':', ' ', 'Ö', '٣');
    return Arbitraries.oneOf(near, Arbitraries.chars()).list().ofMinSize(0).ofMaxSize(8)
        .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
  }

  @Property(tries = 5000)
  void theCheckIsTheRegex(@ForAll("candidates") String value) {
    assertThat(BrinCode.hasForm(value)).as("'%s'", value).isEqualTo(FORM.matcher(value).matches());
  }
}
