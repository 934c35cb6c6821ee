package nl.passend.examples.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import nl.passend.domain.decision.ApplicationState;
import nl.passend.domain.decision.AdmissibilityApplication;
import org.junit.jupiter.api.Test;

/** Runs the embedding example as CI does and checks what it prints. */
class EmbeddedExampleTest {
  @Test
  void theExampleEvaluatesWithAnExplanationAndGrantsAnApplication() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AdmissibilityApplication a = EmbeddedExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    System.out.print(printed);
    assertThat(a.state()).isEqualTo(ApplicationState.GRANTED);
    assertThat(printed).contains("policy po-99-01", "eligibility ZML", ": ELIGIBLE", "final state GRANTED", "letters queued: 1");
    assertThat(printed.lines().filter(l -> l.startsWith("  R-CRI-C3-ZML")).count()).isGreaterThan(1);
  }
}
