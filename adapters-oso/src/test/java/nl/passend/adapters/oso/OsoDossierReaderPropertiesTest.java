package nl.passend.adapters.oso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.passend.application.common.UnreadableDocumentException;
import nl.passend.domain.transfer.TransferDossier;

/**
 * Real dossiers are messy: a dossier cut off anywhere or with bytes changed anywhere is either read
 * (with what could not be used named in warnings) or refused as unreadable, never any other failure.
 * Catches a reader that trusts the structure (a NullPointerException, a DateTimeParseException, an
 * IndexOutOfBounds) and one that leaks the citizen number from a damaged file.
 */
class OsoDossierReaderPropertiesTest {
  private static final byte[] FULL = OsoDossierReaderTest.fixture("swv-full.xml").getBytes(StandardCharsets.UTF_8);

  @Provide
  Arbitrary<byte[]> damaged() {
    Arbitrary<byte[]> truncated = Arbitraries.integers().between(0, FULL.length).map(n -> java.util.Arrays.copyOf(FULL, n));
    Arbitrary<byte[]> mutated = Combinators.combine(Arbitraries.integers().between(0, FULL.length - 1).list().ofMinSize(1).ofMaxSize(12),
        Arbitraries.bytes().list().ofSize(12)).as((positions, values) -> {
          byte[] copy = FULL.clone();
          for (int i = 0; i < positions.size(); i++) {
            copy[positions.get(i)] = values.get(i);
          }
          return copy;
        });
    Arbitrary<byte[]> textChanged = Combinators.combine(Arbitraries.of("2024-01-15", "45", "78", "IQ", "DLE", "99XA", "BAO", "M", "2013-06-12"),
        Arbitraries.of("", "x", "-1", "9999-99-99", "3000-01-01", "ZZ", "0", "<", "&amp;", "1e9")).as((from, to) ->
        new String(FULL, StandardCharsets.UTF_8).replace(">" + from + "<", ">" + to + "<").getBytes(StandardCharsets.UTF_8));
    return Arbitraries.oneOf(truncated, mutated, textChanged);
  }

  @Property(tries = 300)
  void aDamagedDossierIsReadOrRefusedNeverBroken(@ForAll("damaged") byte[] dossier) {
    try {
      TransferDossier d = new OsoDossierReader().read(new ByteArrayInputStream(dossier));
      assertThat(d.toString()).doesNotContain("111222333");
      d.assessment().flatMap(a -> a.iq()).ifPresent(iq -> assertThat(iq).isBetween(30, 160));
    } catch (UnreadableDocumentException e) {
      assertThat(e.getMessage()).doesNotContain("111222333");
    }
  }
}
